using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CoCreation.Web.Features.Moderation;

namespace CoCreation.Web.Tests.Pages;

public sealed class SubmissionPagesTests(WebFixture portal) : PortalTest(portal)
{
    /// <summary>Ana, the scenario's participant, signed in and reading in <paramref name="language"/> when one is given.</summary>
    private async Task<PortalClient> AnaAsync(string? language = null)
    {
        await Scenario.CreateAsync(Portal);
        var browser = await Portal.SignedInClientAsync("ana@example.org");
        if (language is not null)
        {
            await browser.ChooseLanguageAsync(language);
        }

        return browser;
    }

    [Fact]
    public async Task A_participant_sends_a_proposal_with_the_form_and_a_double_post_makes_one()
    {
        using var browser = await AnaAsync();
        var form = await browser.GetAsync("/submissions/submit?member=ar");
        Assert.Equal("AR", form.QuerySelector<IHtmlSelectElement>("#Data_MemberCode")!.Value);
        var values = new Dictionary<string, string>
        {
            ["Data.Kind"] = "CommitmentProposal",
            ["Data.Title"] = "Publicar los contratos",
            ["Data.Problem"] = "No se publican.",
            ["Data.ProposedCommitment"] = "Publicarlos en datos abiertos.",
            ["Data.PolicyArea"] = "open-contracting",
            ["Data.Language"] = "es",
        };

        var sent = await browser.SubmitAsync(form, "main form", values);
        var address = browser.AddressOf(sent);
        var again = await browser.SubmitAsync(form, "main form", values);

        Assert.StartsWith("/submissions/", address.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("sent=True", address.Query, StringComparison.Ordinal);
        Assert.Equal(address.AbsolutePath, browser.AddressOf(again).AbsolutePath);
        Assert.NotNull(sent.QuerySelector("[role=status]"));
        Assert.Equal(1, await Portal.WithDbAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task A_refused_submission_keeps_every_field_typed_with_the_reason_in_spanish()
    {
        using var browser = await AnaAsync("es");

        var refused = await browser.SendFormAsync(
            "/submissions/submit",
            new Dictionary<string, string>
            {
                ["Data.MemberCode"] = "AR",
                ["Data.Kind"] = "CommitmentProposal",
                ["Data.Title"] = "Contratos abiertos",
                ["Data.Problem"] = "",
                ["Data.ProposedCommitment"] = "Publicar todo.",
                ["Data.Organisation"] = "Poder Ciudadano (ejemplo)",
            }
        );

        Assert.Equal(HttpStatusCode.OK, browser.Status);
        Assert.Equal("Este campo es obligatorio.", refused.QuerySelector("#Data_Problem-error")!.TextContent.Trim());
        Assert.Equal("Publicar todo.", refused.QuerySelector<IHtmlTextAreaElement>("#Data_ProposedCommitment")!.Value);
        Assert.Equal("Poder Ciudadano (ejemplo)", refused.QuerySelector<IHtmlInputElement>("#Data_Organisation")!.Value);
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task The_history_in_french_keeps_the_colon_after_the_date_with_an_unbreakable_space()
    {
        using var browser = await AnaAsync("fr");

        var sent = await browser.SendFormAsync(
            "/submissions/submit?member=ar",
            new Dictionary<string, string>
            {
                ["Data.Kind"] = "Question",
                ["Data.Title"] = "Calendrier",
                ["Data.Body"] = "Quand sont les ateliers ?",
            }
        );

        var step = sent.QuerySelector("#history + ol li")!.TextContent;
        Assert.Matches(@"\u00a0:\s+Envoyée", step);
    }

    [Theory]
    [InlineData("en", "The problem: This field is required.")]
    [InlineData("fr", "Le problème\u00a0: Ce champ est obligatoire.")]
    public async Task The_error_summary_joins_label_and_reason_as_the_language_writes_it(string language, string expected)
    {
        using var browser = await AnaAsync(language);

        var refused = await browser.SendFormAsync(
            "/submissions/submit",
            new Dictionary<string, string>
            {
                ["Data.MemberCode"] = "AR",
                ["Data.Kind"] = "CommitmentProposal",
                ["Data.Title"] = "Open contracting",
                ["Data.ProposedCommitment"] = "Publish everything.",
                ["Data.PolicyArea"] = "open-contracting",
            }
        );

        Assert.Contains(expected, refused.QuerySelectorAll("#form-errors li").Select(li => li.TextContent), StringComparer.Ordinal);
    }

    [Fact]
    public async Task The_form_asks_for_the_kind_first_and_a_form_sent_without_one_is_refused_with_a_reason_not_taken_for_a_proposal()
    {
        using var browser = await AnaAsync();
        var form = await browser.GetAsync("/submissions/submit?member=ar");

        // Nothing ticked yet: the hint says the questions depend on the choice, and the kind comes before them.
        Assert.Empty(form.QuerySelectorAll("input[name='Data.Kind'][checked]"));
        var kinds = form.QuerySelector("main form input[name='Data.Kind']")!.Closest("fieldset")!;
        Assert.Equal(
            "Choose first what you are sending: the questions that follow depend on it.",
            form.GetElementById(kinds.GetAttribute("aria-describedby")!.Split(' ')[0])!.TextContent.Trim()
        );
        Assert.Equal(
            DocumentPositions.Following,
            kinds.CompareDocumentPosition(form.QuerySelector("#Data_Title")!) & DocumentPositions.Following
        );
        // Each kind's questions stand in their own group, which the stylesheet shows only for the kind ticked.
        Assert.NotNull(form.QuerySelector(".kind-proposal #Data_Problem"));
        Assert.NotNull(form.QuerySelector(".kind-other #Data_Body"));
        Assert.Null(form.QuerySelector(".kind-proposal #Data_Body"));
        using var css = Portal.CreateClient();
        var stylesheet = await css.Http.GetStringAsync(new Uri("/css/site.css", UriKind.Relative));
        Assert.Contains(
            ".submission-form:not(:has(input[name=\"Data.Kind\"][value=\"CommitmentProposal\"]:checked)) .kind-proposal",
            stylesheet,
            StringComparison.Ordinal
        );

        var refused = await browser.SubmitAsync(
            form,
            "main form",
            new Dictionary<string, string> { ["Data.Title"] = "Hours of the workshops", ["Data.Body"] = "When are they?" }
        );

        Assert.Equal(HttpStatusCode.OK, browser.Status);
        Assert.Equal("Choose what you are sending.", refused.QuerySelector("#kind-error")!.TextContent.Trim());
        Assert.Contains(refused.QuerySelectorAll("[role=alert] a"), a =>
            a.TextContent.Contains("Choose what you are sending.", StringComparison.Ordinal)
            && a.GetAttribute("href") == "#kind-CommitmentProposal"
        );
        Assert.Equal("When are they?", refused.QuerySelector<IHtmlTextAreaElement>("#Data_Body")!.Value);
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Submissions.CountAsync()));

        var chosen = await browser.GetAsync("/submissions/submit?member=ar&kind=Question");
        Assert.NotNull(chosen.QuerySelector("#kind-Question[checked]"));
    }

    [Fact]
    public async Task A_question_sent_with_proposal_fields_filled_in_keeps_none_of_them()
    {
        using var browser = await AnaAsync();
        var form = await browser.GetAsync("/submissions/submit?member=ar");

        // Without :has() (or after switching kinds) the proposal fields may still hold text; it is not stored.
        await browser.SubmitAsync(
            form,
            "main form",
            new Dictionary<string, string>
            {
                ["Data.Kind"] = "Question",
                ["Data.Title"] = "Hours of the workshops",
                ["Data.Body"] = "When are they?",
                ["Data.Problem"] = "Typed before switching to a question",
                ["Data.ProposedCommitment"] = "Also typed before",
                ["Data.PolicyArea"] = "open-contracting",
            }
        );

        var stored = await Portal.WithDbAsync(db => db.Submissions.SingleAsync());
        Assert.Equal("When are they?", stored.Body);
        Assert.Null(stored.Problem);
        Assert.Null(stored.ProposedCommitment);
        Assert.Null(stored.PolicyArea);
    }

    [Fact]
    public async Task Required_fields_say_so_in_their_labels_on_the_submission_register_event_and_activity_forms()
    {
        await Scenario.CreateAsync(Portal);
        await Portal.CreateUserAsync("su@example.org", roles: Web.Infrastructure.Identity.Roles.SupportUnit);
        using var anonymous = Portal.CreateClient();
        var register = await anonymous.GetAsync("/account/register", "es");
        Assert.Equal("Correo electrónico (obligatorio)", Label(register, "Data_Email"));
        Assert.DoesNotContain("obligatorio", Label(register, "Data_Organisation"), StringComparison.Ordinal);

        using var participant = await Portal.SignedInClientAsync("ana@example.org");
        var submit = await participant.GetAsync("/submissions/submit");
        Assert.EndsWith("(required)", Label(submit, "Data_Title"), StringComparison.Ordinal);
        Assert.EndsWith("(required)", Label(submit, "Data_Problem"), StringComparison.Ordinal);
        Assert.DoesNotContain("(required)", Label(submit, "Data_ExpectedResults"), StringComparison.Ordinal);
        Assert.EndsWith(
            "(required)",
            submit.QuerySelector("input[name='Data.Kind']")!.Closest("fieldset")!.QuerySelector("legend")!.TextContent.Trim(),
            StringComparison.Ordinal
        );

        using var staff = await Portal.SignedInClientAsync("su@example.org");
        var create = await staff.GetAsync("/events/create", "fr");
        Assert.EndsWith("(obligatoire)", Label(create, "Data_Starts"), StringComparison.Ordinal);
        Assert.DoesNotContain("(obligatoire)", Label(create, "Data_Capacity"), StringComparison.Ordinal);

        using var official = await Portal.SignedInClientAsync("official.ar@example.org");
        await official.SubmitAsync(
            await official.GetAsync("/members/ar/timeline/edit"),
            "form[action*='handler=Cycle']",
            new Dictionary<string, string> { ["CycleForm.Cycle"] = "2017-2019" }
        );
        var activity = await official.GetAsync("/members/ar/timeline/activity");
        Assert.EndsWith("(required)", Label(activity, "Data_StartsLocal"), StringComparison.Ordinal);
        Assert.DoesNotContain("(required)", Label(activity, "Data_Capacity"), StringComparison.Ordinal);

        static string Label(IDocument page, string id) => page.QuerySelector($"label[for={id}]")!.TextContent.Trim();
    }

    [Fact]
    public async Task The_public_list_costs_one_database_command_on_page_one_and_deep_pages()
    {
        var people = await Scenario.CreateAsync(Portal);
        var ids = new List<long>();
        for (var i = 0; i < 30; i++)
        {
            ids.Add((await Portal.SendAsync(Scenario.Question(), people.Participant))!.Value);
        }

        await Portal.SendAsync(new Decide.Command(ids, Decide.Decision.Publish), people.Support);
        using var browser = Portal.CreateClient();
        await browser.GetAsync("/submissions");
        await browser.GetAsync("/submissions?Kind=Question&Q=workshops");

        var first = await DbCommands.CountAsync(Portal, () => browser.GetAsync("/submissions?Kind=Question&Q=workshops"));
        var page = await browser.GetAsync("/submissions");
        var next = page.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await DbCommands.CountAsync(Portal, () => browser.GetAsync(next));

        // The page of rows is one round trip, on page 1 and deep pages alike; the member list for the
        // filter was read once, by the first visit, and is kept in memory, as are the search's lexemes and
        // PostgreSQL's statistics of common words that choose how a search is found (SearchShape).
        Assert.Equal(1, first);
        Assert.Equal(1, second);
        Assert.Equal(10, (await browser.GetAsync(next)).QuerySelectorAll("main ol > li").Length);
    }

    [Fact]
    public async Task Who_may_open_what_submissions_pages_403_not_500()
    {
        var people = await Scenario.CreateAsync(Portal);
        var colombian = (await Portal.SendAsync(Scenario.Question("CO"), people.Participant))!.Value;
        var pending = (await Portal.SendAsync(Scenario.Question("AR"), people.Participant))!.Value;
        await Portal.SendAsync(new Decide.Command([colombian], Decide.Decision.Publish), people.Support);
        await Portal.SendAsync(new Decide.Command([colombian], Decide.Decision.Forward), people.Support);

        using var anonymous = Portal.CreateClient(followRedirects: false);
        // Signed out, the form explains why an account is needed and keeps the way back; sending still needs one.
        var why = await anonymous.GetAsync("/submissions/submit?member=co");
        Assert.Equal(HttpStatusCode.OK, anonymous.Status);
        Assert.Null(why.QuerySelector("main form[method=post]"));
        Assert.Equal(
            "/account/register?returnUrl=%2Fsubmissions%2Fsubmit%3Fmember%3Dco",
            why.QuerySelector("#why-account ~ p a, section[aria-labelledby=why-account] a.btn-primary")!.GetAttribute("href")
        );
        await anonymous.PostAsync("/submissions/submit", [new("Data.Title", "x")]);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.Status);
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Submissions.CountAsync(s => s.Title == "x")));
        await anonymous.GetAsync($"/submissions/{pending}");
        Assert.Equal(HttpStatusCode.NotFound, anonymous.Status);

        var (_, _) = await Portal.CreateUserAsync("other@example.org", roles: Web.Infrastructure.Identity.Roles.Participant);
        using var other = await Portal.SignedInClientAsync("other@example.org");
        foreach (
            var (path, status) in new[]
            {
                ("/moderation", HttpStatusCode.Forbidden),
                ("/answers", HttpStatusCode.Forbidden),
                ($"/submissions/{pending}", HttpStatusCode.NotFound),
                ($"/submissions/{colombian}", HttpStatusCode.OK),
            }
        )
        {
            await other.GetAsync(path);
            Assert.True(status == other.Status, $"participant {path}: {other.Status}");
        }

        using var argentine = await Portal.SignedInClientAsync("official.ar@example.org");
        await argentine.GetAsync($"/answers/{colombian}");
        Assert.Equal(HttpStatusCode.Forbidden, argentine.Status);
        await argentine.GetAsync("/answers");
        Assert.Equal(HttpStatusCode.OK, argentine.Status);

        using var colombianOfficial = await Portal.SignedInClientAsync("official.co@example.org");
        var answer = await colombianOfficial.GetAsync($"/answers/{colombian}");
        Assert.Equal(HttpStatusCode.OK, colombianOfficial.Status);
        Assert.NotNull(answer.QuerySelector("#Data_Reason"));

        using var support = await Portal.SignedInClientAsync("support@example.org");
        await support.GetAsync("/moderation");
        Assert.Equal(HttpStatusCode.OK, support.Status);
        await support.GetAsync($"/moderation/{pending}");
        Assert.Equal(HttpStatusCode.OK, support.Status);
    }

    [Fact]
    public async Task Feeds_and_downloads_carry_the_published_submissions_with_their_answers()
    {
        var people = await Scenario.CreateAsync(Portal);
        var answered = (await Portal.SendAsync(Scenario.Question(), people.Participant))!.Value;
        var published = (await Portal.SendAsync(Scenario.Proposal(), people.Participant))!.Value;
        await Portal.SendAsync(Scenario.Question(), people.Participant);
        await Portal.SendAsync(new Decide.Command([answered, published], Decide.Decision.Publish), people.Support);
        await Portal.SendAsync(new Decide.Command([answered], Decide.Decision.Forward), people.Support);
        await Portal.SendAsync(
            Scenario.Answer(answered, Domain.Submissions.AnswerOutcome.Answered, "On 4 April, \"room 2\", ministry."),
            people.ArgentinaOfficial
        );
        using var browser = Portal.CreateClient();

        XNamespace atom = "http://www.w3.org/2005/Atom";
        using var feed = await browser.Http.GetAsync("/submissions/feed.atom");
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType!.MediaType);
        var entries = XDocument.Parse(await feed.Content.ReadAsStringAsync()).Root!.Elements(atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        // Each title is marked with the language its author wrote it in (the question in English, the proposal in Spanish).
        Assert.Equal(["es", "en"], entries.Select(e => e.Element(atom + "title")!.Attribute(XNamespace.Xml + "lang")?.Value));
        var answers = XDocument
            .Parse(await browser.Http.GetStringAsync("/submissions/answers.atom"))
            .Root!.Elements(atom + "entry")
            .ToList();
        Assert.Contains("room 2", Assert.Single(answers).Element(atom + "content")!.Value, StringComparison.Ordinal);

        var csv = (await browser.Http.GetStringAsync("/submissions/export.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,url,kind,status,member,title", csv[0], StringComparison.Ordinal);
        Assert.Equal(3, csv.Length);
        Assert.Contains(
            "\"On 4 April, \"\"room 2\"\", ministry.\"",
            csv[1..].Single(l => l.StartsWith(answered + ",", StringComparison.Ordinal)),
            StringComparison.Ordinal
        );
        using var json = System.Text.Json.JsonDocument.Parse(await browser.Http.GetStringAsync("/submissions/export.json"));
        Assert.Equal(2, json.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Too_many_submissions_from_one_account_get_429_with_retry_after()
    {
        await Scenario.CreateAsync(Portal);
        await using var factory = Portal.SecondPortal(
            new Dictionary<string, string?> { ["Portal:RateLimits:ContributionPermitLimit"] = "2" }
        );
        using var browser = factory.CreatePortalClient();
        await browser.SignInAsync("ana@example.org");

        for (var i = 0; i < 3; i++)
        {
            await browser.SendFormAsync(
                "/submissions/submit",
                new Dictionary<string, string>
                {
                    ["Data.MemberCode"] = "AR",
                    ["Data.Kind"] = "Question",
                    ["Data.Title"] = "Q" + i,
                    ["Data.Body"] = "When?",
                    ["Data.Language"] = "en",
                }
            );
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, browser.Status);
        Assert.True(browser.LastResponse!.Headers.Contains("Retry-After"));
        Assert.Equal(2, await Portal.WithDbAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task Odd_addresses_and_form_values_get_an_answer_never_a_500()
    {
        var people = await Scenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(Scenario.Question(), people.Participant))!.Value;
        using var anonymous = Portal.CreateClient();
        var huge = new string('x', 5000);
        foreach (
            var query in new[]
            {
                "Kind=Mars",
                "Status=Pending",
                "Status=Spam",
                "Language=de",
                "PolicyArea=" + huge,
                "Q=" + huge,
                "Q=%00",
                "Q=%F0%9F%8C%8D",
                "Q=!!!%27%22",
                "After=-1-1",
                "After=" + long.MaxValue + "-" + long.MaxValue,
                "Member=%3Cscript%3E",
                "Kind=1",
                "Kind=999",
                "Member=" + huge,
            }
        )
        {
            await anonymous.GetAsync("/submissions?" + query);
            Assert.True((int)anonymous.Status < 500, $"/submissions?{query}: {anonymous.Status}");
        }

        foreach (
            var path in new[]
            {
                "/submissions/0",
                "/submissions/99999999999999999",
                "/submissions/-5",
                "/submissions/abc",
                "/submissions/" + long.MaxValue,
                "/answers/1",
                "/moderation/1",
            }
        )
        {
            await anonymous.GetAsync(path);
            Assert.True((int)anonymous.Status < 500, $"{path}: {anonymous.Status}");
        }

        using var support = await Portal.SignedInClientAsync("support@example.org");
        var queue = await support.GetAsync("/moderation");
        foreach (
            var values in new Dictionary<string, string>[]
            {
                new() { ["Selected"] = "abc" },
                new() { ["Selected"] = "99999999999999999999999" },
                new() { ["Selected"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Reason"] = huge },
                new() { ["Selected"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Reason"] = "a\0b" },
            }
        )
        {
            await support.SubmitAsync(queue, "main form[method=post]", values, "button[formaction*=Reject]");
            Assert.True((int)support.Status < 500, $"reject {string.Join(",", values.Keys)}: {support.Status}");
        }

        Assert.Equal(
            Domain.Submissions.SubmissionStatus.Pending,
            await Portal.WithDbAsync(db => db.Submissions.Select(s => s.Status).SingleAsync())
        );
    }
}
