using System.Globalization;
using CoCreation.Domain.Comments;
using CoCreation.Domain.Notifications;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Submissions;
using CoCreation.Web.Features.Translations;
using CoCreation.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Submissions;

[EnableRateLimiting(RateLimits.Contribution)]
public sealed class DetailsModel : CommentsPageModel
{
    public Features.Submissions.Details.Model Submission { get; private set; } = null!;

    public override string CommentsPage => Paths.Submission(Submission.Id);

    public override string CommentsFeed => Paths.SubmissionCommentsFeed(Submission.Id);

    /// <summary>Only a public submission can be followed.</summary>
    public FollowButton? Follow { get; private set; }

    public bool Sent { get; private set; }

    /// <summary>Its author has just withdrawn it (the page says so once, after the redirect).</summary>
    public bool Withdrawn { get; private set; }

    /// <summary>An official has just published the answer (the page says so once, after the redirect).</summary>
    public bool Answered { get; private set; }

    public Translate.Result Translation { get; private set; } = Translate.Result.Off;

    public async Task<IActionResult> OnGetAsync(
        long id,
        bool sent = false,
        bool withdrawn = false,
        bool answered = false,
        string? translate = null
    )
    {
        Sent = sent;
        var shown = await ShowAsync(id);
        if (shown is PageResult)
        {
            Withdrawn = withdrawn && Submission.IsAuthor && Submission.Status == SubmissionStatus.Withdrawn;
            Answered =
                answered
                && Submission.Status == SubmissionStatus.Answered
                && (User.IsInRole(Roles.GovernmentOfficial) || User.IsInRole(Roles.SupportUnit));
            Translation = await Sender.Send(new Translate.Query(Submission.Translatable, translate), HttpContext.RequestAborted);
            Submission = Submission.ShownAs(Translation);
            if (Translation.WasAsked)
            {
                PublicPageCache.KeepOut(HttpContext);
            }
        }

        return shown;
    }

    public async Task<IActionResult> OnPostEndorseAsync(long id)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var outcome = await TrySendAsync(new Endorse.Command(id), "");
        return outcome.Succeeded ? (outcome.Value ? RedirectToPage(new { id }) : NotFound()) : await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(long id)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var outcome = await TrySendAsync(new Withdraw.Command(id), "");
        return outcome.Succeeded ? (outcome.Value ? RedirectToPage(new { id, withdrawn = true }) : NotFound()) : await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostCommentAsync(long id)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        return await PostCommentAsync(CommentTargetKind.Submission, id, Paths.Submission(id)) ?? await ShowAsync(id);
    }

    private async Task<IActionResult> ShowAsync(long id)
    {
        var submission = await Sender.Send(new Features.Submissions.Details.Query(id), HttpContext.RequestAborted);
        if (submission is null)
        {
            return NotFound();
        }

        Submission = submission;
        await ReadDiscussionAsync(CommentTargetKind.Submission, id);
        Follow = CoCreation.Domain.Submissions.Submission.PublicStatuses.Contains(submission.Status)
            ? await FollowButton.ForAsync(this, FollowedKind.Submission, id.ToString(CultureInfo.InvariantCulture), submission.Title)
            : null;
        Comment.Ready();
        return Page();
    }
}
