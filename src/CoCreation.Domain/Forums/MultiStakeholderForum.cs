using CoCreation.Domain.Common;
using CoCreation.Domain.Timelines;

namespace CoCreation.Domain.Forums;

/// <summary>Where a forum member comes from; standard 1 asks for government and non-government members in balance.</summary>
public enum ForumSector
{
    Government,
    CivilSociety,
    Other,
}

/// <summary>How many members of each side a forum has, and whether the government side is not the larger one.</summary>
public sealed record ForumBalance(int Government, int CivilSociety, int Other)
{
    /// <summary>Civil society and others: everyone who is not there for the government.</summary>
    public int NonGovernment => CivilSociety + Other;

    public int Total => Government + NonGovernment;

    /// <summary>Whole percent of government members, rounded half up; null for a forum without members.</summary>
    public int? GovernmentPercent => Total == 0 ? null : (int)((Government * 200L + Total) / (2L * Total));

    public int? NonGovernmentPercent => 100 - GovernmentPercent;

    /// <summary>
    /// Parity as OGP asks it: non-government members are at least as many as government ones (half or more of the forum).
    /// A forum without members has no balance to show.
    /// </summary>
    public bool AtParity => Total > 0 && NonGovernment >= Government;

    public static ForumBalance Of(IEnumerable<ForumSector> sectors)
    {
        var list = sectors.ToList();
        return new ForumBalance(
            list.Count(s => s == ForumSector.Government),
            list.Count(s => s == ForumSector.CivilSociety),
            list.Count(s => s == ForumSector.Other)
        );
    }
}

/// <summary>Who sits on the forum: a person's name, the organisation they speak for and its sector.</summary>
public sealed record ForumMemberDetails
{
    public ForumMemberDetails(string name, string organisation, ForumSector sector)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > ForumMember.NameMax)
        {
            throw new DomainException("Domain.Forum.NameInvalid");
        }

        if (string.IsNullOrWhiteSpace(organisation) || organisation.Trim().Length > ForumMember.OrganisationMax)
        {
            throw new DomainException("Domain.Forum.OrganisationInvalid");
        }

        if (!Enum.IsDefined(sector))
        {
            throw new DomainException("Domain.Forum.SectorUnknown");
        }

        Name = name.Trim();
        Organisation = organisation.Trim();
        Sector = sector;
    }

    public string Name { get; }

    public string Organisation { get; }

    public ForumSector Sector { get; }
}

/// <summary>A decision the forum took: when, what (in the language it was written in) and where it is recorded.</summary>
public sealed record ForumDecisionDetails
{
    public ForumDecisionDetails(DateOnly decidedOn, string text, string language, string? link)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > ForumDecision.TextMax)
        {
            throw new DomainException("Domain.Forum.DecisionTextInvalid");
        }

        if (!ContentLanguages.IsKnown(language))
        {
            throw new DomainException("Domain.Progress.LanguageUnknown");
        }

        DecidedOn = decidedOn;
        Text = text.Trim();
        Language = language;
        Link = MultiStakeholderForum.OptionalLink(link);
    }

    public DateOnly DecidedOn { get; }

    public string Text { get; }

    public string Language { get; }

    public string? Link { get; }
}

/// <summary>
/// A member's multi-stakeholder forum (standard 1): who sits on it, its published rules and the log of its decisions.
/// Its meetings are the forum-kind activities of the member's timelines. One per member.
/// </summary>
public sealed class MultiStakeholderForum
{
    public const int RulesMax = 8000;
    public const int LinkMax = 2000;

    /// <summary>The most members a forum lists; more is a sign of a mistake, not of a forum.</summary>
    public const int MembersMax = 200;

    private readonly List<ForumMember> _members = [];
    private readonly List<ForumDecision> _decisions = [];

    private MultiStakeholderForum() { }

    public int Id { get; private set; }

    public int MemberId { get; private set; }

    /// <summary>The forum's rules (terms of reference) per language; null until published.</summary>
    public LocalizedText? Rules { get; private set; }

    /// <summary>Where the rules are published in full, such as the government's own page.</summary>
    public string? RulesLink { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// Last change of the forum's record. The repository rule reads every change by the member's officials from the audit trail
    /// instead (who made it, and each one, not only the last).
    /// </summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<ForumMember> Members => _members;

    public IReadOnlyList<ForumDecision> Decisions => _decisions;

    public ForumBalance Balance => ForumBalance.Of(_members.Select(m => m.Sector));

    public static MultiStakeholderForum Create(int memberId, DateTimeOffset now) =>
        new()
        {
            MemberId = memberId,
            CreatedAt = now,
            UpdatedAt = now,
        };

    public void PublishRules(LocalizedText? rules, string? link, DateTimeOffset now)
    {
        if (rules is not null && new[] { rules.En, rules.Fr, rules.Es }.Any(t => t?.Length > RulesMax))
        {
            throw new DomainException("Domain.Forum.RulesTooLong", RulesMax);
        }

        Rules = rules;
        RulesLink = OptionalLink(link);
        UpdatedAt = now;
    }

    public ForumMember AddMember(ForumMemberDetails details, DateTimeOffset now)
    {
        if (_members.Count >= MembersMax)
        {
            throw new DomainException("Domain.Forum.TooManyMembers", MembersMax);
        }

        var member = new ForumMember(details, now);
        _members.Add(member);
        UpdatedAt = now;
        return member;
    }

    public void ChangeMember(ForumMember member, ForumMemberDetails details, DateTimeOffset now)
    {
        Require(_members.Contains(member));
        member.Apply(details);
        UpdatedAt = now;
    }

    public void RemoveMember(ForumMember member, DateTimeOffset now)
    {
        Require(_members.Remove(member));
        UpdatedAt = now;
    }

    /// <summary>Logs a decision; one dated after tomorrow (UTC) is refused: the log records what was decided.</summary>
    public ForumDecision RecordDecision(ForumDecisionDetails details, Guid authorId, DateTimeOffset now)
    {
        RequireNotFuture(details, now);
        var decision = new ForumDecision(details, authorId, now);
        _decisions.Add(decision);
        UpdatedAt = now;
        return decision;
    }

    public void ChangeDecision(ForumDecision decision, ForumDecisionDetails details, DateTimeOffset now)
    {
        Require(_decisions.Contains(decision));
        RequireNotFuture(details, now);
        decision.Apply(details);
        UpdatedAt = now;
    }

    /// <summary>An absolute http(s) address of at most <see cref="LinkMax"/> characters, or null for none.</summary>
    public static string? OptionalLink(string? link)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        var checkedLink = ActivityDetails.CheckedLink(link);
        return checkedLink is null || checkedLink.Length > LinkMax ? throw new DomainException("Domain.Timeline.LinkInvalid") : checkedLink;
    }

    private static void RequireNotFuture(ForumDecisionDetails details, DateTimeOffset now)
    {
        // A day of grace: it is already tomorrow in the zones east of UTC.
        if (details.DecidedOn > DateOnly.FromDateTime(now.UtcDateTime).AddDays(1))
        {
            throw new DomainException("Domain.Forum.DecisionInFuture");
        }
    }

    private static void Require(bool belongs)
    {
        if (!belongs)
        {
            throw new InvalidOperationException("Not a member or decision of this forum.");
        }
    }
}

/// <summary>One person on a forum.</summary>
public sealed class ForumMember
{
    public const int NameMax = 200;
    public const int OrganisationMax = 300;

    private ForumMember() { }

    internal ForumMember(ForumMemberDetails details, DateTimeOffset now)
    {
        Apply(details);
        AddedAt = now;
    }

    public int Id { get; private set; }

    public int ForumId { get; private set; }

    public string Name { get; private set; } = "";

    public string Organisation { get; private set; } = "";

    public ForumSector Sector { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    internal void Apply(ForumMemberDetails details)
    {
        Name = details.Name;
        Organisation = details.Organisation;
        Sector = details.Sector;
    }
}

/// <summary>An entry of a forum's decision log.</summary>
public sealed class ForumDecision
{
    public const int TextMax = 4000;

    private ForumDecision() { }

    internal ForumDecision(ForumDecisionDetails details, Guid authorId, DateTimeOffset now)
    {
        Apply(details);
        AuthorId = authorId;
        RecordedAt = now;
    }

    public int Id { get; private set; }

    public int ForumId { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public string Text { get; private set; } = "";

    /// <summary>BCP 47 tag of <see cref="Text"/>.</summary>
    public string Language { get; private set; } = "";

    public string? Link { get; private set; }

    public Guid AuthorId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    internal void Apply(ForumDecisionDetails details)
    {
        DecidedOn = details.DecidedOn;
        Text = details.Text;
        Language = details.Language;
        Link = details.Link;
    }
}
