using CoCreation.Web.Features.Submissions;
using Index = CoCreation.Web.Features.Submissions.Index;

namespace CoCreation.Web.Pages.Submissions;

public sealed class IndexModel : PortalPageModel
{
    [BindProperty(SupportsGet = true)]
    public Index.Query Filter { get; set; } = new();

    public Index.Model Result { get; private set; } = new([], null);

    public IReadOnlyList<MemberChoices.Item> Members { get; private set; } = [];

    public CampaignChoices.Model Campaigns { get; private set; } = new([], []);

    public bool FilterRefused { get; private set; }

    public async Task OnGetAsync()
    {
        if (!ModelState.IsValid)
        {
            FilterRefused = true;
            Filter = new();
        }

        Members = await Sender.Send(new MemberChoices.Query(), HttpContext.RequestAborted);
        Campaigns = await Sender.Send(new CampaignChoices.Query(), HttpContext.RequestAborted);
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
