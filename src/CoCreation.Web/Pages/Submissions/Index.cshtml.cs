using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Submissions;

public sealed class IndexModel : PortalPageModel
{
    [BindProperty(SupportsGet = true)]
    public Features.Submissions.Index.Query Filter { get; set; } = new();

    public Features.Submissions.Index.Model Result { get; private set; } = new([], null);

    public IReadOnlyList<Features.Submissions.MemberChoices.Item> Members { get; private set; } = [];

    public bool FilterRefused { get; private set; }

    public async Task OnGetAsync()
    {
        if (!ModelState.IsValid)
        {
            FilterRefused = true;
            Filter = new();
        }

        Members = await Sender.Send(new Features.Submissions.MemberChoices.Query(), HttpContext.RequestAborted);
        try
        {
            Result = await Sender.Send(Filter, HttpContext.RequestAborted);
        }
        catch (Infrastructure.Mediator.InputException)
        {
            FilterRefused = true;
            Filter = new();
            Result = await Sender.Send(Filter, HttpContext.RequestAborted);
        }
    }
}
