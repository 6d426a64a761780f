using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>Razor Pages with kebab-case URLs, antiforgery on every POST and authorization by folder.</summary>
public static partial class PagesSetup
{
    /// <summary>Pages for any signed-in account (besides the /Comments folder).</summary>
    private static readonly string[] SignedInPages =
    [
        "/Account/ChangePassword",
        "/Account/DeleteAccount",
        "/Account/Follow",
        "/Account/Following",
        "/Account/Index",
        "/Account/MyData",
        "/Account/MyDataDownload",
        "/Account/Notifications",
        "/Account/SignOut",
        "/Account/SignOutEverywhere",
        "/Account/TwoFactor",
        "/Blog/Edit",
        "/Blog/Mine",
        "/Blog/Write",
        "/Events/Mine",
        "/Submissions/Mine",
        "/Submissions/Report",
    ];

    /// <summary>
    /// Staff pages (besides the /Moderation and /Newsletter/Editions folders). The IRM's published judgements
    /// (AssessCommitment) are entered by the support unit alone; the command says so too.
    /// </summary>
    private static readonly string[] StaffPages =
    [
        "/ActionPlans/AssessCommitment",
        "/Blog/Review",
        "/Blog/ReviewQueue",
        "/Campaigns/Create",
        "/Campaigns/Edit",
        "/Events/Create",
        "/Events/Edit",
        "/Events/Registrants",
        "/Events/RegistrantsCsv",
        "/Members/Create",
        "/Members/Edit",
        "/Members/InviteContact",
    ];

    /// <summary>
    /// What officials (for their members) and staff do besides answering: their work list, timelines, plans and forums;
    /// the handlers check the member.
    /// </summary>
    private static readonly string[] AnsweringPages =
    [
        "/Account/MyWork",
        "/ActionPlans/Edit",
        "/ActionPlans/EditCommitment",
        "/ActionPlans/EditMilestone",
        "/ActionPlans/RecordProgress",
        "/Forums/Decision",
        "/Forums/Member",
        "/Forums/Rules",
        "/Timelines/Activity",
        "/Timelines/Edit",
    ];

    /// <param name="development">Also maps /design, the design system's sample page (docs/design.md), which exists only there.</param>
    public static IServiceCollection AddPortalPages(this IServiceCollection services, PortalOptions portal, bool development = false)
    {
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddPortalHtmlEncoding();
        services.AddRazorPages(options =>
        {
            options.Conventions.Add(new PageRouteTransformerConvention(new KebabCase()));
            if (!development)
            {
                options.Conventions.AddPageRouteModelConvention("/Design", model => model.Selectors.Clear());
            }

            options.Conventions.ConfigureFilter(new PageSafetyFilter());
            options.Conventions.AuthorizeFolder("/Admin", Roles.AdministratorPolicy);
            options.Conventions.AuthorizeFolder("/Moderation", Roles.StaffPolicy);
            options.Conventions.AuthorizeFolder("/Comments");
            // The comment feeds are public, as the conversations they carry.
            options.Conventions.AllowAnonymousToPage("/Comments/Feed");
            options.Conventions.AuthorizeFolder("/Answers", Roles.AnsweringPolicy);
            options.Conventions.AddPageRoute("/Timelines/Details", "/members/{code}/timeline/preview");
            options.Conventions.AddPageRoute("/Timelines/Ics", "/members/{code}/timeline/activities/{activityId:int}.ics");
            options.Conventions.AddPageRoute("/Timelines/Feed", "/timelines/feed.atom");
            options.Conventions.AddPageRoute("/Comments/Feed", "/members/{code}/comments.atom");
            options.Conventions.AuthorizeFolder("/Newsletter/Editions", Roles.StaffPolicy);

            foreach (var page in SignedInPages)
            {
                options.Conventions.AuthorizePage(page);
            }

            foreach (var page in StaffPages)
            {
                options.Conventions.AuthorizePage(page, Roles.StaffPolicy);
            }

            foreach (var page in AnsweringPages)
            {
                options.Conventions.AuthorizePage(page, Roles.AnsweringPolicy);
            }
        });
        services
            .AddOptions<MvcOptions>()
            .Configure<IStringLocalizerFactory>(
                (options, factory) =>
                {
                    // Model binding refusals ("abc" for a number, an empty required value) in the person's language.
                    // FluentValidation owns the rules (localized, per field); MVC's implicit [Required] on
                    // non-nullable strings would answer first, in English.
                    options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;

                    // No form here sends jQuery-style keys (a[b][c]); their parser throws on a key like "[" (a
                    // 500, even on the error page, which reads the form again), so only the plain providers stay.
                    options.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
                    options.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
                    var text = factory.Create(typeof(SharedResource));
                    var messages = options.ModelBindingMessageProvider;
                    messages.SetValueIsInvalidAccessor(value => text["Validation.ValueInvalid", value]);
                    messages.SetAttemptedValueIsInvalidAccessor((value, field) => text["Validation.ValueInvalid", value]);
                    messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["Validation.ValueInvalid", value]);
                    messages.SetUnknownValueIsInvalidAccessor(field => text["Validation.Required"]);
                    messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Validation.Required"]);
                    messages.SetValueMustNotBeNullAccessor(value => text["Validation.Required"]);
                    messages.SetMissingBindRequiredValueAccessor(field => text["Validation.Required"]);
                    messages.SetMissingKeyOrValueAccessor(() => text["Validation.Required"]);
                    messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Validation.Required"]);
                    messages.SetValueMustBeANumberAccessor(field => text["Validation.Number"]);
                    messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Validation.Number"]);
                }
            );
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = PortalCookies.Name(PortalCookies.Antiforgery, portal);
            options.Cookie.SecurePolicy = PortalCookies.Policy(portal);
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.FormFieldName = "__RequestVerificationToken";
        });
        return services;
    }

    /// <summary>/Account/ForgotPassword → /account/forgot-password.</summary>
    private sealed partial class KebabCase : IOutboundParameterTransformer
    {
        public string? TransformOutbound(object? value) =>
            value is null ? null : Boundary().Replace(value.ToString()!, "$1-$2").ToLowerInvariant();

        [GeneratedRegex("([a-z0-9])([A-Z])")]
        private static partial Regex Boundary();
    }
}
