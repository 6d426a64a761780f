using System.Globalization;
using CoCreation.Domain.Comments;
using CoCreation.Domain.Notifications;
using CoCreation.Web.Features.Comments;
using CoCreation.Web.Pages.Shared;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Commitments;

[EnableRateLimiting(RateLimits.Contribution)]
public sealed class DetailsModel : PortalPageModel, ICommentsPage
{
    public Features.Commitments.Details.Model Commitment { get; private set; } = null!;

    public Discussion.Model Discussion { get; private set; } = Features.Comments.Discussion.Model.Closed;

    public FollowButton Follow { get; private set; } = null!;

    /// <summary>The comment form: a refused comment comes back with the words the person wrote.</summary>
    [BindProperty]
    public Post.Command Comment { get; set; } = new();

    public string CommentsPage => Paths.Commitment(Commitment.OgpId);

    public string CommentsFeed => Paths.MemberCommentsFeed(Commitment.MemberCode);

    public Task<IActionResult> OnGetAsync(string ogpId) => ShowAsync(ogpId);

    public async Task<IActionResult> OnPostCommentAsync(string ogpId)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var shown = await ShowAsync(ogpId);
        if (shown is not Microsoft.AspNetCore.Mvc.RazorPages.PageResult)
        {
            return shown;
        }

        Comment = Comment with { TargetKind = CommentTargetKind.Commitment, TargetId = Commitment.Id, ParentId = null };
        var outcome = await TrySendAsync(Comment, nameof(Comment));
        if (outcome.Succeeded)
        {
            return outcome.Value is { } commentId ? Redirect(Paths.CommentOn(CommentsPage, commentId)) : Redirect(CommentsPage);
        }

        return await ShowAsync(ogpId);
    }

    private async Task<IActionResult> ShowAsync(string ogpId)
    {
        var commitment = await Sender.Send(new Features.Commitments.Details.Query(ogpId), HttpContext.RequestAborted);
        if (commitment is null)
        {
            return NotFound();
        }

        Commitment = commitment;
        Discussion = await Sender.Send(
            new Features.Comments.Discussion.Query(CommentTargetKind.Commitment, commitment.Id),
            HttpContext.RequestAborted
        );
        Follow = await FollowButton.ForAsync(this, FollowedKind.Commitment, commitment.OgpId, commitment.OgpId);
        Comment.Ready();
        return Page();
    }
}
