using CoCreation.Web.Features.Comments;

namespace CoCreation.Web.Pages.Shared;

/// <summary>
/// A page with a conversation under its content (a submission's, later a commitment's or a timeline's): the thread it
/// shows and the comment form it binds, so one partial (_Discussion) serves them all and a refused comment comes back
/// with its words under the same field names.
/// </summary>
public interface ICommentsPage
{
    Discussion.Model Discussion { get; }

    Post.Command Comment { get; }

    /// <summary>The page's own address, where the thread's anchors point.</summary>
    string CommentsPage { get; }

    /// <summary>The Atom feed that carries this conversation's comments.</summary>
    string CommentsFeed { get; }
}
