namespace CoCreation.Web.Tests.Pages;

/// <summary>Words as a person reads them, page by page: nothing said twice, a rule of 100 % said as "every".</summary>
public sealed class WordsPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task An_answered_question_reads_answered_once_in_the_list_and_in_my_submissions()
    {
        using var ana = await AnsweredQuestionsAuthorAsync();
        foreach (var path in new[] { "/submissions", "/submissions/mine" })
        {
            var page = await ana.GetAsync(path);
            var text = page.QuerySelector("main")!.TextContent;
            Assert.Contains("Answered", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Answered — Answered", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("en", @"^\d{1,2} [A-Z][a-z]+ \d{4}$")]
    [InlineData("fr", @"^\d{1,2} [a-zéû]+ \d{4}$")]
    [InlineData("es", @"^\d{1,2} de [a-z]+ de \d{4}$")]
    public async Task Dates_give_the_month_in_words_so_nobody_reads_12_6_as_december_or_june(string language, string day)
    {
        using var ana = await AnsweredQuestionsAuthorAsync();

        var dates = new List<string>();
        foreach (var path in new[] { "/submissions", "/submissions/mine", "/account/notifications" })
        {
            var page = await ana.GetAsync(path, language);
            dates.AddRange(page.QuerySelectorAll("main time").Select(t => t.TextContent.Trim()));
        }

        Assert.NotEmpty(dates);
        Assert.All(dates, date => Assert.DoesNotContain("/", date, StringComparison.Ordinal));
        Assert.Contains(dates, date => System.Text.RegularExpressions.Regex.IsMatch(date, day));
    }

    /// <summary>Ana, signed in, whose question Argentina's official has answered.</summary>
    private async Task<PortalClient> AnsweredQuestionsAuthorAsync()
    {
        var people = await Scenario.CreateAsync(Portal);
        var id = await Scenario.ForwardedAsync(Portal, people, Scenario.Question());
        await Portal.SendAsync(
            Scenario.Answer(id, Domain.Submissions.AnswerOutcome.Answered, "On 4 April, room 2."),
            people.ArgentinaOfficial
        );
        return await Portal.SignedInClientAsync("ana@example.org");
    }

    [Fact]
    public async Task Filters_are_labelled_as_filters_not_as_the_questions_of_the_form()
    {
        await Scenario.LoadCampaignAsync(Portal);
        using var visitor = Portal.CreateClient();

        foreach (var path in new[] { "/submissions", "/events" })
        {
            var labels = (await visitor.GetAsync(path))
                .QuerySelectorAll("main form[method=get] label")
                .Select(l => l.TextContent.Trim())
                .ToList();
            Assert.Contains("Language", labels);
            Assert.DoesNotContain("Language of your text", labels);
            Assert.DoesNotContain("What are you sending?", labels);
        }
    }

    [Theory]
    [InlineData("en", "every published submission")]
    [InlineData("fr", "chaque contribution publiée")]
    [InlineData("es", "cada contribución publicada")]
    public async Task The_scorecard_says_every_submission_is_answered_not_at_least_100_percent(string language, string expected)
    {
        await Scenario.LoadCampaignAsync(Portal);
        using var visitor = Portal.CreateClient();

        var text = (await visitor.GetAsync("/members/ar/scorecard", language)).QuerySelector("main")!.TextContent;

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("100 %", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "1 official has forwarded submissions", "1 officials")]
    [InlineData("fr", "1 responsable a des contributions", "1 responsables")]
    [InlineData("es", "1 funcionario tiene contribuciones", "1 funcionarios")]
    [InlineData("en", "1 forwarded submission in 1 member", "1 members")]
    [InlineData("fr", "1 contribution transmise chez 1 membre", "1 membres")]
    [InlineData("es", "1 contribución reenviada en 1 miembro", "1 miembros")]
    public async Task The_dashboard_counts_one_in_the_singular(string language, string expected, string wrong)
    {
        var people = await Scenario.CreateAsync(Portal);
        await Scenario.ForwardedAsync(Portal, people, Scenario.Proposal());

        using var support = await Portal.SignedInClientAsync("support@example.org");
        var text = (await support.GetAsync("/moderation/dashboard", language)).QuerySelector("main")!.TextContent;

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_help_request_leads_the_support_unit_to_its_answer_not_to_forwarding()
    {
        var people = await Scenario.CreateAsync(Portal);
        var help = Scenario.Question("FR") with { Kind = Domain.Submissions.SubmissionKind.HelpRequest, Title = "Help with our coalition" };
        var id = await Scenario.PublishedAsync(Portal, people, help);

        using var support = await Portal.SignedInClientAsync("support@example.org");
        var review = await support.GetAsync($"/moderation/{id}");
        var decide = review.QuerySelector("#decide")!.ParentElement!;
        var answer = decide.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Answer this help request");
        Assert.Equal($"/answers/{id}", answer.GetAttribute("href"));
        Assert.DoesNotContain(decide.QuerySelectorAll("button"), b => b.TextContent.Trim() == "Forward to the officials");

        var queue = await support.GetAsync("/moderation?Filter.Stage=ToForward");
        var row = queue
            .QuerySelectorAll("main tbody tr")
            .Single(r => r.TextContent.Contains("Help with our coalition", StringComparison.Ordinal));
        Assert.DoesNotContain("no government contact", row.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", @"\b(tú|tu|tus|te|puedes|tienes|quieres|usa|sé|suscríbete|ábrete)\b")]
    [InlineData("fr", @"\b(tu|toi|ton|ta|tes|peux|dois|veux)\b")]
    public async Task The_campaign_on_the_home_page_addresses_the_reader_formally(string language, string informal)
    {
        await Scenario.LoadCampaignAsync(Portal);
        using var visitor = Portal.CreateClient();

        var text = (await visitor.GetAsync("/", language)).QuerySelector("main")!.TextContent;

        var found = System
            .Text.RegularExpressions.Regex.Matches(text, informal, System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            .Select(m => text.Substring(Math.Max(0, m.Index - 30), Math.Min(60, text.Length - Math.Max(0, m.Index - 30))))
            .ToList();
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("fr", "La campagne «\u00a0Semaine mondiale de la co-création\u00a0» a eu lieu du 27 au 30 mars 2017.")]
    [InlineData("es", "La campaña «Semana Global de Cocreación» tuvo lugar del 27 al 30 de marzo de 2017.")]
    public async Task The_ended_campaign_is_named_in_a_whole_sentence_with_its_article(string language, string expected)
    {
        await Scenario.LoadCampaignAsync(Portal);
        using var visitor = Portal.CreateClient();

        var over = (await visitor.GetAsync("/", language)).QuerySelector("#campaign-over")!.TextContent.Trim();

        Assert.Equal(expected, over);
    }
}
