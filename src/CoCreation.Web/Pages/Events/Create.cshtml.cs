using CoCreation.Web.Features.Events;
using CampaignList = CoCreation.Web.Features.Campaigns.Index;

namespace CoCreation.Web.Pages.Events;

public sealed class CreateModel : CommandPage<Create.Command>
{
    public IReadOnlyList<CampaignList.Item> Campaigns { get; private set; } = [];

    public async Task OnGetAsync(string? campaign)
    {
        Data.CampaignSlug = campaign;
        Campaigns = (await Sender.Send(new CampaignList.Query(), HttpContext.RequestAborted)).Items;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return RedirectToPage("/Events/Details", new { id = outcome.Value });
        }

        Campaigns = (await Sender.Send(new CampaignList.Query(), HttpContext.RequestAborted)).Items;
        return Page();
    }
}
