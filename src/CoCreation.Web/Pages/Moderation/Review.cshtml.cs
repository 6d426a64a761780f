using CoCreation.Web.Features.Moderation;
using CoCreation.Web.Features.Submissions;

namespace CoCreation.Web.Pages.Moderation;

public sealed class ReviewModel : PortalPageModel
{
    public Details.Model Submission { get; private set; } = null!;

    [BindProperty]
    public string? Reason { get; set; }

    public Task<IActionResult> OnGetAsync(long id) => ShowAsync(id);

    public Task<IActionResult> OnPostPublishAsync(long id) => DecideAsync(id, Decide.Decision.Publish);

    public Task<IActionResult> OnPostRejectAsync(long id) => DecideAsync(id, Decide.Decision.Reject);

    public Task<IActionResult> OnPostSpamAsync(long id) => DecideAsync(id, Decide.Decision.Spam);

    public Task<IActionResult> OnPostForwardAsync(long id) => DecideAsync(id, Decide.Decision.Forward);

    private async Task<IActionResult> DecideAsync(long id, Decide.Decision decision)
    {
        var outcome = await TrySendAsync(new Decide.Command([id], decision, Reason), "");
        if (outcome.Succeeded)
        {
            return outcome.Value!.Count == 0 ? NotFound() : RedirectToPage(new { id });
        }

        return await ShowAsync(id);
    }

    private Task<IActionResult> ShowAsync(long id) => PageOrNotFoundAsync(new Details.Query(id), found => Submission = found);
}
