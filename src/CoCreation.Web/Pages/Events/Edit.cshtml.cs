using CoCreation.Web.Features.Events;
using CampaignList = CoCreation.Web.Features.Campaigns.Index;

namespace CoCreation.Web.Pages.Events;

public sealed class EditModel : CommandPage<Edit.Command>
{
    public IReadOnlyList<CampaignList.Item> Campaigns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var current = await Sender.Send(new Edit.Query(id), HttpContext.RequestAborted);
        if (current is null)
        {
            return NotFound();
        }

        Data = current;
        Campaigns = (await Sender.Send(new CampaignList.Query(), HttpContext.RequestAborted)).Items;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        Data.Id = id;
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value ? RedirectToPage("/Events/Details", new { id }) : NotFound();
        }

        Campaigns = (await Sender.Send(new CampaignList.Query(), HttpContext.RequestAborted)).Items;
        return Page();
    }

    public async Task<IActionResult> OnPostCancelEventAsync(int id)
    {
        var outcome = await TrySendAsync(new CancelEvent.Command(id), "");
        if (outcome.Succeeded)
        {
            return outcome.Value ? RedirectToPage("/Events/Details", new { id }) : NotFound();
        }

        return await OnGetAsync(id);
    }
}
