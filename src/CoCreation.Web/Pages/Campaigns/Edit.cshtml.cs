using CoCreation.Web.Features.Campaigns;
using CampaignMembers = CoCreation.Web.Features.Campaigns.Members;

namespace CoCreation.Web.Pages.Campaigns;

public sealed class EditModel : CommandPage<Edit.Command>
{
    public IReadOnlyList<CampaignMembers.Choice> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var current = await Sender.Send(new Edit.Query(slug), HttpContext.RequestAborted);
        if (current is null)
        {
            return NotFound();
        }

        Data = current;
        Members = await Sender.Send(new CampaignMembers.Query(), HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        Data = Data with { Slug = slug.ToLowerInvariant() };
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value ? RedirectToPage("/Campaigns/Details", new { slug = Data.Slug }) : NotFound();
        }

        Members = await Sender.Send(new CampaignMembers.Query(), HttpContext.RequestAborted);
        return Page();
    }
}
