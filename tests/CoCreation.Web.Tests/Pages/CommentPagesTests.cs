using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CoCreation.Domain.Comments;
using CoCreation.Web.Tests.Features.Comments;

namespace CoCreation.Web.Tests.Pages;

public sealed class CommentPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_comment_sent_with_the_form_shows_as_plain_text_in_its_language_with_its_links_clickable()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        using var browser = await Portal.SignedInClientAsync("bruno@example.org");
        var page = await browser.GetAsync($"/submissions/{s.Proposal}");

        var shown = await browser.SubmitAsync(
            page,
            "form[action*=Comment]",
            new Dictionary<string, string>
            {
                ["Comment.Text"] = "Voir https://example.org/contrats. <b>Merci</b> <img src=x onerror=alert(1)>",
                ["Comment.Language"] = "fr",
            }
        );

        var id = await Portal.WithDbAsync(db => db.Comments.Select(c => c.Id).SingleAsync());
        var article = shown.QuerySelector($"article#comment-{id}")!;
        var text = article.QuerySelector("p[lang=fr]")!;
        Assert.Equal("https://example.org/contrats", text.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("nofollow", text.QuerySelector("a")!.GetAttribute("rel"), StringComparison.Ordinal);
        Assert.Null(text.QuerySelector("b, img"));
        Assert.Contains("<b>Merci</b>", text.TextContent, StringComparison.Ordinal);
        Assert.Equal("bruno", article.QuerySelector("strong")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_refused_comment_keeps_its_words_with_the_reason_in_french_and_nothing_is_stored()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        using var browser = await Portal.SignedInClientAsync("bruno@example.org");
        await browser.ChooseLanguageAsync("fr");
        var page = await browser.GetAsync($"/submissions/{s.Proposal}");
        var words = new string('a', Domain.Comments.Comment.TextMax + 1);

        var refused = await browser.SubmitAsync(
            page,
            "form[action*=Comment]",
            new Dictionary<string, string> { ["Comment.Text"] = words, ["Comment.Language"] = "fr" }
        );

        Assert.Equal(HttpStatusCode.OK, browser.Status);
        Assert.Equal(words, refused.QuerySelector<IHtmlTextAreaElement>("#Comment_Text")!.Value);
        Assert.Equal("Utilisez au maximum 2000 caractères.", refused.QuerySelector("#Comment_Text-error")!.TextContent.Trim());
        Assert.Equal("fr", refused.DocumentElement.GetAttribute("lang"));
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Comments.CountAsync()));
    }

    [Fact]
    public async Task The_official_replies_on_the_reply_page_with_the_mark_of_their_member()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal), s.Bruno))!.Value;
        using var official = await Portal.SignedInClientAsync("official.ar@example.org");

        var thread = await official.SendFormAsync(
            $"/comments/{id}/reply",
            new Dictionary<string, string> { ["Data.Text"] = "La Secretaría publicará un calendario.", ["Data.Language"] = "es" }
        );

        var reply = thread.QuerySelector($"article#comment-{id} article")!;
        Assert.Contains("Government official — Argentina", reply.QuerySelector(".badge")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("es", reply.QuerySelector("p[lang]")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task Others_cannot_open_the_edit_or_delete_page_of_a_comment_and_visitors_are_sent_to_sign_in()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal), s.Bruno))!.Value;
        using var other = await Portal.SignedInClientAsync("chloe@example.org", followRedirects: false);
        using var visitor = Portal.CreateClient(followRedirects: false);

        using var edit = await other.Http.GetAsync($"/comments/{id}/edit");
        using var delete = await other.Http.GetAsync($"/comments/{id}/delete");
        using var report = await visitor.Http.GetAsync($"/comments/{id}/report");

        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, report.StatusCode);
        Assert.Contains("sign-in", report.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(CommentStatus.Published, await Portal.WithDbAsync(db => db.Comments.Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_report_form_sent_twice_by_a_double_click_stores_one_report_and_a_robot_filling_the_honeypot_none()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal), s.Bruno))!.Value;
        using var chloe = await Portal.SignedInClientAsync("chloe@example.org");
        var form = await chloe.GetAsync($"/comments/{id}/report");
        var values = new Dictionary<string, string> { ["Data.Reason"] = "Spam" };

        var first = await chloe.SubmitAsync(form, "main form", values);
        var firstAddress = chloe.AddressOf(first);
        var second = await chloe.SubmitAsync(form, "main form", values);

        // Both land on the conversation, as if the form had been sent once; no "already reported" for the second.
        Assert.Equal(HttpStatusCode.OK, chloe.Status);
        Assert.Equal($"/submissions/{s.Proposal}", firstAddress.AbsolutePath);
        Assert.Equal(firstAddress.AbsolutePath, chloe.AddressOf(second).AbsolutePath);
        Assert.Equal(1, await Portal.WithDbAsync(db => db.ReaderReports.CountAsync()));

        using var robot = await Portal.SignedInClientAsync("dario@example.org");
        var caught = await robot.SubmitAsync(
            await robot.GetAsync($"/comments/{id}/report"),
            "main form",
            new Dictionary<string, string> { ["Data.Reason"] = "Spam", ["Data.Website"] = "https://spam.example" }
        );
        Assert.Equal($"/submissions/{s.Proposal}", robot.AddressOf(caught).AbsolutePath);
        Assert.Equal(1, await Portal.WithDbAsync(db => db.ReaderReports.CountAsync()));
    }

    [Fact]
    public async Task The_reader_whose_report_hides_a_comment_lands_on_its_place_and_reads_that_the_support_unit_is_looking()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal, "Texto denunciado"), s.Bruno))!.Value;
        foreach (var reader in new[] { s.Chloe, s.Dario })
        {
            await Portal.SendAsync(Scenario.ReportComment(id, ReportReason.Offensive, null), reader);
        }

        using var third = await Portal.SignedInClientAsync("ana@example.org");
        var page = await third.SubmitAsync(
            await third.GetAsync($"/comments/{id}/report"),
            "main form",
            new Dictionary<string, string> { ["Data.Reason"] = "Offensive" }
        );

        Assert.Equal($"comment-{id}", third.AddressOf(page).Fragment.TrimStart('#'));
        var place = page.QuerySelector($"article#comment-{id}");
        Assert.NotNull(place);
        Assert.DoesNotContain("Texto denunciado", place.TextContent, StringComparison.Ordinal);
        Assert.Contains("hidden while the OGP Support Unit reviews it", place.TextContent, StringComparison.Ordinal);
        Assert.Contains("You reported this comment.", place.TextContent, StringComparison.Ordinal);
        // Others who did not report it still find nothing in its place.
        Assert.Null((await Portal.CreateClient().GetAsync($"/submissions/{s.Proposal}")).QuerySelector($"article#comment-{id}"));
    }

    [Fact]
    public async Task The_support_unit_restores_a_hidden_comment_from_its_queue()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal, "Texto denunciado"), s.Bruno))!.Value;
        foreach (var reader in new[] { s.Chloe, s.Dario })
        {
            await Portal.SendAsync(Scenario.ReportComment(id, ReportReason.Offensive, null), reader);
        }

        await Portal.SendAsync(Scenario.ReportComment(id, ReportReason.Other, "Insulte un fonctionnaire"), s.People.Participant);

        using var support = await Portal.SignedInClientAsync("support@example.org");
        var queue = await support.GetAsync("/moderation/comments", "fr");
        Assert.Equal(3, queue.QuerySelectorAll($"article#comment-{id} li").Length);
        // The reader's words follow the colon as each language writes it: "10:00 PM UTC: …", "22:00 UTC : …".
        var english = await support.GetAsync("/moderation/comments", "en");
        Assert.Matches(@"M UTC: Insulte un fonctionnaire", ReportWithText(english, id));
        Assert.Contains("\u00a0: Insulte un fonctionnaire", ReportWithText(queue, id), StringComparison.Ordinal);

        Assert.StartsWith("Rétablir", queue.QuerySelector($"article#comment-{id} button")!.TextContent.Trim());
        var after = await support.SubmitAsync(queue, $"article#comment-{id} form", new Dictionary<string, string>());

        Assert.NotNull(after.QuerySelector("[role=status]"));
        Assert.Null(after.QuerySelector($"article#comment-{id}"));
        var visitor = Portal.CreateClient();
        Assert.NotNull((await visitor.GetAsync($"/submissions/{s.Proposal}")).QuerySelector($"article#comment-{id}"));
    }

    [Fact]
    public async Task A_reported_comment_still_published_is_kept_not_restored_and_the_moderators_box_holds_the_comments_words()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal, "Texto denunciado una vez"), s.Bruno))!.Value;
        await Portal.SendAsync(Scenario.ReportComment(id, ReportReason.Offensive, null), s.Chloe);

        using var support = await Portal.SignedInClientAsync("support@example.org");
        var queue = await support.GetAsync("/moderation/comments");
        Assert.StartsWith("Keep it published", queue.QuerySelector($"article#comment-{id} button")!.TextContent.Trim());
        var one = await support.GetAsync($"/moderation/comments/{id}");
        Assert.Equal("Keep it published", one.QuerySelector("button.btn-success")!.TextContent.Trim());
        Assert.StartsWith("The comment’s words", one.QuerySelector("label[for='Data_Text']")!.TextContent.Trim());
        var french = await support.GetAsync("/moderation/comments", "fr");
        Assert.StartsWith("Le laisser publié", french.QuerySelector($"article#comment-{id} button")!.TextContent.Trim());

        // The decision is the same: the reports are settled and the comment stays where readers read it.
        await support.SubmitAsync(queue, $"article#comment-{id} form", new Dictionary<string, string>());
        Assert.Null((await support.GetAsync("/moderation/comments")).QuerySelector($"article#comment-{id}"));
    }

    [Fact]
    public async Task The_support_units_edit_without_words_is_refused_beside_its_field_and_the_comment_keeps_its_words()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal, "Texto denunciado"), s.Bruno))!.Value;
        await Portal.SendAsync(Scenario.ReportComment(id, ReportReason.Offensive, null), s.Chloe);
        using var support = await Portal.SignedInClientAsync("support@example.org");
        var page = await support.GetAsync($"/moderation/comments/{id}");

        var refused = await support.SubmitAsync(
            page,
            "form[action*='handler=Edit']",
            new Dictionary<string, string> { ["Data.Text"] = " " }
        );

        Assert.Equal(HttpStatusCode.OK, support.Status);
        Assert.NotEqual("", refused.QuerySelector("#Data_Text-error")!.TextContent.Trim());
        Assert.Equal("Texto denunciado", await Portal.WithDbAsync(db => db.Comments.Select(c => c.Text).SingleAsync()));
        // A removal without a reason is refused too, and the edit box above it still holds the comment's words.
        var noReason = await support.SubmitAsync(
            page,
            "form[action*='handler=Remove']",
            new Dictionary<string, string> { ["Data.Reason"] = " " }
        );
        Assert.NotEqual("", noReason.QuerySelector("#Data_Reason-error")!.TextContent.Trim());
        Assert.Equal("Texto denunciado", noReason.QuerySelector("textarea[name='Data.Text']")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_list_shows_each_submissions_published_comments_in_the_same_single_database_command()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var other = await Scenario.PublishedAsync(Portal, s.People, Scenario.Question());
        var first = (await Portal.SendAsync(CommentScenario.On(s.Proposal), s.Bruno))!.Value;
        await Portal.SendAsync(CommentScenario.ReplyTo(first), s.Chloe);
        var removed = (await Portal.SendAsync(CommentScenario.On(s.Proposal, "Off topic"), s.Dario))!.Value;
        await Portal.SendAsync(
            new Web.Features.Comments.Moderate.Command(removed, Web.Features.Comments.Moderate.Decision.Remove, Reason: "x"),
            s.People.Support
        );
        using var visitor = Portal.CreateClient();
        await visitor.GetAsync("/submissions");

        AngleSharp.Html.Dom.IHtmlDocument page = null!;
        var commands = await DbCommands.CountAsync(Portal, async () => page = await visitor.GetAsync("/submissions"));

        Assert.Equal(1, commands);
        Assert.Equal("2 comments", page.QuerySelector($"a[href='/submissions/{s.Proposal}#comments']")!.TextContent.Trim());
        Assert.Equal("0 comments", page.QuerySelector($"a[href='/submissions/{other}#comments']")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_commitment_of_a_published_plan_has_its_conversation_and_an_official_of_another_member_is_a_participant_there()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        await PublishCommitmentAsync();
        using var official = await Portal.SignedInClientAsync("official.co@example.org");
        var page = await official.GetAsync("/commitments/AR0090");

        var shown = await official.SubmitAsync(
            page,
            "form[action*=Comment]",
            new Dictionary<string, string> { ["Comment.Text"] = "¿Cuándo se publica el primer informe?", ["Comment.Language"] = "es" }
        );

        var comment = await Portal.WithDbAsync(db => db.Comments.AsNoTracking().SingleAsync());
        Assert.Equal((CommentTargetKind.Commitment, CommentRole.Participant), (comment.TargetKind, comment.AuthorRole));
        Assert.Equal("/commitments/ar0090", official.AddressOf(shown).AbsolutePath);
        Assert.NotNull(shown.QuerySelector($"article#comment-{comment.Id}"));
        Assert.Null(shown.QuerySelector($"article#comment-{comment.Id} .badge"));
    }

    [Fact]
    public async Task The_moderation_queue_links_a_reported_comment_on_a_commitment_to_its_place_on_the_commitment_page()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var commitment = await PublishCommitmentAsync();
        var id = (
            await Portal.SendAsync(CommentScenario.On(0) with { TargetKind = CommentTargetKind.Commitment, TargetId = commitment }, s.Bruno)
        )!.Value;
        await Portal.SendAsync(Scenario.ReportComment(id, ReportReason.Spam, null), s.Chloe);
        using var support = await Portal.SignedInClientAsync("support@example.org");

        var queue = await support.GetAsync("/moderation/comments");

        Assert.Equal($"/commitments/ar0090#comment-{id}", queue.QuerySelector($"article#comment-{id} h2 a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_reply_page_of_a_reply_says_why_it_cannot_be_answered_instead_of_offering_a_form_it_would_refuse()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var first = (await Portal.SendAsync(CommentScenario.On(s.Proposal), s.Bruno))!.Value;
        var reply = (await Portal.SendAsync(CommentScenario.ReplyTo(first), s.Chloe))!.Value;
        using var dario = await Portal.SignedInClientAsync("dario@example.org");

        var page = await dario.GetAsync($"/comments/{reply}/reply");

        Assert.Equal(HttpStatusCode.OK, dario.Status);
        Assert.Null(page.QuerySelector("main form"));
        Assert.Contains("replies to replies are not possible", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"main a[href='/submissions/{s.Proposal}#comment-{reply}']"));
    }

    /// <summary>Argentina's commitment AR0090, in a published plan; its id.</summary>
    [Fact]
    public async Task A_participant_comments_on_a_published_timeline_and_the_timelines_list_counts_it_in_its_one_command()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        await PublishTimelineAsync(OfficialId(s));
        using var browser = await Portal.SignedInClientAsync("bruno@example.org");
        var page = await browser.GetAsync("/members/ar/timeline");

        var shown = await browser.SubmitAsync(
            page,
            "form[action*=Comment]",
            new Dictionary<string, string>
            {
                ["Comment.Text"] = "¿Dónde será el taller de lanzamiento, y se podrá seguir en línea?",
                ["Comment.Language"] = "es",
            }
        );

        Assert.Equal(HttpStatusCode.OK, browser.Status);
        var id = await Portal.WithDbAsync(db =>
            db.Comments.Where(c => c.TargetKind == CommentTargetKind.Timeline).Select(c => c.Id).SingleAsync()
        );
        Assert.EndsWith(
            $"/members/ar/timeline#comment-{id}",
            browser.LastResponse!.RequestMessage!.RequestUri!.ToString(),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "se podrá seguir en línea",
            shown.QuerySelector($"article#comment-{id} p[lang=es]")!.TextContent,
            StringComparison.Ordinal
        );
        Assert.Equal("Conversation: 1 comment", shown.QuerySelector("#comments")!.TextContent.Trim());

        using var visitor = Portal.CreateClient();
        var read = await visitor.GetAsync("/members/ar/timeline");
        Assert.NotNull(read.QuerySelector($"article#comment-{id}"));
        Assert.Null(read.QuerySelector("form[action*=Comment]"));
        Assert.NotNull(read.QuerySelector("link[rel=alternate][href='/members/ar/comments.atom']"));
        await visitor.GetAsync("/timelines");

        IHtmlDocument list = null!;
        var commands = await DbCommands.CountAsync(Portal, async () => list = await visitor.GetAsync("/timelines"));

        Assert.Equal(1, commands);
        Assert.Equal("1 comment", list.QuerySelector("a[href='/members/ar/timeline#comments']")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_draft_timeline_has_no_conversation_and_its_comment_form_cannot_be_posted()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        await PublishTimelineAsync(OfficialId(s), publish: false);
        var timeline = await Portal.WithDbAsync(db => db.Timelines.Select(t => t.Id).SingleAsync());

        await Assert.ThrowsAsync<Web.Infrastructure.Mediator.InputException>(() =>
            Portal.SendAsync(
                new Web.Features.Comments.Post.Command
                {
                    TargetKind = CommentTargetKind.Timeline,
                    TargetId = timeline,
                    Text = "Early words",
                    Language = "en",
                    IdempotencyKey = Guid.NewGuid(),
                },
                s.Bruno
            )
        );

        Assert.Equal(0, await Portal.WithDbAsync(db => db.Comments.CountAsync()));
        using var browser = await Portal.SignedInClientAsync("bruno@example.org");
        var page = await browser.GetAsync("/members/ar/timeline");
        Assert.Null(page.QuerySelector("form[action*=Comment]"));
        Assert.Null(page.QuerySelector("#comments"));
    }

    [Fact]
    public async Task The_plan_page_shows_each_commitments_published_comments_within_three_database_commands()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var commitment = await PublishCommitmentAsync();
        var first = (await Portal.SendAsync(OnCommitment(commitment, "When does it start?"), s.Bruno))!.Value;
        await Portal.SendAsync(CommentScenario.ReplyTo(first), s.Chloe);
        var removed = (await Portal.SendAsync(OnCommitment(commitment, "Buy cheap watches"), s.Dario))!.Value;
        await Portal.SendAsync(
            new Web.Features.Comments.Moderate.Command(removed, Web.Features.Comments.Moderate.Decision.Remove, Reason: "Spam"),
            s.People.Support
        );
        using var visitor = Portal.CreateClient();
        await visitor.GetAsync("/members/ar/plans/2017-2019");

        IHtmlDocument page = null!;
        var commands = await DbCommands.CountAsync(Portal, async () => page = await visitor.GetAsync("/members/ar/plans/2017-2019"));

        Assert.True(commands <= 3, $"{commands} round trips");
        Assert.Equal("2 comments", page.QuerySelector("a[href='/commitments/ar0090#comments']")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_comment_feeds_carry_published_comments_newest_first_each_in_its_language_and_never_a_removed_or_hidden_one()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var question = (await Portal.SendAsync(CommentScenario.On(s.Proposal, "¿Quién publica los contratos?", "es"), s.Bruno))!.Value;
        await Portal.SendAsync(CommentScenario.ReplyTo(question, "Le ministère, dit la proposition.", "fr"), s.Chloe);
        var removed = (await Portal.SendAsync(CommentScenario.On(s.Proposal, "Removed words", "en"), s.Dario))!.Value;
        await Portal.SendAsync(
            new Web.Features.Comments.Moderate.Command(removed, Web.Features.Comments.Moderate.Decision.Remove, Reason: "Spam"),
            s.People.Support
        );
        var hidden = (await Portal.SendAsync(CommentScenario.On(s.Proposal, "Hidden words", "en"), s.Chloe))!.Value;
        await Portal.WithDbAsync(async db =>
        {
            var comment = await db.Comments.SingleAsync(c => c.Id == hidden);
            comment.CountReport(Guid.NewGuid(), 1);
            await db.SaveChangesAsync();
        });
        using var visitor = Portal.CreateClient();
        var page = await visitor.GetAsync($"/submissions/{s.Proposal}");
        var discovered = page.QuerySelector("link[rel=alternate][type='application/atom+xml'][href$='/comments.atom']")!;
        Assert.Equal($"/submissions/{s.Proposal}/comments.atom", discovered.GetAttribute("href"));

        var response = await visitor.Http.GetAsync(discovered.GetAttribute("href"));
        var feed = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(
            ["Le ministère, dit la proposition.", "¿Quién publica los contratos?"],
            entries.Select(e => e.Element(atom + "content")!.Value)
        );
        Assert.Equal(
            ["fr", "es"],
            entries.Select(e => e.Element(atom + "content")!.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")!.Value)
        );
        Assert.EndsWith(
            $"/submissions/{s.Proposal}#comment-{question}",
            entries[1].Element(atom + "link")!.Attribute("href")!.Value,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("Removed words", feed.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden words", feed.ToString(), StringComparison.Ordinal);

        var member = await visitor.GetAsync("/members/ar");
        Assert.NotNull(member.QuerySelector("link[rel=alternate][href='/members/ar/comments.atom']"));
        var all = System.Xml.Linq.XDocument.Parse(await visitor.Http.GetStringAsync("/members/ar/comments.atom"));
        Assert.Equal(2, all.Root!.Elements(atom + "entry").Count());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync("/members/zz/comments.atom")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync("/submissions/999999/comments.atom")).StatusCode);
    }

    private static Web.Features.Comments.Post.Command OnCommitment(int commitment, string text) =>
        new()
        {
            TargetKind = CommentTargetKind.Commitment,
            TargetId = commitment,
            Text = text,
            Language = "en",
            IdempotencyKey = Guid.NewGuid(),
        };

    private static Guid OfficialId(CommentScenario s) =>
        Guid.Parse(s.People.ArgentinaOfficial.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value);

    private Task PublishTimelineAsync(Guid official, bool publish = true) =>
        Portal.WithDbAsync(async db =>
        {
            var argentina = await db.Members.SingleAsync(m => m.Code == "AR");
            var now = DateTimeOffset.UtcNow;
            var timeline = Domain.Timelines.CoCreationTimeline.Start(argentina.Id, "2017-2019", now);
            timeline.AddActivity(
                null,
                new Domain.Timelines.ActivityDetails(
                    Domain.Timelines.ActivityKind.Workshop,
                    new Domain.Common.LocalizedText("Launch workshop"),
                    null,
                    now.AddDays(20),
                    now.AddDays(20).AddHours(3),
                    "America/Argentina/Buenos_Aires",
                    "Casa Rosada",
                    null,
                    ["es"],
                    "Everyone",
                    "By email",
                    100
                ),
                official,
                now
            );
            if (publish)
            {
                timeline.Publish(official, now);
            }

            db.Timelines.Add(timeline);
            await db.SaveChangesAsync();
        });

    private Task<int> PublishCommitmentAsync() =>
        Portal.WithDbAsync(async db =>
        {
            var argentina = await db.Members.SingleAsync(m => m.Code == "AR");
            var plan = Domain.ActionPlans.NationalActionPlan.Start(argentina.Id, "2017-2019", Domain.ActionPlans.PlanStatus.Implementing);
            plan.AddCommitment("AR", "AR0090", new Domain.Common.LocalizedText("Open contracting"), ["open-contracting"]);
            plan.Publish(DateTimeOffset.UtcNow);
            db.NationalActionPlans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Commitments.Single().Id;
        });

    private static string ReportWithText(IHtmlDocument queue, long id) =>
        queue.QuerySelectorAll($"article#comment-{id} li").Single(li => li.QuerySelector("q") is not null).TextContent;
}
