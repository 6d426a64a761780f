using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Output cache for the pages anonymous visitors read most (the campaign home page, member pages):
/// one copy per interface language and visitor time zone, never for signed-in people or responses that
/// set a cookie (the default policy), dropped as soon as a command changes what they show, and at
/// most <see cref="Lifetime"/> old on another instance of the portal.
/// </summary>
public static class PublicPageCache
{
    public const string Policy = "PublicPage";

    public const string Tag = "public-pages";

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The areas whose commands change what the cached pages show: moderation decisions and answers move the
    /// scorecards and the campaign dashboard, and so does withdrawing a published submission. Submitting (it
    /// waits for moderation) and endorsing (no cached page counts endorsements) do not.
    /// </summary>
    private static readonly string[] ChangingAreas = [".Campaigns", ".Members", ".Events", ".Timelines", ".ActionPlans", ".Commitments", ".Blog", ".Newsletter", ".Moderation", ".Answers"];

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services) =>
        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Expire(Lifetime)
            .Tag(Tag)
            .SetVaryByQuery("*")
            .VaryByValue(http => new KeyValuePair<string, string>(
                "visitor",
                (http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? "") + "|" + EventTime.VisitorZone(http)))));

    public static bool Changes(Type command) =>
        command == typeof(Features.Submissions.Withdraw.Command)
        || (command.Namespace is { } name && Array.Exists(ChangingAreas, area => name.Contains(area, StringComparison.Ordinal)));
}
