using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Events;

public sealed class IndexModel : PortalPageModel
{
    [BindProperty(SupportsGet = true)]
    public Features.Events.Index.Query Filter { get; set; } = new();

    public Features.Events.Index.Model Result { get; private set; } = new([], null);

    public IReadOnlyList<Features.Campaigns.Index.Item> Campaigns { get; private set; } = [];

    public async Task OnGetAsync()
    {
        try
        {
            Result = await Sender.Send(ModelState.IsValid ? Filter : new(), HttpContext.RequestAborted);
        }
        catch (Infrastructure.Mediator.InputException)
        {
            Filter = new();
            Result = await Sender.Send(Filter, HttpContext.RequestAborted);
        }

        Campaigns = (await Sender.Send(new Features.Campaigns.Index.Query(), HttpContext.RequestAborted)).Items;
    }
}
