using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Pages, feeds, calendars and open data compressed on the fly (brotli, else gzip, at the fastest level)
/// for people on slow lines: a list page goes from about 20 KB to about 4 KB. Only for visitors who are not
/// signed in — a signed-in page can carry a secret of the person (a two-factor key, recovery codes) next to
/// text an attacker chooses, which compression over TLS would leak through the response's length (BREACH);
/// what anonymous pages carry (the antiforgery token) is encrypted afresh for every response.
/// CSS and scripts are compressed once at build time (MapStaticAssets) and pass through untouched.
/// </summary>
public static class Compression
{
    private static readonly string[] MoreTypes =
    [
        "text/csv",
        "application/atom+xml",
        "text/calendar",
        "application/problem+json",
        "image/svg+xml",
    ];

    public static IServiceCollection AddPortalCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(MoreTypes);
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>After authentication, so that it knows who is signed in.</summary>
    public static IApplicationBuilder UseAnonymousCompression(this IApplicationBuilder app) =>
        app.UseWhen(http => http.User.Identity?.IsAuthenticated != true, anonymous => anonymous.UseResponseCompression());
}
