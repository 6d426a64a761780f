using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Events;

public sealed class CreateModel : PortalPageModel
{
    [BindProperty]
    public Features.Events.Create.Command Data { get; set; } = new();

    public IReadOnlyList<Features.Campaigns.Index.Item> Campaigns { get; private set; } = [];

    public async Task OnGetAsync(string? campaign)
    {
        Data.CampaignSlug = campaign;
        Campaigns = (await Sender.Send(new Features.Campaigns.Index.Query(), HttpContext.RequestAborted)).Items;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return RedirectToPage("/Events/Details", new { id = outcome.Value });
        }

        Campaigns = (await Sender.Send(new Features.Campaigns.Index.Query(), HttpContext.RequestAborted)).Items;
        return Page();
    }
}
