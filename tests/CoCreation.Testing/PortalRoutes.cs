using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CoCreation.Testing;

/// <summary>
/// Every page the portal maps, read from its EndpointDataSource (so a new page is covered by the
/// security tests without anyone adding it to a list), with its route values filled with ids of real
/// records of the demo data, its authorization policies and its POST handlers.
/// </summary>
public sealed class PortalRoutes
{
    public const string DemoPassword = "open-gov-cocreate-2017";

    /// <summary>The member the demo official acts for (Argentina) and one they do not act for (France).</summary>
    public const string MemberA = "ar";
    public const string MemberB = "fr";

    private PortalRoutes(IReadOnlyList<PageRoute> pages) => Pages = pages;

    /// <summary>A client signed in as a demo account through the sign-in form, its redirect not followed.</summary>
    public static async Task<Testing.PortalClient> SignedInDemoClientAsync(Testing.PortalFixture portal, string email)
    {
        var client = await portal.SignedInClientAsync(email, followRedirects: false, password: DemoPassword);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, client.Status);
        return client;
    }

    public IReadOnlyList<PageRoute> Pages { get; }

    public sealed record PageRoute(
        string Path,
        string Template,
        string ViewEnginePath,
        IReadOnlyList<string?> Policies,
        bool RequiresSignIn,
        bool AllowsAnonymous,
        IReadOnlyList<string> PostHandlers,
        bool IgnoresAntiforgery
    )
    {
        public string PostUrl(string handler) =>
            handler.Length == 0 ? Path : $"{Path}{(Path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}";
    }

    /// <summary>Loads the demo data (./run.sh's) and reads every page route.</summary>
    public static async Task<PortalRoutes> LoadAsync(PortalFixture portal)
    {
        await Scenario.LoadDemoAsync(portal);

        var ids = await portal.WithDbAsync(async db => new Dictionary<string, string>
        {
            ["slug"] = await Scalar(db, "select slug as \"Value\" from campaigns order by id limit 1"),
            ["cycle"] = await Scalar(
                db,
                $"""
                select p.cycle as "Value" from national_action_plans p join members m on m.id = p.member_id
                where lower(m.code) = '{MemberA}' order by p.id limit 1
                """
            ),
            ["ogpId"] = await Scalar(db, $"select c.ogp_id as \"Value\" from commitments c order by c.id limit 1"),
            ["account"] = await Scalar(db, "select id::text as \"Value\" from users where email = 'participant@demo.cocreation.example'"),
            ["author"] = await Scalar(
                db,
                "select author_id::text as \"Value\" from blog_posts where status = 'Published' order by id limit 1"
            ),
            ["blog"] = await Scalar(db, "select id::text as \"Value\" from blog_posts where status = 'Published' order by id limit 1"),
            ["submission"] = await Scalar(
                db,
                $"""
                select s.id::text as "Value" from submissions s join members m on m.id = s.member_id
                where lower(m.code) = '{MemberA}' and s.status = 'Forwarded' order by s.id limit 1
                """
            ),
            ["comment"] = await Scalar(
                db,
                "select id::text as \"Value\" from comments where parent_id is null and status = 'Published' order by id limit 1"
            ),
            ["ownComment"] = await Scalar(
                db,
                """
                select c.id::text as "Value" from comments c join users u on u.id = c.author_id
                where u.email = 'participant@demo.cocreation.example' order by c.id limit 1
                """
            ),
            ["queuedComment"] = await Scalar(
                db,
                "select id::text as \"Value\" from comments where status = 'AwaitingReview' order by id limit 1"
            ),
            // The demo's submission reported by readers, waiting in the support unit's queue.
            ["reportedSubmission"] = await Scalar(
                db,
                "select id::text as \"Value\" from submissions where status = 'UnderReview' or open_reports > 0 order by id limit 1"
            ),
            ["event"] = await Scalar(db, "select id::text as \"Value\" from events where region = 'Americas' order by id limit 1"),
            ["edition"] = await Scalar(db, "select id::text as \"Value\" from editions order by id limit 1"),
            ["subscriber"] = await Scalar(db, "select unsubscribe_code as \"Value\" from subscribers order by id limit 1"),
            // The notification emails' unsubscribe page needs a person's code: the demo participant's.
            ["notificationSettings"] = await Scalar(
                db,
                """
                select s.unsubscribe_code as "Value" from notification_settings s join users u on u.id = s.person_id
                where u.email = 'participant@demo.cocreation.example'
                """
            ),
            ["forumMember"] = await Scalar(
                db,
                $"""
                select fm.id::text as "Value" from forum_members fm join forums f on f.id = fm.forum_id
                join members m on m.id = f.member_id where lower(m.code) = '{MemberA}' order by fm.id limit 1
                """
            ),
            ["forumDecision"] = await Scalar(
                db,
                $"""
                select d.id::text as "Value" from forum_decisions d join forums f on f.id = d.forum_id
                join members m on m.id = f.member_id where lower(m.code) = '{MemberA}' order by d.id limit 1
                """
            ),
            ["activity"] = await Scalar(
                db,
                $"""
                select a.id::text as "Value" from timeline_activities a join timelines t on t.id = a.timeline_id
                join members m on m.id = t.member_id where lower(m.code) = '{MemberA}' order by a.id limit 1
                """
            ),
        });

        var loader = portal.Services.GetRequiredService<PageLoader>();
        var pages = new List<PageRoute>();
        foreach (var endpoint in portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var path = Fill(endpoint.RoutePattern, ids);
            var descriptor = endpoint.Metadata.GetMetadata<PageActionDescriptor>();
            if (descriptor is null)
            {
                pages.Add(new PageRoute(path, endpoint.RoutePattern.RawText ?? path, "", [], false, true, [], false));
                continue;
            }

            var compiled = await loader.LoadAsync(descriptor, endpoint.Metadata);
            var metadata = compiled.EndpointMetadata;
            var authorize = metadata.OfType<IAuthorizeData>().ToList();
            var posts = compiled
                .HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase))
                .Select(h => h.Name ?? "")
                .Distinct()
                .ToList();
            var ignoresAntiforgery =
                compiled.FilterDescriptors.Any(f => f.Filter is IgnoreAntiforgeryTokenAttribute)
                || metadata.OfType<IgnoreAntiforgeryTokenAttribute>().Any()
                || compiled.HandlerTypeInfo.GetCustomAttributes(typeof(IgnoreAntiforgeryTokenAttribute), true).Length > 0;
            pages.Add(
                new PageRoute(
                    path,
                    endpoint.RoutePattern.RawText ?? path,
                    descriptor.ViewEnginePath,
                    authorize.Select(a => a.Policy).ToList(),
                    authorize.Count > 0,
                    metadata.OfType<IAllowAnonymous>().Any(),
                    posts,
                    ignoresAntiforgery
                )
            );
        }

        return new PortalRoutes(
            pages
                .GroupBy(p => p.Path, StringComparer.OrdinalIgnoreCase)
                .Select(g => g.First())
                .OrderBy(p => p.Path, StringComparer.Ordinal)
                .ToList()
        );
    }

    private static async Task<string> Scalar(Web.Data.PortalDbContext db, string sql) =>
        await db.Database.SqlQueryRaw<string>(sql).FirstOrDefaultAsync()
        ?? throw new InvalidOperationException("The demo data has nothing for: " + sql);

    private static string Fill(RoutePattern pattern, Dictionary<string, string> ids)
    {
        var raw = (pattern.RawText ?? "").TrimStart('/').ToLowerInvariant();
        string Value(RoutePatternParameterPart parameter) =>
            parameter.Name switch
            {
                "code" when raw.StartsWith("members/", StringComparison.Ordinal) => MemberA,
                "code" when raw.StartsWith("events/cancel", StringComparison.Ordinal) => Guid.Empty.ToString(),
                "code" when raw.StartsWith("newsletter/unsubscribe", StringComparison.Ordinal) => ids["subscriber"],
                "code" when raw.StartsWith("notifications/unsubscribe", StringComparison.Ordinal) => ids["notificationSettings"],
                "code" => "404",
                "slug" => ids["slug"],
                "cycle" => ids["cycle"],
                "ogpid" or "ogpId" => ids["ogpId"],
                "culture" => "fr",
                "feed" => "feed",
                "format" => "csv",
                "name" => "no-such-cover.png",
                "id" when raw.StartsWith("admin/accounts", StringComparison.Ordinal) => ids["account"],
                "id" when raw.StartsWith("blog/authors", StringComparison.Ordinal) => ids["author"],
                "id" when raw.StartsWith("blog/", StringComparison.Ordinal) => ids["blog"],
                // Only its author opens a comment's edit and delete pages: the demo participant's own.
                "id"
                    when raw.StartsWith("comments/", StringComparison.Ordinal)
                        && (raw.EndsWith("/edit", StringComparison.Ordinal) || raw.EndsWith("/delete", StringComparison.Ordinal)) => ids[
                    "ownComment"
                ],
                "id" when raw.StartsWith("comments/", StringComparison.Ordinal) => ids["comment"],
                "id" when raw.StartsWith("moderation/comments/", StringComparison.Ordinal) => ids["queuedComment"],
                "id" when raw.StartsWith("moderation/reported/", StringComparison.Ordinal) => ids["reportedSubmission"],
                "id"
                    when raw.StartsWith("submissions/", StringComparison.Ordinal)
                        || raw.StartsWith("moderation/", StringComparison.Ordinal)
                        || raw.StartsWith("answers/", StringComparison.Ordinal) => ids["submission"],
                "id" when raw.StartsWith("events/", StringComparison.Ordinal) => ids["event"],
                "id" when raw.StartsWith("newsletter/", StringComparison.Ordinal) => ids["edition"],
                "id" when raw.Contains("timeline/activity", StringComparison.Ordinal) => ids["activity"],
                "id" when raw.Contains("/forum/member/", StringComparison.Ordinal) => ids["forumMember"],
                "id" when raw.Contains("/forum/decision/", StringComparison.Ordinal) => ids["forumDecision"],
                // The demo has no milestones yet: the page for a new one.
                "id" when raw.Contains("/milestone/", StringComparison.Ordinal) => "",
                _ => "404",
            };

        return "/"
            + string.Join(
                '/',
                pattern.PathSegments.Select(segment =>
                    string.Concat(
                        segment.Parts.Select(part =>
                            part switch
                            {
                                RoutePatternLiteralPart literal => literal.Content,
                                RoutePatternSeparatorPart separator => separator.Content,
                                RoutePatternParameterPart parameter => Value(parameter),
                                _ => "",
                            }
                        )
                    )
                )
            );
    }
}
