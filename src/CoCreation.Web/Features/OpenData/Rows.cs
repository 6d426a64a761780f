using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Events;
using CoCreation.Domain.Members;
using CoCreation.Domain.Scorecards;
using CoCreation.Domain.Submissions;
using CoCreation.Domain.Timelines;

namespace CoCreation.Web.Features.OpenData;

// The public shape of each collection: one record per collection, the same in the CSV and JSON downloads
// and in the public API, with only what the public pages show (no email, no account data). Dates are UTC.

/// <summary>A country or subnational entity.</summary>
public sealed record MemberRow(
    string Code,
    LocalizedText Name,
    MemberKind Kind,
    Region Region,
    CycleStatus Status,
    bool IsNewMember,
    DateOnly JoinedOn,
    string Url,
    string? Country,
    string? CurrentCycle
)
{
    public static MemberRow From(Members.Index.Item m) =>
        new(m.Code, m.Name, m.Kind, m.Region, m.Status, m.IsNewMember, m.JoinedOn, Paths.Member(m.Code), m.Country?.Code, m.CurrentCycle);
}

/// <summary>A campaign such as the Global Co-creation Week.</summary>
public sealed record CampaignRow(
    string Slug,
    LocalizedText Title,
    LocalizedText Summary,
    DateOnly StartsOn,
    DateOnly EndsOn,
    int Participants,
    string Url
)
{
    public static CampaignRow From(Campaigns.Index.Item c) =>
        new(c.Slug, c.Title, c.Summary, c.StartsOn, c.EndsOn, c.ParticipantCount, Paths.Campaign(c.Slug));
}

/// <summary>A member's published co-creation timeline and its two-weeks check.</summary>
public sealed record TimelineRow(
    string Member,
    string Cycle,
    DateTimeOffset PublishedAt,
    DateTimeOffset? FirstActivityAt,
    int Activities,
    TwoWeeksResult TwoWeeksCheck,
    string Url
)
{
    public static TimelineRow From(Timelines.Index.Item t) =>
        new(
            t.Code,
            t.Cycle,
            t.PublishedAt.ToUniversalTime(),
            t.FirstActivityAt?.ToUniversalTime(),
            t.Activities,
            t.Check,
            Paths.Timeline(t.Code)
        );
}

/// <summary>An activity of a published timeline.</summary>
public sealed record ActivityRow(
    int Id,
    string Member,
    string Cycle,
    LocalizedText? Phase,
    ActivityKind Kind,
    LocalizedText Title,
    LocalizedText? Description,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    string? Place,
    string? OnlineLink,
    IReadOnlyList<string> Languages,
    string? WhoMayAttend,
    string? HowToRegister,
    int? Capacity,
    string? SummaryLink,
    bool Cancelled,
    string Url
)
{
    public static ActivityRow From(Timelines.Activities.Item a) =>
        new(
            a.Id,
            a.MemberCode,
            a.Cycle,
            a.Phase,
            a.Kind,
            a.Title,
            string.IsNullOrWhiteSpace(a.DescriptionEn) ? null : new LocalizedText(a.DescriptionEn, a.DescriptionFr, a.DescriptionEs),
            a.StartsAt.ToUniversalTime(),
            a.EndsAt.ToUniversalTime(),
            a.TimeZone,
            a.Place,
            a.OnlineLink,
            a.Languages,
            a.WhoMayAttend,
            a.HowToRegister,
            a.Capacity,
            a.SummaryLink,
            a.Cancelled,
            Paths.TimelineActivity(a.MemberCode, a.Id)
        );
}

/// <summary>A published National Action Plan.</summary>
public sealed record PlanRow(
    string Member,
    string Cycle,
    PlanStatus Status,
    DateTimeOffset PublishedAt,
    int Commitments,
    IReadOnlyList<PlanDocument> Documents,
    string Url
)
{
    public static PlanRow From(ActionPlans.Index.Item p) =>
        new(
            p.MemberCode,
            p.Cycle,
            p.Status,
            p.PublishedAt.ToUniversalTime(),
            p.Commitments,
            p.Documents,
            Paths.Plan(p.MemberCode, p.Cycle)
        );
}

/// <summary>
/// A commitment of a published plan, with the published submissions it came from, as <see cref="Commitments.Index"/>
/// reads it.
/// </summary>
public sealed record CommitmentRow(
    string OgpId,
    string Member,
    string Cycle,
    LocalizedText Title,
    string? Problem,
    string? Solution,
    string? HowItHelps,
    string? Relevance,
    IReadOnlyList<string> PolicyAreas,
    IReadOnlyList<string> OgpValues,
    string? LeadInstitution,
    IReadOnlyList<string> SupportingInstitutions,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    CompletionLevel Completion,
    IReadOnlyList<long> Submissions,
    string Url
);

/// <summary>
/// A published submission whole, with its answer: the downloads, the API's single submission and the feeds, as
/// <see cref="Submissions.Export"/> reads it.
/// </summary>
public sealed record SubmissionRow(
    long Id,
    string Url,
    SubmissionKind Kind,
    SubmissionStatus Status,
    string Member,
    string Title,
    string Language,
    string Author,
    string? Organisation,
    string? Body,
    string? Problem,
    string? ProposedCommitment,
    string? ExpectedResults,
    string? PolicyArea,
    DateTimeOffset PublishedAt,
    AnswerOutcome? Outcome,
    string? Answer,
    string? AnswerLanguage,
    DateTimeOffset? AnsweredAt,
    int Endorsements,
    IReadOnlyList<string> Commitments,
    string? Campaign,
    string? Cycle
);

/// <summary>A published submission as the list shows it (the API's list; its full text is at its own address).</summary>
public sealed record SubmissionListRow(
    long Id,
    string Url,
    SubmissionKind Kind,
    SubmissionStatus Status,
    string Member,
    string Title,
    string Language,
    string Author,
    string? PolicyArea,
    DateTimeOffset PublishedAt,
    AnswerOutcome? Outcome,
    string? Answer,
    string? AnswerLanguage,
    DateTimeOffset? AnsweredAt,
    int Endorsements,
    string? Campaign,
    string? Cycle
)
{
    public static SubmissionListRow From(Submissions.Index.Item s) =>
        new(
            s.Id,
            Paths.Submission(s.Id),
            s.Kind,
            s.Status,
            s.MemberCode,
            s.Title,
            s.Language,
            s.AuthorName,
            s.PolicyArea,
            s.PublishedAt.ToUniversalTime(),
            s.Outcome,
            s.AnswerReason,
            s.AnswerLanguage,
            s.AnsweredAt?.ToUniversalTime(),
            s.EndorsementCount,
            s.CampaignSlug,
            s.Cycle
        );
}

/// <summary>A webinar or event (its online link is for registrants only, so it is not here).</summary>
public sealed record EventRow(
    int Id,
    EventKind Kind,
    LocalizedText Title,
    Region? Region,
    string Language,
    DateTimeOffset StartsAt,
    string TimeZone,
    int? Capacity,
    int Registered,
    int? SeatsLeft,
    bool Cancelled,
    string Url
)
{
    public static EventRow From(Events.Index.Item e) =>
        new(
            e.Id,
            e.Kind,
            e.Title,
            e.Region,
            e.Language,
            e.StartsAt.ToUniversalTime(),
            e.TimeZone,
            e.Capacity,
            e.Confirmed,
            e.SeatsLeft,
            e.Cancelled,
            Paths.Event(e.Id)
        );
}

/// <summary>A published blog post, as the blog's list shows it.</summary>
public sealed record BlogPostRow(
    long Id,
    string Title,
    string Summary,
    string Language,
    Guid AuthorId,
    string Author,
    bool IsExample,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<string> Members,
    IReadOnlyList<string> PolicyAreas,
    string Url
)
{
    public static BlogPostRow From(Blog.Index.Card p) =>
        new(
            p.Id,
            p.Title,
            p.Summary,
            p.Language,
            p.AuthorId,
            p.AuthorName,
            p.IsExample,
            p.PublishedAt?.ToUniversalTime(),
            p.MemberCodes,
            p.PolicyAreas,
            Paths.BlogPost(p.Id)
        );
}

/// <summary>A member's standards scorecard for its current cycle: each minimum requirement's result and main figures.</summary>
public sealed record ScorecardRow(
    string Member,
    LocalizedText Name,
    string Cycle,
    CheckResult Forum,
    int ForumMeetings,
    int? ForumLongestGapDays,
    CheckResult Repository,
    DateTimeOffset? LastUpdateAt,
    CheckResult Timeline,
    CheckResult Responses,
    int Published,
    int Answered,
    int? AnsweredPercent,
    int? MedianDaysToAnswer,
    CheckResult Implementation,
    int ImplementationMeetings,
    int ImplementationCommitments,
    int ImplementationCommitmentsReported,
    string Url
)
{
    public static ScorecardRow From(Scorecards.Index.Item m)
    {
        var card = m.Scorecard;
        return new(
            m.Code,
            m.Name,
            card.Period.Cycle,
            card.Forum.Result,
            card.Forum.Meetings,
            card.Forum.LongestGapDays,
            card.Repository.Result,
            card.Repository.LastUpdateAt?.ToUniversalTime(),
            card.Timeline.Result,
            card.Responses.Result,
            card.Responses.Published,
            card.Responses.Answered,
            card.Responses.AnsweredPercent,
            card.Responses.MedianDaysToAnswer is { } days ? (int)Math.Round(days, MidpointRounding.AwayFromZero) : null,
            card.Implementation.Result,
            card.Implementation.Meetings,
            card.Implementation.Commitments,
            card.Implementation.CommitmentsReported,
            Paths.Scorecard(m.Code, card.Period.Cycle)
        );
    }
}

/// <summary>A published comment or reply: its target, its parent, its author's name and role, its words and language.</summary>
public sealed record CommentRow(
    long Id,
    Domain.Comments.CommentTargetKind TargetKind,
    long TargetId,
    long? ParentId,
    string Member,
    string AuthorName,
    Domain.Comments.CommentRole Role,
    string Text,
    string Language,
    DateTimeOffset PublishedAt,
    DateTimeOffset? EditedAt,
    string Url
)
{
    public static CommentRow From(Comments.Index.Item c) =>
        new(
            c.Id,
            c.TargetKind,
            c.TargetId,
            c.ParentId,
            c.MemberCode,
            c.AuthorName,
            c.Role,
            c.Text,
            c.Language,
            c.PublishedAt.ToUniversalTime(),
            c.EditedAt?.ToUniversalTime(),
            c.Url
        );
}

/// <summary>A milestone of a commitment of a published plan, as <see cref="Commitments.Milestones"/> reads it.</summary>
public sealed record MilestoneRow(
    int Id,
    string Commitment,
    string Member,
    int Order,
    LocalizedText Text,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string? ExpectedOutput,
    string Url
);

/// <summary>
/// A dated progress update on a commitment (or one of its milestones), with its evidence, as
/// <see cref="Commitments.ProgressUpdates"/> reads it.
/// </summary>
public sealed record ProgressUpdateRow(
    long Id,
    string Commitment,
    string Member,
    int? Milestone,
    DateOnly On,
    ProgressLevel Level,
    string Text,
    string Language,
    IReadOnlyList<string> Evidence,
    DateTimeOffset RecordedAt,
    string Url
)
{
    /// <summary>The evidence links as <see cref="EvidenceText"/> writes each.</summary>
    public static IReadOnlyList<string> EvidenceTexts(IEnumerable<EvidenceLink> links) => links.Select(EvidenceText).ToList();

    /// <summary>An evidence link as one text column: "title &lt;address&gt;", or the address alone when it has no title.</summary>
    public static string EvidenceText(EvidenceLink link) => link.Title is { Length: > 0 } title ? $"{title} <{link.Url}>" : link.Url;
}

/// <summary>A person on a member's multi-stakeholder forum.</summary>
public sealed record ForumMemberRow(
    int Id,
    string Member,
    string Name,
    string Organisation,
    Domain.Forums.ForumSector Sector,
    DateTimeOffset AddedAt,
    string Url
)
{
    public static ForumMemberRow From(Forums.ForumMembers.Item f) =>
        new(f.Id, f.MemberCode, f.Name, f.Organisation, f.Sector, f.AddedAt.ToUniversalTime(), Paths.ForumSection(f.MemberCode, "members"));
}

/// <summary>A decision in a forum's log.</summary>
public sealed record ForumDecisionRow(int Id, string Member, DateOnly DecidedOn, string Text, string Language, string? Link, string Url)
{
    public static ForumDecisionRow From(Forums.Decisions.Item d) =>
        new(d.Id, d.MemberCode, d.DecidedOn, d.Text, d.Language, d.Link, Paths.ForumSection(d.MemberCode, "decisions"));
}
