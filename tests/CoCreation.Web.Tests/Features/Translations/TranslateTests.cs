using System.Collections.Concurrent;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CoCreation.Domain.Blog;
using CoCreation.Web.Features.Moderation;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace CoCreation.Web.Tests.Features.Translations;

/// <summary>
/// "Show a translation into my language" on a published text, through the test's LibreTranslate-compatible server
/// (<see cref="TranslationServer"/>): offered, shown as a machine translation, stored, and never an error page.
/// </summary>
public sealed class TranslateTests(WebFixture portal) : PortalTest(portal)
{
    private const string Offer = "Show a translation into English";

    [Fact]
    public async Task An_english_reader_of_a_spanish_proposal_follows_the_link_and_reads_a_marked_machine_translation_asked_once()
    {
        var people = await Scenario.CreateAsync(Portal);
        var proposal = Scenario.Proposal("AR", "es");
        var id = await Scenario.PublishedAsync(Portal, people, proposal);
        await using var factory = Translating();
        using var visitor = factory.CreatePortalClient();

        var original = await visitor.GetAsync(Paths.Submission(id));
        var link = LinkNamed(original, Offer);
        Assert.Equal("nofollow", link.GetAttribute("rel"));
        var translated = await visitor.GetAsync(link.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, visitor.Status);
        var article = translated.QuerySelector("article")!;
        Assert.Equal("en", article.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal(TranslationServer.Translation(proposal.Title!, "en"), article.QuerySelector("h1")!.TextContent);
        Assert.Contains(TranslationServer.Translation(proposal.Problem!, "en"), article.TextContent, StringComparison.Ordinal);
        Assert.Contains("Machine translation into English", translated.QuerySelector("[role=note]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Paths.Submission(id), LinkNamed(translated, "show the original").GetAttribute("href"));
        Assert.Equal("noindex", translated.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(original.QuerySelector("meta[name=robots]"));
        var calls = Portal.Translation.Requests;
        Assert.Equal(4, calls.Count); // title, problem, proposed commitment, expected results
        Assert.All(calls, c => Assert.Equal(("es", "en", "text", "test-key"), (c.Source, c.Target, c.Format, c.ApiKey)));

        // A second reader of the same text in the same language is served the stored translation.
        using var another = factory.CreatePortalClient();
        var again = await another.GetAsync(Paths.Translated(Paths.Submission(id), "en"));
        Assert.Equal(TranslationServer.Translation(proposal.Title!, "en"), again.QuerySelector("article h1")!.TextContent);
        Assert.Equal(4, Portal.Translation.Requests.Count);
        Assert.Equal(4, await Portal.WithDbAsync(db => db.MachineTranslations.CountAsync()));
    }

    [Fact]
    public async Task A_blog_post_is_translated_title_summary_and_body_with_its_markdown_rendered()
    {
        var (author, _) = await BlogScenario.PeopleAsync(Portal);
        var authorId = Guid.Parse(author.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value);
        var id = await BlogScenario.PublishedPostAsync(
            Portal,
            authorId,
            "Marta",
            new BlogPostContent("Co-création au Maroc", "Ce que nous avons appris.", "Nous avons écouté **tout le monde**.", "fr", [], [])
        );
        await using var factory = Translating();
        using var visitor = factory.CreatePortalClient();

        var original = await visitor.GetAsync(Paths.BlogPost(id));
        var translated = await visitor.GetAsync(LinkNamed(original, Offer).GetAttribute("href")!);

        var article = translated.QuerySelector("article")!;
        Assert.Equal("en", article.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("[en] Co-création au Maroc", article.QuerySelector("h1")!.TextContent);
        Assert.Equal("[en] Ce que nous avons appris.", article.QuerySelector(".lead")!.TextContent);
        Assert.Equal("tout le monde", article.QuerySelector(".blog-body strong")!.TextContent);
        Assert.Contains("[en] Nous avons écouté", article.QuerySelector(".blog-body")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(translated.QuerySelector("[role=note]"));
        Assert.Equal(3, Portal.Translation.Requests.Count);
    }

    [Fact]
    public async Task No_link_without_a_service_on_a_text_in_the_reader_language_nor_on_an_unpublished_text()
    {
        var people = await Scenario.CreateAsync(Portal);
        var spanish = await Scenario.PublishedAsync(Portal, people, Scenario.Proposal("AR", "es"));
        var english = await Scenario.PublishedAsync(Portal, people, Scenario.Question("AR"));
        var pending = (await Portal.SendAsync(Scenario.Proposal("AR", "es"), people.Participant))!.Value;

        // The fixture's own portal has no translation service.
        using var unconfigured = Portal.CreateClient();
        var page = await unconfigured.GetAsync(Paths.Submission(spanish));
        Assert.Null(LinkOrNull(page, Offer));
        var asked = await unconfigured.GetAsync(Paths.Translated(Paths.Submission(spanish), "en"));
        Assert.Equal("es", asked.QuerySelector("article h1")!.GetAttribute("lang"));
        Assert.Null(asked.QuerySelector("[role=note]"));

        await using var factory = Translating();
        using var visitor = factory.CreatePortalClient();
        Assert.Null(LinkOrNull(await visitor.GetAsync(Paths.Submission(english)), Offer));
        Assert.NotNull(LinkOrNull(await visitor.GetAsync(Paths.Submission(spanish)), Offer));
        Assert.Null(LinkOrNull(await visitor.GetAsync(Paths.Submission(spanish), "es"), "Mostrar una traducción al español"));

        using var author = await factory.SignedInClientAsync("ana@example.org");
        var own = await author.GetAsync(Paths.Translated(Paths.Submission(pending), "en"));
        Assert.Equal(HttpStatusCode.OK, author.Status);
        Assert.Null(LinkOrNull(own, Offer));
        Assert.Equal("es", own.QuerySelector("article h1")!.GetAttribute("lang"));
        Assert.Empty(Portal.Translation.Requests);
    }

    [Theory]
    [InlineData(TranslationMode.Fails)]
    [InlineData(TranslationMode.BadGateway)]
    [InlineData(TranslationMode.Hangs)]
    public async Task A_failing_or_silent_service_gives_the_original_with_an_apology_and_no_error(TranslationMode mode)
    {
        var people = await Scenario.CreateAsync(Portal);
        var proposal = Scenario.Proposal("AR", "es");
        var id = await Scenario.PublishedAsync(Portal, people, proposal);
        var log = new WarningSink();
        await using var factory = Translating(timeoutSeconds: "1")
            .WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(log)));
        using var visitor = factory.CreatePortalClient();
        Portal.Translation.Mode = mode;

        // The service hangs for minutes; the page must not.
        var page = await visitor.GetAsync(Paths.Translated(Paths.Submission(id), "fr"), "fr").WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(HttpStatusCode.OK, visitor.Status);
        Assert.Equal(proposal.Title, page.QuerySelector("article h1")!.TextContent);
        Assert.Equal("es", page.QuerySelector("article h1")!.GetAttribute("lang"));
        Assert.StartsWith(
            "Le service de traduction n’est pas disponible pour le moment\u00a0;",
            page.QuerySelector("[role=status]")!.TextContent.Trim(),
            StringComparison.Ordinal
        );
        Assert.NotEmpty(Portal.Translation.Requests);
        Assert.Equal(0, await Portal.WithDbAsync(db => db.MachineTranslations.CountAsync()));
        var warning = Assert.Single(log.Warnings, w => w.StartsWith("Machine translation", StringComparison.Ordinal));
        Assert.Contains($"\"submission\" {id} from \"es\" into \"fr\" failed", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(proposal.Title!, warning, StringComparison.Ordinal);

        // Once the service is back, the same request is translated.
        Portal.Translation.Mode = TranslationMode.Translates;
        var later = await visitor.GetAsync(Paths.Translated(Paths.Submission(id), "fr"), "fr");
        Assert.Equal(TranslationServer.Translation(proposal.Title!, "fr"), later.QuerySelector("article h1")!.TextContent);
    }

    [Fact]
    public async Task A_service_nobody_listens_at_gives_the_original_with_an_apology()
    {
        var people = await Scenario.CreateAsync(Portal);
        var id = await Scenario.PublishedAsync(Portal, people, Scenario.Proposal("AR", "es"));
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var closedPort = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        await using var factory = Portal.SecondPortal(
            new Dictionary<string, string?> { ["Portal:Translation:Url"] = $"http://127.0.0.1:{closedPort}" }
        );
        using var visitor = factory.CreatePortalClient();

        var page = await visitor.GetAsync(Paths.Translated(Paths.Submission(id), "en"));

        Assert.Equal(HttpStatusCode.OK, visitor.Status);
        Assert.Equal("es", page.QuerySelector("article h1")!.GetAttribute("lang"));
        Assert.StartsWith(
            "The translation service is not available right now",
            page.QuerySelector("[role=status]")!.TextContent.Trim(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task An_edited_text_is_translated_anew_and_its_unchanged_parts_are_not()
    {
        var people = await Scenario.CreateAsync(Portal);
        var id = await Scenario.PublishedAsync(Portal, people, Scenario.Proposal("AR", "es"));
        await using var factory = Translating();
        using var visitor = factory.CreatePortalClient();
        await visitor.GetAsync(Paths.Translated(Paths.Submission(id), "en"));
        Assert.Equal(4, Portal.Translation.Requests.Count);

        var edit = (await Portal.SendAsUserAsync(new Edit.Query(id), people.Support))!;
        edit.Title = "Publicar todos los contratos y sus anexos";
        await Portal.SendAsync(edit, people.Support);
        var page = await visitor.GetAsync(Paths.Translated(Paths.Submission(id), "en"));

        Assert.Equal("[en] Publicar todos los contratos y sus anexos", page.QuerySelector("article h1")!.TextContent);
        Assert.Equal(5, Portal.Translation.Requests.Count);
        Assert.Equal("Publicar todos los contratos y sus anexos", Portal.Translation.Requests[^1].Q);
        Assert.Equal(4, await Portal.WithDbAsync(db => db.MachineTranslations.CountAsync()));
    }

    [Fact]
    public async Task An_address_past_its_limit_of_new_translations_reads_the_original_and_stored_ones_still()
    {
        var people = await Scenario.CreateAsync(Portal);
        var first = await Scenario.PublishedAsync(Portal, people, Scenario.Proposal("AR", "es"));
        var second = await Scenario.PublishedAsync(Portal, people, Scenario.Proposal("CO", "es"));
        await using var factory = Translating(("Portal:RateLimits:TranslationPermitLimit", "1"));
        using var visitor = factory.CreatePortalClient();

        await visitor.GetAsync(Paths.Translated(Paths.Submission(first), "en"));
        var refused = await visitor.GetAsync(Paths.Translated(Paths.Submission(second), "en"));
        var stored = await visitor.GetAsync(Paths.Translated(Paths.Submission(first), "en"));

        Assert.Equal(HttpStatusCode.OK, visitor.Status);
        Assert.StartsWith(
            "You have asked for many translations",
            refused.QuerySelector("[role=status]")!.TextContent.Trim(),
            StringComparison.Ordinal
        );
        Assert.Equal("es", refused.QuerySelector("article h1")!.GetAttribute("lang"));
        Assert.Equal("en", stored.QuerySelector("article h1")!.GetAttribute("lang"));
        Assert.Equal(4, Portal.Translation.Requests.Count);
    }

    private PortalFactory Translating(params (string Key, string Value)[] more) => Translating("4", more);

    private PortalFactory Translating(string timeoutSeconds, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Portal:Translation:Url"] = Portal.Translation.Url,
            ["Portal:Translation:ApiKey"] = "test-key",
            ["Portal:Translation:TimeoutSeconds"] = timeoutSeconds,
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return Portal.SecondPortal(settings);
    }

    private sealed class WarningSink : ILogEventSink
    {
        private readonly ConcurrentQueue<string> _warnings = new();

        public IReadOnlyList<string> Warnings => [.. _warnings];

        public void Emit(LogEvent logEvent)
        {
            if (logEvent.Level >= LogEventLevel.Warning)
            {
                _warnings.Enqueue(logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    private static IElement? LinkOrNull(IHtmlDocument page, string name) =>
        page.QuerySelectorAll("a").FirstOrDefault(a => string.Equals(a.TextContent.Trim(), name, StringComparison.Ordinal));

    private static IElement LinkNamed(IHtmlDocument page, string name) =>
        LinkOrNull(page, name) ?? throw new InvalidOperationException($"No link \"{name}\" on {page.Url}");
}
