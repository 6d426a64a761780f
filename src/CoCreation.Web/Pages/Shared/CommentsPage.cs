using CoCreation.Domain.Comments;
using CoCreation.Web.Features.Comments;

namespace CoCreation.Web.Pages.Shared;

/// <summary>
/// A page with a conversation under its content (a submission's, a commitment's or a timeline's): the thread it
/// shows and the comment form it binds, so one partial (_Discussion) serves them all and a refused comment comes back
/// with its words under the same field names. Reading the thread and posting a comment are written here once.
/// </summary>
public abstract class CommentsPageModel : PortalPageModel
{
    public Discussion.Model Discussion { get; private set; } = Features.Comments.Discussion.Model.Closed;

    /// <summary>The comment form: a refused comment comes back with the words the person wrote.</summary>
    [BindProperty]
    public Post.Command Comment { get; set; } = new();

    /// <summary>The page's own address, where the thread's anchors point.</summary>
    public abstract string CommentsPage { get; }

    /// <summary>The Atom feed that carries this conversation's comments.</summary>
    public abstract string CommentsFeed { get; }

    /// <summary>Reads the conversation about the page's <paramref name="kind"/> of thing <paramref name="id"/>.</summary>
    protected async Task ReadDiscussionAsync(CommentTargetKind kind, long id)
    {
        Discussion = await Sender.Send(new Discussion.Query(kind, id), HttpContext.RequestAborted);
    }

    /// <summary>
    /// Sends the comment form as a new thread about <paramref name="kind"/> <paramref name="id"/>. Stored: a redirect to
    /// the comment on <paramref name="page"/> (the honeypot's robot, no id, is told nothing and sees the page again).
    /// Refused: null, with the reasons in ModelState, for the page to be shown again.
    /// </summary>
    protected async Task<IActionResult?> PostCommentAsync(CommentTargetKind kind, long id, string page)
    {
        Comment = Comment with { TargetKind = kind, TargetId = id, ParentId = null };
        var outcome = await TrySendAsync(Comment, nameof(Comment));
        if (!outcome.Succeeded)
        {
            return null;
        }

        return outcome.Value is { } commentId ? Redirect(Paths.CommentOn(page, commentId)) : Redirect(page);
    }
}
