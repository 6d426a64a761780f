using System.Globalization;
using CoCreation.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace CoCreation.Web.Infrastructure.Localization;

/// <summary>English, French and Spanish: chosen by the visitor (cookie), else by the browser.</summary>
public static class LocalizationSetup
{
    public static readonly IReadOnlyList<string> Languages = ["en", "fr", "es"];

    public static IServiceCollection AddPortalLocalization(this IServiceCollection services, PortalOptions portal)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, CachedStringLocalizerFactory>());
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Languages.Select(l => new CultureInfo(l)).ToList();
            options.DefaultRequestCulture = new RequestCulture("en");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = PortalCookies.Name(PortalCookies.Language, portal) },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        // FluentValidation's own messages follow the request's UI culture (it ships fr and es).
        ValidatorOptions.Global.LanguageManager.Culture = null;
        return services;
    }

    public static string Normalize(string? language) =>
        language is not null && Languages.Contains(language) ? language : "en";
}
