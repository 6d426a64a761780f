using CoCreation.Web.Features.Campaigns;
using CampaignMembers = CoCreation.Web.Features.Campaigns.Members;

namespace CoCreation.Web.Pages.Campaigns;

public sealed class CreateModel : CommandPage<Create.Command>
{
    public IReadOnlyList<CampaignMembers.Choice> Members { get; private set; } = [];

    public async Task OnGetAsync() => await LoadMembersAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return RedirectToPage("/Campaigns/Details", new { slug = outcome.Value });
        }

        await LoadMembersAsync();
        return Page();
    }

    private async Task LoadMembersAsync() => Members = await Sender.Send(new CampaignMembers.Query(), HttpContext.RequestAborted);
}
