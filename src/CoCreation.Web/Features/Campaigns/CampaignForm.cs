using CoCreation.Domain.Campaigns;
using CoCreation.Domain.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoCreation.Web.Features.Campaigns;

/// <summary>The fields staff fill in to create or edit a campaign; Create and Edit share them and their rules.</summary>
public record CampaignForm
{
    public string Slug { get; set; } = "";

    public string TitleEn { get; set; } = "";

    public string? TitleFr { get; set; }

    public string? TitleEs { get; set; }

    public string SummaryEn { get; set; } = "";

    public string? SummaryFr { get; set; }

    public string? SummaryEs { get; set; }

    public string DescriptionEn { get; set; } = "";

    public string? DescriptionFr { get; set; }

    public string? DescriptionEs { get; set; }

    public string HowToParticipateEn { get; set; } = "";

    public string? HowToParticipateFr { get; set; }

    public string? HowToParticipateEs { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    /// <summary>Hashtags separated by spaces or commas, e.g. "#OGPcocreate #myNAPask".</summary>
    public string? Hashtags { get; set; }

    public List<string> MemberCodes { get; set; } = [];

    /// <summary>A method, not a property: model validation reads every property, and an empty English title throws here (a 500).</summary>
    public CampaignContent ToContent() => new(
        new LocalizedText(TitleEn, TitleFr, TitleEs),
        new LocalizedText(SummaryEn, SummaryFr, SummaryEs),
        new LocalizedText(DescriptionEn, DescriptionFr, DescriptionEs),
        new LocalizedText(HowToParticipateEn, HowToParticipateFr, HowToParticipateEs));

    public IEnumerable<string> HashtagList => (Hashtags ?? "").Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);

    public static object Snapshot(Campaign campaign) => new
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
        RuleFor(c => c.Slug).NotEmpty()
            .MaximumLength(80)
            .Matches("^[a-z0-9]+(-[a-z0-9]+)*$").WithMessage(_ => text["Campaign.SlugFormat"]);
        Text(c => c.TitleEn, 200, required: true);
        Text(c => c.TitleFr, 200);
        Text(c => c.TitleEs, 200);
        Text(c => c.SummaryEn, 1000, required: true);
        Text(c => c.SummaryFr, 1000);
        Text(c => c.SummaryEs, 1000);
        Text(c => c.DescriptionEn, 20000, required: true);
        Text(c => c.DescriptionFr, 20000);
        Text(c => c.DescriptionEs, 20000);
        Text(c => c.HowToParticipateEn, 20000, required: true);
        Text(c => c.HowToParticipateFr, 20000);
        Text(c => c.HowToParticipateEs, 20000);
        RuleFor(c => c.StartsOn).NotEmpty();
        RuleFor(c => c.EndsOn).NotEmpty()
            .GreaterThanOrEqualTo(c => c.StartsOn).WithMessage(_ => text["Domain.Campaign.EndsBeforeStart"]);
        RuleFor(c => c.Hashtags).MaximumLength(600);
        RuleFor(c => c.MemberCodes).Must(codes => codes.Count <= 500).WithMessage(_ => text["Validation.Choice"]);

        void Text(System.Linq.Expressions.Expression<Func<T, string?>> field, int max, bool required = false)
        {
            var rule = RuleFor(field);
            if (required)
            {
                rule.NotEmpty();
            }

            rule.MaximumLength(max);
        }
    }
}
