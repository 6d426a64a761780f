using System.Globalization;
using Microsoft.Extensions.Caching.Memory;

namespace CoCreation.Web.Features.Campaigns;

/// <summary>
/// A campaign's share image in one interface language: its name, dates and hashtags on the portal's colours, 1200 × 630
/// PNG (ShareCanvas). Drawn once per campaign, language and change of the campaign (its last update names the version,
/// and so the ETag), then kept in memory; a visitor's cache asks again with If-None-Match.
/// </summary>
public static class ShareImage
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(string Slug) : IQuery<Model?>;

    /// <param name="ETag">Changes whenever the picture would: the campaign's version and the language.</param>
    public sealed record Model(string ETag, byte[] Png);

    public sealed class Handler(PortalDbContext db, IMemoryCache cache, IStringLocalizer<SharedResource> text)
        : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var slug = (query.Slug ?? "").ToLowerInvariant();
            var campaign = await db
                .Campaigns.AsNoTracking()
                .Where(c => c.Slug == slug)
                .Select(c => new
                {
                    c.Slug,
                    c.Title,
                    c.StartsOn,
                    c.EndsOn,
                    c.Hashtags,
                    c.UpdatedAt,
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (campaign is null)
            {
                return null;
            }

            var ui = CultureInfo.CurrentUICulture;
            var etag = $"\"{campaign.Slug}-{ui.TwoLetterISOLanguageName}-{campaign.UpdatedAt.UtcTicks:x}\"";
            var png = cache.GetOrCreate("share-image:" + etag, entry =>
            {
                entry.SlidingExpiration = TimeSpan.FromDays(1);
                return ShareCanvas.Draw(
                    text["Site.Name"],
                    campaign.Title.In(ui),
                    DateRange.Show(text, campaign.StartsOn, campaign.EndsOn),
                    string.Join("  ", campaign.Hashtags)
                );
            })!;
            return new Model(etag, png);
        }
    }
}
