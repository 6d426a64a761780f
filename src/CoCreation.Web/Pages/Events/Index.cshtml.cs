using CampaignList = CoCreation.Web.Features.Campaigns.Index;
using Index = CoCreation.Web.Features.Events.Index;

namespace CoCreation.Web.Pages.Events;

public sealed class IndexModel : PortalPageModel
{
    [BindProperty(SupportsGet = true)]
    public Index.Query Filter { get; set; } = new();

    public Index.Model Result { get; private set; } = new([], null);

    public IReadOnlyList<CampaignList.Item> Campaigns { get; private set; } = [];

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

        Campaigns = (await Sender.Send(new CampaignList.Query(), HttpContext.RequestAborted)).Items;
    }
}
