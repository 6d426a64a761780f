using CoCreation.Web.Features.Comments;
using CoCreation.Web.Features.Moderation;

namespace CoCreation.Web.Pages.Moderation;

public sealed class CommentsModel : PortalPageModel
{
    public Queue.Model Queue { get; private set; } = new([], 0);

    /// <summary>The reported submissions, waiting beside the comments.</summary>
    public Reported.Model Submissions { get; private set; } = new([], 0);

    public bool Done { get; private set; }

    public async Task OnGetAsync(bool done = false)
    {
        Done = done;
        Queue = await Sender.Send(new Features.Comments.Queue.Query(), HttpContext.RequestAborted);
        Submissions = await Sender.Send(new Reported.Query(), HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostRestoreSubmissionAsync(long id)
    {
        var outcome = await TrySendAsync(new DecideReported.Command(id, DecideReported.Decision.Restore), "");
        if (outcome.Succeeded)
        {
            return outcome.Value ? Redirect(Paths.ModerationComments(done: true)) : NotFound();
        }

        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(long id)
    {
        var outcome = await TrySendAsync(new Moderate.Command(id, Moderate.Decision.Restore), "");
        if (outcome.Succeeded)
        {
            return outcome.Value is null ? NotFound() : Redirect(Paths.ModerationComments(done: true));
        }

        await OnGetAsync();
        return Page();
    }
}
