using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Moderation;
using CoCreation.Web.Features.Submissions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoCreation.Web.Pages.Moderation;

public sealed class ReviewModel : PortalPageModel
{
    public Details.Model Submission { get; private set; } = null!;

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The statuses a decision leads to, each with its sentence.</summary>
    private static readonly SubmissionStatus[] Decisions =
    [
        SubmissionStatus.Published,
        SubmissionStatus.Forwarded,
        SubmissionStatus.AwaitingContact,
        SubmissionStatus.Rejected,
        SubmissionStatus.Spam,
    ];

    /// <summary>The decision just taken, read from the submission's status (the page says so once, after the redirect).</summary>
    public SubmissionStatus? Decided { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, bool decided = false)
    {
        var shown = await ShowAsync(id);
        Decided = decided && shown is PageResult && Decisions.Contains(Submission.Status) ? Submission.Status : null;
        return shown;
    }

    public Task<IActionResult> OnPostPublishAsync(long id) => DecideAsync(id, Decide.Decision.Publish);

    public Task<IActionResult> OnPostRejectAsync(long id) => DecideAsync(id, Decide.Decision.Reject);

    public Task<IActionResult> OnPostSpamAsync(long id) => DecideAsync(id, Decide.Decision.Spam);

    public Task<IActionResult> OnPostForwardAsync(long id) => DecideAsync(id, Decide.Decision.Forward);

    private async Task<IActionResult> DecideAsync(long id, Decide.Decision decision)
    {
        var outcome = await TrySendAsync(new Decide.Command([id], decision, Reason), "");
        if (outcome.Succeeded)
        {
            return outcome.Value!.Count == 0 ? NotFound() : RedirectToPage(new { id, decided = true });
        }

        return await ShowAsync(id);
    }

    private Task<IActionResult> ShowAsync(long id) => PageOrNotFoundAsync(new Details.Query(id), found => Submission = found);
}
