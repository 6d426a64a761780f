using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Campaigns;

public sealed class CreateModel : PortalPageModel
{
    [BindProperty]
    public Features.Campaigns.Create.Command Data { get; set; } = new();

    public IReadOnlyList<Features.Campaigns.Members.Choice> Members { get; private set; } = [];

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

    private async Task LoadMembersAsync() =>
        Members = await Sender.Send(new Features.Campaigns.Members.Query(), HttpContext.RequestAborted);
}
