using CoCreation.Web.Infrastructure.Mediator;

namespace CoCreation.Web.Features.Blog;

/// <summary>What a blog form and the blog filters offer: members and campaigns.</summary>
public static class BlogChoices
{
    [Allow(Audience.Anonymous)]
    public sealed record Query : IQuery<Model>;

    public sealed record Member(string Code, LocalizedText Name);

    public sealed record Campaign(int Id, string Slug, LocalizedText Title);

    public sealed record Model(IReadOnlyList<Member> Members, IReadOnlyList<Campaign> Campaigns);

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken) =>
            new(
                await db.Members.AsNoTracking().OrderBy(m => m.Code).Select(m => new Member(m.Code, m.Name)).ToListAsync(cancellationToken),
                await db
                    .Campaigns.AsNoTracking()
                    .OrderByDescending(c => c.StartsOn)
                    .Select(c => new Campaign(c.Id, c.Slug, c.Title))
                    .ToListAsync(cancellationToken)
            );
    }

    /// <summary>Refuses members and campaigns that do not exist, field by field.</summary>
    public static async Task CheckAsync(
        PortalDbContext db,
        BlogForm fields,
        IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken
    )
    {
        var codes = fields
            .MemberCodes.Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(c => c.Trim().ToUpperInvariant())
            .Distinct()
            .ToList();
        if (codes.Count > 0 && await db.Members.CountAsync(m => codes.Contains(m.Code), cancellationToken) != codes.Count)
        {
            throw new InputException(nameof(BlogForm.MemberCodes), text["Validation.Choice"]);
        }

        if (fields.CampaignId is { } campaignId && !await db.Campaigns.AnyAsync(c => c.Id == campaignId, cancellationToken))
        {
            throw new InputException(nameof(BlogForm.CampaignId), text["Validation.Choice"]);
        }
    }
}
