using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Moderation;

namespace CoCreation.Web.Tests.Pages;

/// <summary>
/// The moderation queue at speed: what the moderator chose (filters, ticks, the reason typed) survives a
/// refusal and a decision, the actions sit above and below the list and only those the stage allows, and
/// counts and ages read as words.
/// </summary>
public sealed class ModerationPagesTests(WebFixture portal) : PortalTest(portal)
{
    // Each action twice: once above the list, once below it.
    private static readonly string[] PendingActions = ["Publish", "Publish", "Reject", "Reject", "Spam", "Spam"];
    private static readonly string[] ForwardingActions = ["Forward", "Forward", "Spam", "Spam"];

    [Fact]
    public async Task A_refusal_keeps_the_filters_the_ticks_and_the_reason_and_a_decision_keeps_the_filters()
    {
        var people = await Scenario.CreateAsync(Portal);
        var first = (await Portal.SendAsync(Scenario.Proposal("AR"), people.Participant))!.Value;
        var second = (await Portal.SendAsync(Scenario.Proposal("AR"), people.Participant))!.Value;
        var third = (await Portal.SendAsync(Scenario.Proposal("AR"), people.Participant))!.Value;
        var colombian = (await Portal.SendAsync(Scenario.Question("CO"), people.Participant))!.Value;
        using var support = await Portal.SignedInClientAsync("support@example.org");

        var queue = await support.GetAsync("/moderation?Filter.Member=AR");
        Assert.Equal(3, Rows(queue));
        Tick(queue, first, second);

        // Reject without a reason: refused, and nothing the moderator did is lost.
        var refused = await support.SubmitAsync(
            queue,
            "main form[method=post]",
            new Dictionary<string, string> { ["Reason"] = "" },
            "button[formaction*='handler=Reject']"
        );
        Assert.NotNull(refused.QuerySelector("[role=alert], .validation-summary-errors"));
        Assert.Equal(3, Rows(refused));
        Assert.Null(refused.QuerySelector($"#select-{colombian}"));
        Assert.Equal("AR", refused.QuerySelector<IHtmlSelectElement>("#Filter_Member")!.Value);
        Assert.Equal([first, second], Ticked(refused));

        // No tick this time, but a reason typed: refused, the reason stays.
        Tick(refused);
        var noneTicked = await support.SubmitAsync(
            refused,
            "main form[method=post]",
            new Dictionary<string, string> { ["Reason"] = "Please name the ministry concerned." },
            "button[formaction*='handler=Reject']"
        );
        Assert.Contains("Select at least one submission", noneTicked.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Please name the ministry concerned.", noneTicked.QuerySelector<IHtmlTextAreaElement>("#Reason")!.Value);
        Assert.Equal(3, Rows(noneTicked));

        // A decision from the lower set of buttons: the queue comes back with the same filter.
        Tick(noneTicked, first, second);
        var done = await support.SubmitAsync(
            noneTicked,
            "main form[method=post]",
            new Dictionary<string, string>(),
            "fieldset:last-of-type button[formaction*='handler=Publish']"
        );
        Assert.Contains("Filter.Member=AR", Uri.UnescapeDataString(support.AddressOf(done).Query), StringComparison.Ordinal);
        Assert.Equal(1, Rows(done));
        Assert.Equal("2 submissions updated.", done.QuerySelector(".alert-success")!.TextContent.Trim());
        // The count is the view's: Argentina's pending one, not the Colombian question of another filter.
        Assert.Equal("1 submission waiting in this view.", done.QuerySelector("main > p[role=status]")!.TextContent.Trim());
        Assert.Equal(SubmissionStatus.Published, await Scenario.SubmissionStatusAsync(Portal, first));
        Assert.Equal(SubmissionStatus.Pending, await Scenario.SubmissionStatusAsync(Portal, third));
    }

    [Fact]
    public async Task Actions_sit_above_and_below_the_list_and_only_those_the_stage_allows()
    {
        var people = await Scenario.CreateAsync(Portal);
        var pending = (await Portal.SendAsync(Scenario.Proposal("AR"), people.Participant))!.Value;
        var published = await Scenario.PublishedAsync(Portal, people, Scenario.Question("AR"));
        using var support = await Portal.SignedInClientAsync("support@example.org");

        var waiting = await support.GetAsync("/moderation");
        Assert.Equal(
            2,
            waiting.QuerySelectorAll("main form[method=post] fieldset legend").Select(l => l.TextContent.Trim()).Distinct().Count()
        );
        Assert.Equal(PendingActions, Handlers(waiting));

        var toForward = await support.GetAsync("/moderation?Filter.Stage=ToForward");
        Assert.Equal(ForwardingActions, Handlers(toForward));
        Tick(toForward, published);
        var forwarded = await support.SubmitAsync(
            toForward,
            "main form[method=post]",
            new Dictionary<string, string>(),
            "fieldset:last-of-type button[formaction*='handler=Forward']"
        );
        Assert.Contains("Filter.Stage=ToForward", Uri.UnescapeDataString(support.AddressOf(forwarded).Query), StringComparison.Ordinal);
        Assert.Equal("1 submission updated.", forwarded.QuerySelector(".alert-success")!.TextContent.Trim());
        Assert.Equal(SubmissionStatus.Forwarded, await Scenario.SubmissionStatusAsync(Portal, published));

        // The server still refuses a move the stage does not offer.
        var again = await support.GetAsync("/moderation");
        await support.PostAsync(
            "/moderation?handler=Forward",
            [
                new("Selected", pending.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("__RequestVerificationToken", Token(again)),
            ]
        );
        Assert.Equal(SubmissionStatus.Pending, await Scenario.SubmissionStatusAsync(Portal, pending));
    }

    [Fact]
    public async Task Counts_and_ages_read_as_words_in_each_language()
    {
        var people = await Scenario.CreateAsync(Portal);
        var old = (await Portal.SendAsync(Scenario.Proposal("AR"), people.Participant))!.Value;
        var fresh = (await Portal.SendAsync(Scenario.Proposal("AR"), people.Participant))!.Value;
        var aDayOld = (await Portal.SendAsync(Scenario.Proposal("AR"), people.Participant))!.Value;
        await Portal.WithDbAsync(async db =>
        {
            await db
                .Submissions.Where(s => s.Id == old)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.SubmittedAt, DateTimeOffset.UtcNow.AddDays(-2.6)));
            await db
                .Submissions.Where(s => s.Id == aDayOld)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.SubmittedAt, DateTimeOffset.UtcNow.AddHours(-25)));
        });
        using var support = await Portal.SignedInClientAsync("support@example.org");

        var queue = await support.GetAsync("/moderation");
        Assert.Equal("3 days", Age(queue, old));
        Assert.Equal("1 day", Age(queue, aDayOld));
        Assert.Equal("less than a day", Age(queue, fresh));
        Assert.Equal("3 submissions waiting in this view.", queue.QuerySelector("main > p[role=status]")!.TextContent.Trim());
        var dashboard = await support.GetAsync("/moderation/dashboard");
        Assert.Equal(
            "3 waiting for moderation; the oldest for 3 days, half of them for more than 1 day.",
            dashboard.QuerySelector("#queue-summary")!.TextContent.Trim()
        );

        await support.ChooseLanguageAsync("fr");
        var french = await support.GetAsync("/moderation");
        Assert.Equal("3 jours", Age(french, old));
        Assert.Equal("1 jour", Age(french, aDayOld));
        Assert.Equal("3 contributions en attente dans cette vue.", french.QuerySelector("main > p[role=status]")!.TextContent.Trim());
        Tick(french, fresh);
        var done = await support.SubmitAsync(
            french,
            "main form[method=post]",
            new Dictionary<string, string>(),
            "button[formaction*='handler=Publish']"
        );
        Assert.Equal("1 contribution mise à jour.", done.QuerySelector(".alert-success")!.TextContent.Trim());

        await support.ChooseLanguageAsync("es");
        var spanish = await support.GetAsync("/moderation");
        Assert.Equal("3 días", Age(spanish, old));
        Assert.Equal("2 contribuciones en espera en esta vista.", spanish.QuerySelector("main > p[role=status]")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_imported_post_gets_a_title_without_hashtags_a_link_to_the_original_and_a_reason_hint_for_a_social_media_author()
    {
        var people = await Scenario.CreateAsync(Portal);
        const string text = "#myNAPask #Argentina Publiquen todos los contratos de obra pública #OpenContracting";
        const string posts = $"""
            handle,text,date,url,language
            @civica_ar,"{text}",2017-03-28T14:05:00Z,https://twitter.example/civica_ar/1,es
            """;
        await Portal.SendAsync(new Import.Command(posts, null), people.Support);
        var id = await Portal.WithDbAsync(db => db.Submissions.Select(s => s.Id).SingleAsync());
        using var support = await Portal.SignedInClientAsync("support@example.org");

        var queue = await support.GetAsync("/moderation");
        Assert.Equal(
            "Publiquen todos los contratos de obra pública",
            queue.QuerySelector($"a[href='/moderation/{id}']")!.TextContent.Trim()
        );
        var review = await support.GetAsync($"/moderation/{id}");
        Assert.Equal("https://twitter.example/civica_ar/1", review.QuerySelector("#original-post")!.GetAttribute("href"));
        var reason = review.QuerySelector("label[for=Reason]")!.TextContent + review.QuerySelector("#Reason-hint")!.TextContent;
        Assert.DoesNotContain("will read it", reason, StringComparison.Ordinal);
        Assert.Contains("not notified", reason, StringComparison.Ordinal);

        // A participant's own proposal keeps the wording meant for an author who reads the reason.
        var own = (await Portal.SendAsync(Scenario.Proposal("AR"), people.Participant))!.Value;
        var ownReview = await support.GetAsync($"/moderation/{own}");
        Assert.Contains("will read it", ownReview.QuerySelector("label[for=Reason]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(ownReview.QuerySelector("#original-post"));

        await Portal.SendAsync(new Decide.Command([id], Decide.Decision.Publish), people.Support);
        using var visitor = Portal.CreateClient();
        var page = await visitor.GetAsync($"/submissions/{id}");
        Assert.Equal("https://twitter.example/civica_ar/1", page.QuerySelector("#original-post")!.GetAttribute("href"));
        Assert.Equal("Publiquen todos los contratos de obra pública", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Publishing_then_forwarding_one_submission_each_end_with_a_sentence_saying_what_happened()
    {
        var people = await Scenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(Scenario.Proposal("AR"), people.Participant))!.Value;
        using var support = await Portal.SignedInClientAsync("support@example.org");
        const string decide = "section[aria-labelledby=decide] form";

        var review = await support.GetAsync($"/moderation/{id}");
        Assert.Null(review.QuerySelector("#decided"));
        var published = await support.SubmitAsync(
            review,
            decide,
            new Dictionary<string, string>(),
            "button[formaction*='handler=Publish']"
        );
        Assert.Equal($"/moderation/{id}", support.AddressOf(published).AbsolutePath);
        Assert.Equal("The submission is published.", published.QuerySelector("[role=status]#decided")!.TextContent.Trim());

        var forwarded = await support.SubmitAsync(
            published,
            decide,
            new Dictionary<string, string>(),
            "button[formaction*='handler=Forward']"
        );
        Assert.Equal(SubmissionStatus.Forwarded, await Scenario.SubmissionStatusAsync(Portal, id));
        Assert.Equal(
            "The submission is forwarded: the government’s officials are told by email.",
            forwarded.QuerySelector("[role=status]#decided")!.TextContent.Trim()
        );
        Assert.Null((await support.GetAsync($"/moderation/{id}")).QuerySelector("#decided"));
    }

    private static int Rows(IHtmlDocument queue) => queue.QuerySelectorAll("main tbody tr").Length;

    private static void Tick(IHtmlDocument queue, params long[] ids)
    {
        foreach (var box in queue.QuerySelectorAll<IHtmlInputElement>("input[name=Selected]"))
        {
            box.IsChecked = ids.Contains(long.Parse(box.Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static long[] Ticked(IHtmlDocument queue) =>
        queue
            .QuerySelectorAll<IHtmlInputElement>("input[name=Selected]")
            .Where(b => b.IsChecked)
            .Select(b => long.Parse(b.Value, System.Globalization.CultureInfo.InvariantCulture))
            .Order()
            .ToArray();

    private static IEnumerable<string> Handlers(IHtmlDocument queue) =>
        queue
            .QuerySelectorAll("main form[method=post] button[formaction]")
            .Select(b => b.GetAttribute("formaction")!.Split("handler=")[1])
            .Order(StringComparer.Ordinal);

    private static string Age(IHtmlDocument queue, long id) =>
        queue.QuerySelector($"#select-{id}")!.Closest("tr")!.QuerySelector("time")!.TextContent.Trim();

    private static string Token(IHtmlDocument page) =>
        page.QuerySelector<IHtmlInputElement>("main form[method=post] input[name=__RequestVerificationToken]")!.Value;
}
