using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoCreation.Web.Infrastructure.Localization;

/// <summary>English, French and Spanish: chosen by the visitor (cookie), else by the browser.</summary>
public static class LocalizationSetup
{
    public static readonly IReadOnlyList<string> Languages = WorkingLanguages.All;

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

        // Process-wide in FluentValidation; every host built here reads the same resource files.
        ValidatorOptions.Global.LanguageManager = new PortalLanguageManager(SharedText());
        return services;
    }

    /// <summary>The resource-file localizer, built before the container exists (FluentValidation's messages are process-wide).</summary>
    private static IStringLocalizer SharedText() =>
        new ResourceManagerStringLocalizerFactory(
            Microsoft.Extensions.Options.Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }),
            Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance
        ).Create(typeof(SharedResource));

    public static string Normalize(string? language) => language is not null && Languages.Contains(language) ? language : "en";
}
