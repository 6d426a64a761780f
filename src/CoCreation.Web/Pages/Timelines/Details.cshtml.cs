using System.Globalization;
using CoCreation.Domain.Comments;
using CoCreation.Web.Features.Timelines;
using CoCreation.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Timelines;

/// <summary>/members/{code}/timeline (and ?month=2017-03 for the month calendar), with its conversation.</summary>
[EnableRateLimiting(RateLimits.Contribution)]
public sealed class DetailsModel : CommentsPageModel
{
    public Details.Model Member { get; private set; } = null!;

    /// <summary>The month shown as a calendar, when asked for.</summary>
    public DateOnly? Month { get; private set; }

    public bool Preview { get; private set; }

    public override string CommentsPage => Paths.Timeline(Member.Code.ToLowerInvariant());

    public override string CommentsFeed => Paths.MemberCommentsFeed(Member.Code);

    public async Task<IActionResult> OnGetAsync(string code, string? month)
    {
        var shown = await ShowAsync(code);
        if (shown is not PageResult)
        {
            return shown;
        }

        if (month is not null)
        {
            if (
                DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
                && first.Year is > 1990 and < 2200
            )
            {
                Month = first;
            }
            else
            {
                ModelState.AddModelError("month", Text["Timeline.MonthInvalid"]);
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCommentAsync(string code)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var shown = await ShowAsync(code);
        if (shown is not PageResult || Member.Timeline is null || Preview)
        {
            return shown is PageResult ? NotFound() : shown;
        }

        return await PostCommentAsync(CommentTargetKind.Timeline, Member.Timeline.Id, CommentsPage) ?? await ShowAsync(code);
    }

    /// <summary>The month to open the calendar on: the next activity's, else the first one's.</summary>
    public string DefaultMonth(DateTimeOffset now)
    {
        var activities = Member.Timeline?.Activities.ToList() ?? [];
        var next = activities.Where(a => !a.IsPast).OrderBy(a => a.StartsAt).FirstOrDefault()
            ?? activities.OrderBy(a => a.StartsAt).FirstOrDefault();
        var day = next is null ? DateOnly.FromDateTime(now.UtcDateTime) : ActivityTime.LocalDay(next.StartsAt, next.TimeZone);
        return day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }

    private async Task<IActionResult> ShowAsync(string code)
    {
        // The same page answers /members/{code}/timeline/preview (a route added in PagesSetup) with the draft.
        Preview = Request.Path.Value?.EndsWith("/preview", StringComparison.Ordinal) == true;
        var member = await Sender.Send(new Details.Query(code, Preview), HttpContext.RequestAborted);
        if (member is null)
        {
            return NotFound();
        }

        Member = member;
        if (!Preview && member.Timeline is { PublishedAt: not null } timeline)
        {
            await ReadDiscussionAsync(CommentTargetKind.Timeline, timeline.Id);
        }

        Comment.Ready();
        return Page();
    }
}
