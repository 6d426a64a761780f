using CoCreation.Web.Features.Blog;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Blog;

/// <summary>/blog/write: a participant writes a post, keeps it as a draft or sends it for review.</summary>
[EnableRateLimiting(RateLimits.Contribution)]
public sealed class WriteModel : BlogFormPage<Write.Command>
{
    public async Task OnGetAsync(int? campaign)
    {
        Data = new() { Language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, CampaignId = campaign };
        await LoadChoicesAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await ReadCoverAsync();
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return RedirectToPage("/Blog/Details", new { id = outcome.Value });
        }

        await LoadChoicesAsync();
        return Page();
    }
}
