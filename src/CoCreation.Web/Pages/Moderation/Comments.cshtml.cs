using CoCreation.Domain.Comments;
using CoCreation.Web.Features.Comments;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Moderation;

public sealed class CommentsModel : PortalPageModel
{
    public Queue.Model Queue { get; private set; } = new([], 0);

    public bool Done { get; private set; }

    public async Task OnGetAsync(bool done = false)
    {
        Done = done;
        Queue = await Sender.Send(new Features.Comments.Queue.Query(), HttpContext.RequestAborted);
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

    /// <summary>The page a queued comment is written on (its anchor would lead nowhere while it is hidden).</summary>
    public string TargetPage(Queue.Item item) =>
        item.TargetKind switch
        {
            CommentTargetKind.Submission => Paths.Submission(item.TargetId),
            CommentTargetKind.Timeline => Paths.Timeline(item.MemberCode),
            _ => Paths.Member(item.MemberCode),
        };
}
