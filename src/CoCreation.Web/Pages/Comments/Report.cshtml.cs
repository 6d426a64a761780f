using CoCreation.Web.Features.Comments;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Comments;

[EnableRateLimiting(RateLimits.Contribution)]
public sealed class ReportModel : CommandPage<Report.Command>
{
    public Details.Model Current { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(long id)
    {
        Data.Ready();
        return ShowAsync(id);
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        Data = Data with { Id = id };
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value is { } link ? Redirect(link) : NotFound();
        }

        return await ShowAsync(id);
    }

    private Task<IActionResult> ShowAsync(long id) => PageOrNotFoundAsync(new Details.Query(id), found => Current = found);
}
