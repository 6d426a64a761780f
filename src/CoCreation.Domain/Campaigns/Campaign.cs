using System.Text.RegularExpressions;
using CoCreation.Domain.Common;

namespace CoCreation.Domain.Campaigns;

/// <summary>A co-creation campaign such as the Global Co-creation Week, with the members taking part.</summary>
public sealed partial class Campaign : Entity
{
    // The longest text each field takes, in each language: the form's rules and the columns read these.
    public const int TitleMax = 200;
    public const int SummaryMax = 1000;
    public const int DescriptionMax = 20000;
    public const int HowToParticipateMax = 20000;
    public const int SlugMax = 80;
    public const int HashtagsMax = 600;

    private static readonly string[] ReservedSlugs = ["create", "edit", "feed", "export"];

    private readonly List<CampaignParticipant> _participants = [];

    private Campaign() { }

    public int Id { get; private set; }

    public string Slug { get; private set; } = "";

    public LocalizedText Title { get; private set; } = null!;

    public LocalizedText Summary { get; private set; } = null!;

    public LocalizedText Description { get; private set; } = null!;

    public LocalizedText HowToParticipate { get; private set; } = null!;

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public List<string> Hashtags { get; private set; } = [];

    public IReadOnlyCollection<CampaignParticipant> Participants => _participants;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Campaign Create(
        string slug,
        CampaignContent content,
        DateOnly startsOn,
        DateOnly endsOn,
        IEnumerable<string> hashtags,
        IEnumerable<int> memberIds,
        DateTimeOffset now
    )
    {
        var normalizedSlug = (slug ?? "").Trim().ToLowerInvariant();
        if (!SlugFormat().IsMatch(normalizedSlug) || normalizedSlug.Length > 80)
        {
            throw new DomainException("Domain.Campaign.SlugInvalid");
        }

        if (ReservedSlugs.Contains(normalizedSlug))
        {
            // /campaigns/create is the form for a new campaign: a campaign there could never be reached.
            throw new DomainException("Domain.Campaign.SlugReserved", normalizedSlug);
        }

        var campaign = new Campaign { Slug = normalizedSlug, CreatedAt = now };
        campaign.Update(content, startsOn, endsOn, hashtags, memberIds, now);
        return campaign;
    }

    public void Update(
        CampaignContent content,
        DateOnly startsOn,
        DateOnly endsOn,
        IEnumerable<string> hashtags,
        IEnumerable<int> memberIds,
        DateTimeOffset now
    )
    {
        if (endsOn < startsOn)
        {
            throw new DomainException("Domain.Campaign.EndsBeforeStart");
        }

        var tags = NormalizeHashtags(hashtags);
        Title = content.Title;
        Summary = content.Summary;
        Description = content.Description;
        HowToParticipate = content.HowToParticipate;
        StartsOn = startsOn;
        EndsOn = endsOn;
        Hashtags = tags;
        SetParticipants(memberIds);
        UpdatedAt = now;
    }

    /// <summary>Running today, upcoming, or over — the home page prefers them in that order.</summary>
    public CampaignPhase PhaseOn(DateOnly today) =>
        today < StartsOn ? CampaignPhase.Upcoming
        : today > EndsOn ? CampaignPhase.Over
        : CampaignPhase.Running;

    public static List<string> NormalizeHashtags(IEnumerable<string> hashtags)
    {
        var result = new List<string>();
        foreach (var raw in hashtags)
        {
            var tag = raw.Trim();
            if (tag.Length == 0)
            {
                continue;
            }

            if (!tag.StartsWith('#'))
            {
                tag = "#" + tag;
            }

            if (!HashtagFormat().IsMatch(tag))
            {
                throw new DomainException("Domain.Campaign.HashtagInvalid", raw);
            }

            if (!result.Contains(tag, StringComparer.OrdinalIgnoreCase))
            {
                result.Add(tag);
            }
        }

        if (result.Count > 10)
        {
            throw new DomainException("Domain.Campaign.TooManyHashtags", 10);
        }

        return result;
    }

    private void SetParticipants(IEnumerable<int> memberIds)
    {
        var wanted = memberIds.Distinct().ToHashSet();
        _participants.RemoveAll(p => !wanted.Contains(p.MemberId));
        foreach (var id in wanted.Where(id => _participants.TrueForAll(p => p.MemberId != id)))
        {
            _participants.Add(new CampaignParticipant(id));
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugFormat();

    [GeneratedRegex(@"^#[\p{L}\p{N}_]{1,50}$")]
    private static partial Regex HashtagFormat();
}

public enum CampaignPhase
{
    Running,
    Upcoming,
    Over,
}

/// <summary>The texts of a campaign, each entered per language.</summary>
public sealed record CampaignContent(LocalizedText Title, LocalizedText Summary, LocalizedText Description, LocalizedText HowToParticipate);
