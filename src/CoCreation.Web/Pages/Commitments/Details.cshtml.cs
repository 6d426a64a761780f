using System.Globalization;
using CoCreation.Domain.Comments;
using CoCreation.Domain.Notifications;
using CoCreation.Web.Pages.Shared;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Commitments;

[EnableRateLimiting(RateLimits.Contribution)]
public sealed class DetailsModel : CommentsPageModel
{
    public Features.Commitments.Details.Model Commitment { get; private set; } = null!;

    public FollowButton Follow { get; private set; } = null!;

    public override string CommentsPage => Paths.Commitment(Commitment.OgpId);

    public override string CommentsFeed => Paths.MemberCommentsFeed(Commitment.MemberCode);

    /// <summary>Whoever may edit the commitment has just saved a progress update (the page says so once, after the redirect).</summary>
    public bool Recorded { get; private set; }

    public async Task<IActionResult> OnGetAsync(string ogpId, bool recorded = false)
    {
        var shown = await ShowAsync(ogpId);
        Recorded = recorded && shown is Microsoft.AspNetCore.Mvc.RazorPages.PageResult && Commitment.CanEdit;
        return shown;
    }

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

        return await PostCommentAsync(CommentTargetKind.Commitment, Commitment.Id, CommentsPage) ?? await ShowAsync(ogpId);
    }

    private async Task<IActionResult> ShowAsync(string ogpId)
    {
        var commitment = await Sender.Send(new Features.Commitments.Details.Query(ogpId), HttpContext.RequestAborted);
        if (commitment is null)
        {
            return NotFound();
        }

        Commitment = commitment;
        await ReadDiscussionAsync(CommentTargetKind.Commitment, commitment.Id);
        Follow = await FollowButton.ForAsync(this, FollowedKind.Commitment, commitment.OgpId, commitment.OgpId);
        Comment.Ready();
        return Page();
    }
}
