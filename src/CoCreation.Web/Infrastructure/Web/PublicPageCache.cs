using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Output cache for the pages anonymous visitors read most (the campaign home page, member pages):
/// one copy per interface language and visitor time zone, never for signed-in people or responses that
/// set a cookie (the default policy), dropped as soon as a command marked
/// <see cref="ChangesPublicDataAttribute"/> commits (<see cref="PublicData"/>), on every instance of the
/// portal (<see cref="PublicDataListener"/>); <see cref="Lifetime"/> bounds a copy's age should an
/// announcement be missed.
/// </summary>
public static class PublicPageCache
{
    public const string Policy = "PublicPage";

    public const string Tag = "public-pages";

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services) =>
        services
            .AddSingleton<PublicData>()
            .AddOutputCache(options =>
                options.AddPolicy(Policy, policy =>
                    policy
                        .Expire(Lifetime)
                        .Tag(Tag)
                        .SetVaryByQuery("*")
                        .VaryByValue(http => new KeyValuePair<string, string>(
                            "visitor",
                            (http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? "")
                                + "|"
                                + EventTime.VisitorZone(http)
                        ))
                )
            );

    /// <summary>
    /// Keeps this response out of the cache, on a page whose cached copy others may be served: it answers what this
    /// visitor alone asked for (a machine translation, or the apology when the service failed).
    /// </summary>
    public static void KeepOut(HttpContext http)
    {
        if (http.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            cache.Context.AllowCacheStorage = false;
        }
    }
}
