using System.Globalization;
using System.Text;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Every address of the portal, spelled once, for pages, emails (through <see cref="PortalLinks"/>), feeds, downloads
/// and the API alike: renaming a route means changing its page's @page line and its method here, and PathsTests
/// requests every method's address. A member code is written in lower case, the portal's one spelling of it.
/// </summary>
public static class Paths
{
    public static string Home() => "/";

    public static string Language(string language, string returnUrl) => Query($"/language/{Segment(language)}", ("returnUrl", returnUrl));

    public static string OpenData() => "/open-data";

    /// <summary>
    /// <paramref name="page"/> (a text's page, such as <see cref="Submission"/>) with its text machine-translated into
    /// <paramref name="language"/>, the reader's interface language (Features/Translations/Translate).
    /// </summary>
    public static string Translated(string page, string language) => Query(page, ("translate", language));

    public static string Api() => "/api";

    /// <summary>A collection of the public API, such as members.</summary>
    public static string ApiCollection(string collection) => $"{PublicApi.Prefix}/{Segment(collection)}";

    /// <summary>A whole collection as a download, <paramref name="extension"/> csv or json.</summary>
    public static string OpenDataDownload(string collection, string extension) => $"/open-data/{Segment(collection)}.{Segment(extension)}";

    // Members, their timelines, plans and scorecards.
    public static string Members() => "/members";

    public static string MemberCreate() => "/members/create";

    public static string Member(string code) => $"/members/{Code(code)}";

    public static string MemberEdit(string code) => $"{Member(code)}/edit";

    public static string InviteContact(string code) => $"{Member(code)}/invite-contact";

    public static string Timelines() => "/timelines";

    public static string TimelinesFeed() => "/timelines/feed.atom";

    public static string Timeline(string code) => $"{Member(code)}/timeline";

    /// <summary>An activity in its member's public timeline (its anchor there).</summary>
    public static string TimelineActivity(string code, long activityId) => $"{Timeline(code)}#activity-{Number(activityId)}";

    public static string TimelinePreview(string code) => $"{Timeline(code)}/preview";

    public static string TimelineEdit(string code) => $"{Timeline(code)}/edit";

    public static string TimelineFeed(string code) => $"{Timeline(code)}/feed.atom";

    public static string TimelineCalendar(string code) => $"{Member(code)}/timeline.ics";

    public static string ActivityCalendar(string code, long activityId) => $"{Timeline(code)}/activities/{Number(activityId)}.ics";

    /// <summary>The form for a new activity, or for <paramref name="activityId"/>.</summary>
    public static string ActivityEdit(string code, long? activityId = null) =>
        $"{Timeline(code)}/activity" + (activityId is { } id ? "/" + Number(id) : "");

    public static string Plan(string code, string cycle) => $"{Member(code)}/plans/{Segment(cycle)}";

    public static string PlanEdit(string code, string? cycle = null) => Query($"{Member(code)}/plans/edit", ("cycle", cycle));

    /// <summary>The form for a new commitment of the plan, or for <paramref name="ogpId"/>.</summary>
    public static string CommitmentEdit(string code, string cycle, string? ogpId = null) =>
        $"{Plan(code, cycle)}/commitment" + (ogpId is null ? "" : "/" + Code(ogpId));

    public static string Commitment(string ogpId) => $"/commitments/{Code(ogpId)}";

    /// <summary>A commitment's milestones on its page, where a saved or moved milestone is shown.</summary>
    public static string CommitmentMilestones(string ogpId) => $"{Commitment(ogpId)}#milestones";

    /// <summary>A commitment's progress updates on its page, where a new update is shown.</summary>
    public static string CommitmentProgress(string ogpId) => $"{Commitment(ogpId)}#progress";

    /// <summary>As <see cref="CommitmentProgress"/>, just after an update was saved: the page says so once.</summary>
    public static string CommitmentProgressRecorded(string ogpId) => $"{Commitment(ogpId)}?recorded=true#progress";

    /// <summary>The IRM's assessment on a commitment's page.</summary>
    public static string CommitmentIrm(string ogpId) => $"{Commitment(ogpId)}#irm";

    /// <summary>The form for a new milestone, or for <paramref name="milestoneId"/> (which also takes its moves).</summary>
    public static string MilestoneEdit(string code, string cycle, string ogpId, int? milestoneId = null) =>
        $"{CommitmentEdit(code, cycle, ogpId)}/milestone" + (milestoneId is { } id ? "/" + Number(id) : "");

    public static string ProgressRecord(string code, string cycle, string ogpId) => $"{CommitmentEdit(code, cycle, ogpId)}/progress";

    public static string IrmAssessment(string code, string cycle, string ogpId) => $"{CommitmentEdit(code, cycle, ogpId)}/irm";

    /// <summary>Every member's scorecard; a region's only, and the page after a member's code.</summary>
    public static string Scorecards(Domain.Members.Region? region = null, string? after = null) =>
        Query("/scorecards", ("region", region?.ToString()), ("after", after is null ? null : Code(after)));

    public static string Scorecard(string code, string? cycle = null) => Query($"{Member(code)}/scorecard", ("cycle", cycle));

    /// <summary>The member's multi-stakeholder forum: members, balance, rules, meetings and decisions.</summary>
    public static string Forum(string code) => $"{Member(code)}/forum";

    /// <summary>A list of the forum's page (members, rules, meetings, decisions), where a saved change is shown.</summary>
    public static string ForumSection(string code, string section) => $"{Forum(code)}#{Segment(section)}";

    public static string ForumRulesEdit(string code) => $"{Forum(code)}/rules";

    /// <summary>The form for a new forum member, or for <paramref name="forumMemberId"/> (which also takes its removal).</summary>
    public static string ForumMemberEdit(string code, int? forumMemberId = null) =>
        $"{Forum(code)}/member" + (forumMemberId is { } id ? "/" + Number(id) : "");

    /// <summary>The form for a new entry of the decision log, or for <paramref name="decisionId"/>.</summary>
    public static string ForumDecisionEdit(string code, int? decisionId = null) =>
        $"{Forum(code)}/decision" + (decisionId is { } id ? "/" + Number(id) : "");

    /// <summary>A member's evidence pack for the IRM: the page, and the same as a ZIP of CSV and JSON files.</summary>
    public static string MemberEvidence(string code) => $"{Member(code)}/evidence";

    public static string MemberEvidenceZip(string code) => $"{Member(code)}/evidence.zip";

    // Campaigns.
    public static string Campaigns() => "/campaigns";

    public static string CampaignCreate() => "/campaigns/create";

    public static string Campaign(string slug) => $"/campaigns/{Segment(slug)}";

    public static string CampaignEdit(string slug) => $"{Campaign(slug)}/edit";

    public static string CampaignDashboard(string slug) => $"{Campaign(slug)}/dashboard";

    public static string CampaignCalendar(string slug) => $"{Campaign(slug)}/calendar.ics";

    /// <summary>The campaign's share image (og:image) in an interface language (en, fr, es).</summary>
    public static string CampaignShareImage(string slug, string language) => $"{Campaign(slug)}/share-{Segment(language)}.png";

    public static string CallForPosts(string slug) => $"{Campaign(slug)}/call-for-posts";

    // Submissions and their answers.
    public static string Submissions(string? member = null, string? status = null) =>
        Query("/submissions", ("Member", member?.ToLowerInvariant()), ("Status", status));

    public static string Submission(long id) => $"/submissions/{Number(id)}";

    public static string SubmissionAnswer(long id) => $"{Submission(id)}#answer";

    public static string Submit(string? member = null) => Query("/submissions/submit", ("member", member?.ToLowerInvariant()));

    public static string SubmissionsMine() => "/submissions/mine";

    public static string SubmissionsFeed() => "/submissions/feed.atom";

    public static string AnswersFeed() => "/submissions/answers.atom";

    /// <summary>The submissions as a download, <paramref name="format"/> csv or json.</summary>
    public static string SubmissionsExport(string format) => $"/submissions/export.{Segment(format)}";

    /// <summary>One comment on its target's page (<paramref name="page"/>: a submission's, a commitment's, a timeline's).</summary>
    public static string CommentOn(string page, long commentId) => $"{page}#comment-{Number(commentId)}";

    /// <summary>The conversation under a submission.</summary>
    public static string SubmissionComments(long id) => $"{Submission(id)}#comments";

    /// <summary>The conversation under a target's page (<paramref name="page"/>: a commitment's, a timeline's).</summary>
    public static string CommentsUnder(string page) => $"{page}#comments";

    /// <summary>The published comments on one submission, newest first, as an Atom feed.</summary>
    public static string SubmissionCommentsFeed(long id) => $"{Submission(id)}/comments.atom";

    /// <summary>A reader reports a submission; <paramref name="done"/>: the thanks once a report hid it.</summary>
    public static string SubmissionReport(long id, bool done = false) => Query($"{Submission(id)}/report", ("done", done ? "true" : null));

    /// <summary>The published comments on everything of one member (its submissions, commitments, timeline), as an Atom feed.</summary>
    public static string MemberCommentsFeed(string code) => $"{Member(code)}/comments.atom";

    /// <summary>
    /// Where a target's page takes its comment form (its own address, not a second route of the same page such as a preview).
    /// </summary>
    public static string CommentPost(string page) => $"{page}?handler=Comment";

    /// <summary>The comment form of a target's page, where a refused comment comes back.</summary>
    public static string CommentForm(string page) => $"{page}#comment-form";

    public static string CommentReply(long id) => $"/comments/{Number(id)}/reply";

    public static string CommentEdit(long id) => $"/comments/{Number(id)}/edit";

    public static string CommentDelete(long id) => $"/comments/{Number(id)}/delete";

    public static string CommentReport(long id) => $"/comments/{Number(id)}/report";

    /// <summary>The support unit's queue of reported and held comments.</summary>
    public static string ModerationComments(bool done = false) => Query("/moderation/comments", ("done", done ? "true" : null));

    /// <summary>One comment of the queue, with its reports: edit or remove it.</summary>
    public static string ModerationComment(long id) => $"/moderation/comments/{Number(id)}";

    /// <summary>The support unit decides on one reported submission.</summary>
    public static string ModerationReported(long id) => $"/moderation/reported/{Number(id)}";

    public static string Answers() => "/answers";

    public static string Answer(long id) => $"/answers/{Number(id)}";

    /// <summary>An official's "My countries": the members they answer for.</summary>
    public static string MyMembers() => "/answers/members";

    public static string Moderation() => "/moderation";

    public static string ModerationDashboard() => "/moderation/dashboard";

    public static string ModerationImport() => "/moderation/import";

    public static string ModerationReview(long id) => $"/moderation/{Number(id)}";

    public static string ModerationEdit(long id) => $"{ModerationReview(id)}/edit";

    // Events.
    public static string Events() => "/events";

    public static string EventCreate() => "/events/create";

    public static string EventsMine() => "/events/mine";

    public static string EventsFeed() => "/events/feed.atom";

    public static string Event(long id) => $"/events/{Number(id)}";

    public static string EventEdit(long id) => $"{Event(id)}/edit";

    public static string EventCalendar(long id) => $"{Event(id)}.ics";

    public static string EventRegistrants(long id) => $"{Event(id)}/registrants";

    public static string EventRegistrantsCsv(long id) => $"{Event(id)}/registrants.csv";

    public static string EventConfirm(long id, string token) => Query($"{Event(id)}/confirm", ("token", token));

    public static string EventCancel(Guid cancellationCode) => $"/events/cancel/{cancellationCode}";

    // Blog.
    public static string Blog(string? member = null, string? area = null, long? campaign = null, string? language = null) =>
        Query(
            "/blog",
            ("Filter.Member", member),
            ("Filter.Area", area),
            ("Filter.Campaign", campaign is { } id ? Number(id) : null),
            ("Filter.Language", language)
        );

    public static string BlogPost(long id) => $"/blog/{Number(id)}";

    public static string BlogPostEdit(long id) => $"{BlogPost(id)}/edit";

    public static string BlogPostReview(long id) => $"{BlogPost(id)}/review";

    public static string BlogWrite(long? campaign = null) => Query("/blog/write", ("campaign", campaign is { } id ? Number(id) : null));

    public static string BlogMine() => "/blog/mine";

    public static string BlogReviewQueue() => "/blog/review";

    public static string BlogFeed() => "/blog/feed.atom";

    public static string BlogAuthor(Guid authorId, string? after = null) => Query($"/blog/authors/{authorId}", ("After", after));

    public static string BlogCover(string name) => $"/blog/covers/{Segment(name)}";

    // Newsletter.
    public static string Newsletter() => "/newsletter";

    /// <summary>The web version of a sent edition.</summary>
    public static string NewsletterEdition(long id) => $"/newsletter/{Number(id)}";

    public static string NewsletterConfirm(string token) => Query("/newsletter/confirm", ("token", token));

    public static string NewsletterUnsubscribe(string code) => $"/newsletter/unsubscribe/{Segment(code)}";

    public static string Editions() => "/newsletter/editions";

    public static string Edition(long id) => $"/newsletter/editions/{Number(id)}";

    /// <summary>The form for a new edition, or for <paramref name="id"/>.</summary>
    public static string EditionCompose(long? id = null) =>
        "/newsletter/editions/compose" + (id is { } edition ? "/" + Number(edition) : "");

    // Account.
    public static string SignIn(string? returnUrl = null) => Query("/account/sign-in", ("returnUrl", ReturnAddress.Safe(returnUrl)));

    public static string SignOut() => "/account/sign-out";

    public static string SignOutEverywhere() => "/account/sign-out-everywhere";

    public static string AccessDenied() => "/account/access-denied";

    public static string Register(string? returnUrl = null) => Query("/account/register", ("returnUrl", ReturnAddress.Safe(returnUrl)));

    public static string ConfirmEmail(Guid userId, string code, string? returnUrl = null) =>
        Query("/account/confirm-email", ("userId", userId.ToString()), ("code", code), ("returnUrl", ReturnAddress.Safe(returnUrl)));

    public static string Account() => "/account";

    /// <summary>What waits for an official or the support unit: where staff land after signing in.</summary>
    public static string MyWork() => "/my-work";

    public static string AcceptInvitation(string secret) => Query("/account/accept-invitation", ("code", secret));

    public static string ForgotPassword() => "/account/forgot-password";

    public static string ResetPassword(Guid userId, string code) =>
        Query("/account/reset-password", ("userId", userId.ToString()), ("code", code));

    public static string ChangePassword() => "/account/change-password";

    public static string TwoFactor() => "/account/two-factor";

    public static string MyData() => "/account/my-data";

    public static string MyDataDownload() => "/account/my-data.json";

    public static string DeleteAccount() => "/account/delete";

    // Follows and notifications.
    public static string Following() => "/account/following";

    public static string Notifications(string? after = null) => Query("/account/notifications", ("after", after));

    /// <summary>The follow button's form: follows, or stops following, a submission, commitment, member or campaign.</summary>
    public static string Follow() => "/account/follow";

    /// <summary>The one-click link of every notification email (RFC 8058): turns that person's emails off, signed in or not.</summary>
    public static string NotificationsUnsubscribe(string code) => $"/notifications/unsubscribe/{Segment(code)}";

    // Administration.
    public static string AdminAccounts() => "/admin/accounts";

    public static string AdminAccount(Guid id) => $"/admin/accounts/{id}";

    /// <summary>The audit trail, filtered; a parameter given as "" is kept in the address (an emptied filter).</summary>
    public static string AdminAudit(string? entityType = null, string? entityId = null, long? before = null) =>
        Query("/admin/audit", ("before", before is { } at ? Number(at) : null), ("entityType", entityType), ("entityId", entityId));

    public static string AdminSecurity() => "/admin/security";

    // A value missing from a re-shown form (bound as null whatever its declared type) leaves its segment empty, as
    // the interpolated addresses did, rather than failing the whole page.
    private static string Code(string? code) => Segment(code?.ToLowerInvariant());

    private static string Segment(string? value) => Uri.EscapeDataString(value ?? "");

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Query(string path, params (string Name, string? Value)[] parameters)
    {
        var address = new StringBuilder(path);
        foreach (var (name, value) in parameters.Where(p => p.Value is not null))
        {
            address.Append(address.Length == path.Length ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value!));
        }

        return address.ToString();
    }
}
