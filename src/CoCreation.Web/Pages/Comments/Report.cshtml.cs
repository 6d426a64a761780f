using CoCreation.Domain.Comments;
using CoCreation.Web.Features.Comments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Comments;

[EnableRateLimiting(RateLimits.Contribution)]
public sealed class ReportModel : PortalPageModel
{
    public Details.Model Current { get; private set; } = null!;

    [BindProperty]
    public ReportInput Data { get; set; } = new();

    public Task<IActionResult> OnGetAsync(long id) => ShowAsync(id);

    public async Task<IActionResult> OnPostAsync(long id)
    {
        var outcome = await TrySendAsync(new Report.Command(id, Data.Reason, Data.Text), nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value is { } link ? Redirect(link) : NotFound();
        }

        return await ShowAsync(id);
    }

    private Task<IActionResult> ShowAsync(long id) => PageOrNotFoundAsync(new Details.Query(id), found => Current = found);

    public sealed class ReportInput
    {
        public ReportReason? Reason { get; set; }

        public string? Text { get; set; }
    }
}
