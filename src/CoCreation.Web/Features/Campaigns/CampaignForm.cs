using CoCreation.Domain.Campaigns;
using CoCreation.Web.Infrastructure.Localization;

namespace CoCreation.Web.Features.Campaigns;

/// <summary>The fields staff fill in to create or edit a campaign; Create and Edit share them and their rules.</summary>
public record CampaignForm
{
    public string Slug { get; set; } = "";

    public LocalizedInput Title { get; set; } = new();

    public LocalizedInput Summary { get; set; } = new();

    public LocalizedInput Description { get; set; } = new();

    public LocalizedInput HowToParticipate { get; set; } = new();

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    /// <summary>Hashtags separated by spaces or commas, e.g. "#OGPcocreate #myNAPask".</summary>
    public string? Hashtags { get; set; }

    public List<string> MemberCodes { get; set; } = [];

    /// <summary>A method, not a property: model validation reads every property, and an empty English title throws here (a 500).</summary>
    public CampaignContent ToContent() => new(Title.ToText(), Summary.ToText(), Description.ToText(), HowToParticipate.ToText());

    public IEnumerable<string> HashtagList =>
        (Hashtags ?? "").Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);

    public static object Snapshot(Campaign campaign) =>
        new
        {
            campaign.Slug,
            Title = campaign.Title.En,
            campaign.StartsOn,
            campaign.EndsOn,
            campaign.Hashtags,
            Participants = campaign.Participants.Select(p => p.MemberId).Order().ToList(),
        };
}

public abstract class CampaignFormValidator<T> : AbstractValidator<T>
    where T : CampaignForm
{
    protected CampaignFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(c => c.Slug)
            .NotEmpty()
            .MaximumLength(Campaign.SlugMax)
            .Matches("^[a-z0-9]+(-[a-z0-9]+)*$")
            .WithMessage(_ => text["Campaign.SlugFormat"]);
        RuleFor(c => c.Title).Localized(Campaign.TitleMax, EnglishText.Required);
        RuleFor(c => c.Summary).Localized(Campaign.SummaryMax, EnglishText.Required);
        RuleFor(c => c.Description).Localized(Campaign.DescriptionMax, EnglishText.Required);
        RuleFor(c => c.HowToParticipate).Localized(Campaign.HowToParticipateMax, EnglishText.Required);
        RuleFor(c => c.StartsOn).NotEmpty();
        RuleFor(c => c.EndsOn).NotEmpty().GreaterThanOrEqualTo(c => c.StartsOn).WithMessage(_ => text["Domain.Campaign.EndsBeforeStart"]);
        RuleFor(c => c.Hashtags).MaximumLength(Campaign.HashtagsMax);
        RuleFor(c => c.MemberCodes).Must(codes => codes.Count <= 500).WithMessage(_ => text["Validation.Choice"]);
    }
}
