using CoCreation.Domain.Submissions;
using CoCreation.Web.Tests.Features.Timelines;

namespace CoCreation.Web.Tests.Pages;

/// <summary>The home page after the Global Co-creation Week
/// (27–30 March 2017): it says the week is over and leads with what is open now.</summary>
public sealed class HomePagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task After_the_week_the_home_page_says_when_it_was_and_leads_with_what_is_coming_open_consultations_and_latest_answers()
    {
        var people = await Scenario.CreateAsync(Portal);
        await Portal.WithDbAsync(async db =>
        {
            for (var day = 1; day <= 6; day++)
            {
                db.Events.Add(TestEvents.Webinar(DateTimeOffset.UtcNow.AddDays(day), capacity: 50));
            }

            await db.SaveChangesAsync();
        });
        await TimelineSteps.BuildAsync(Portal, people.ArgentinaOfficial, publish: true);
        var answered = await Scenario.ForwardedAsync(Portal, people, Scenario.Proposal());
        await Portal.SendAsync(
            Scenario.Answer(answered, AnswerOutcome.NotIncluded, "Ya se publican desde 2016 en el portal de compras."),
            people.ArgentinaOfficial
        );

        using var visitor = Portal.CreateClient();
        var home = await visitor.GetAsync("/");

        Assert.Equal("Global Co-creation Week took place on 27–30 March 2017.", home.QuerySelector("#campaign-over")!.TextContent.Trim());
        var main = home.QuerySelector("main")!;
        var order = main.QuerySelectorAll("h2").Select(h => h.Id).ToList();
        Assert.True(order.IndexOf("open-now") < order.IndexOf("about"), string.Join(", ", order));

        // Six webinars to come: the block shows five, the rest is one link away; the week's own events are past.
        var comingUp = home.QuerySelector("#coming-up")!.ParentElement!;
        Assert.Equal(5, comingUp.QuerySelectorAll("li").Length);
        Assert.All(comingUp.QuerySelectorAll("li a").Select(a => a.TextContent), title => Assert.Equal("Americas webinar", title));
        Assert.NotNull(comingUp.QuerySelector("a[href='/events']"));
        Assert.DoesNotMatch(@"\d+/\d+/\d{4}", comingUp.TextContent);

        var consultations = home.QuerySelector("#consultations")!.ParentElement!;
        var argentina = Assert.Single(consultations.QuerySelectorAll("li a"));
        Assert.Equal(("Argentina", "/members/ar/timeline"), (argentina.TextContent, argentina.GetAttribute("href")));
        Assert.NotNull(consultations.QuerySelector("a[href='/timelines']"));

        var answers = home.QuerySelector("#latest-answers")!.ParentElement!;
        var answer = Assert.Single(answers.QuerySelectorAll("li a"));
        Assert.Equal(
            ("Publicar todos los contratos públicos", $"/submissions/{answered}#answer"),
            (answer.TextContent, answer.GetAttribute("href"))
        );
        Assert.NotNull(answers.QuerySelector("a[href='/submissions?Status=Answered']"));

        Assert.Contains(
            "tuvo lugar del 27 al 30 de marzo de 2017.",
            (await visitor.GetAsync("/", language: "es")).QuerySelector("#campaign-over")!.TextContent,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "a eu lieu du 27 au 30 mars 2017.",
            (await visitor.GetAsync("/", language: "fr")).QuerySelector("#campaign-over")!.TextContent,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task With_no_consultation_or_answer_yet_those_blocks_say_so_and_still_link_to_their_full_list()
    {
        await Scenario.LoadCampaignAsync(Portal);
        using var visitor = Portal.CreateClient();

        var home = await visitor.GetAsync("/");

        Assert.NotNull(home.QuerySelector("#coming-up")!.ParentElement!.QuerySelector("a[href='/events']"));
        Assert.Contains(
            "No country has a consultation planned at the moment.",
            home.QuerySelector("#consultations")!.ParentElement!.TextContent,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "No submission has been answered yet.",
            home.QuerySelector("#latest-answers")!.ParentElement!.TextContent,
            StringComparison.Ordinal
        );
        Assert.NotNull(home.QuerySelector("#latest-answers")!.ParentElement!.QuerySelector("a[href='/submissions?Status=Answered']"));
    }

    [Fact]
    public async Task Send_a_proposal_and_find_your_country_come_before_the_long_campaign_text_in_every_phase()
    {
        await Scenario.LoadCampaignAsync(Portal);
        using var visitor = Portal.CreateClient();

        var home = await visitor.GetAsync("/");

        var main = home.QuerySelector("main")!;
        var inOrder = main.QuerySelectorAll("a, h2").ToList();
        var send = inOrder.FindIndex(e => e.TextContent.Trim() == "Send a proposal");
        var find = inOrder.FindIndex(e => e.TextContent.Trim() == "Find your country");
        var about = inOrder.FindIndex(e => e.Id == "about");
        Assert.True(send >= 0 && find >= 0 && send < about && find < about, $"{send}, {find}, {about}");
        Assert.Equal("/submissions/submit", inOrder[send].GetAttribute("href"));
        Assert.Equal("/members", inOrder[find].GetAttribute("href"));
        // The campaign's text is all still there, below.
        Assert.NotNull(main.QuerySelector("#participate"));
        Assert.NotNull(main.QuerySelector("#participants"));
    }
}
