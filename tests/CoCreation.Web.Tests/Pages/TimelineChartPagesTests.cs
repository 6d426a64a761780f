using AngleSharp.Html.Dom;
using Microsoft.Extensions.Time.Testing;

namespace CoCreation.Web.Tests.Pages;

/// <summary>
/// /members/{code}/timeline draws the timeline as a picture (issue 19): phases on a time axis, today, and the two-weeks check.
/// </summary>
public sealed class TimelineChartPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_timeline_picture_is_named_shows_today_and_says_the_philippines_published_too_late_and_argentina_in_time()
    {
        Assert.True(await Scenario.LoadDemoAsync(Portal));
        using var visitor = Portal.CreateClient();

        var late = await visitor.GetAsync("/members/ph/timeline");
        var chart = Chart(late);
        Assert.Contains("Philippines", Named(late, chart), StringComparison.Ordinal);
        var check = chart.QuerySelector(".tl-check-text")!;
        Assert.Contains("two-weeks standard not met", check.TextContent, StringComparison.Ordinal);
        Assert.Contains("under 14", check.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("✗", check.TextContent, StringComparison.Ordinal);
        Assert.Contains("tl-check-NotMet", check.ClassName, StringComparison.Ordinal);
        Assert.Contains("not met", chart.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        // The demo is dated 2017: today lies after the axis, so the chart says where it is, with the date.
        var today = chart.QuerySelector(".tl-today-text")!.TextContent;
        Assert.StartsWith("Today:", today, StringComparison.Ordinal);
        Assert.EndsWith("→", today, StringComparison.Ordinal);
        Assert.Contains(
            DateTimeOffset.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            today,
            StringComparison.Ordinal
        );

        // The list stays the alternative, and the picture points to it.
        Assert.NotNull(late.QuerySelector("figure.timeline-chart a[href='#timeline-list']"));
        Assert.NotEmpty(late.QuerySelectorAll("#timeline-list article"));

        var onTime = await visitor.GetAsync("/members/ar/timeline");
        chart = Chart(onTime);
        Assert.Contains("Argentina", Named(onTime, chart), StringComparison.Ordinal);
        check = chart.QuerySelector(".tl-check-text")!;
        Assert.Contains("two-weeks standard met", check.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("✓", check.TextContent, StringComparison.Ordinal);
        Assert.Contains("tl-check-Met", check.ClassName, StringComparison.Ordinal);
        // Four phases as bands, five activities, the forum meeting told apart, months and the year on the axis.
        Assert.Equal(4, chart.QuerySelectorAll("rect.tl-phase").Length);
        Assert.Equal(5, chart.QuerySelectorAll(".tl-mark").Length);
        Assert.Single(chart.QuerySelectorAll(".tl-forum"));
        var labels = chart.QuerySelectorAll("text").Select(t => t.TextContent).ToList();
        Assert.Contains("Mar", labels);
        Assert.Contains("Apr", labels);
        Assert.Contains("2017", labels);
        Assert.Contains(onTime.QuerySelectorAll(".tl-legend li"), li => li.TextContent.Contains("Forum meeting", StringComparison.Ordinal));

        var french = Chart(await visitor.GetAsync("/members/ar/timeline", "fr"));
        Assert.Contains("norme des deux semaines respectée", french.QuerySelector(".tl-check-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("mars", french.QuerySelectorAll("text").Select(t => t.TextContent));
        Assert.Contains("Publié le 1 mars", french.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pictures_description_counts_in_words_one_phase_two_activities_and_names_forum_meetings_only_when_there_are()
    {
        Assert.True(await Scenario.LoadDemoAsync(Portal));
        using var visitor = Portal.CreateClient();

        // The Philippines: one phase, two activities, no forum meeting.
        Assert.StartsWith(
            "1 phase and 2 activities, from ",
            Description(await visitor.GetAsync("/members/ph/timeline")),
            StringComparison.Ordinal
        );
        Assert.StartsWith(
            "1 phase et 2 activités, du ",
            Description(await visitor.GetAsync("/members/ph/timeline", "fr")),
            StringComparison.Ordinal
        );
        Assert.StartsWith(
            "1 fase y 2 actividades, del ",
            Description(await visitor.GetAsync("/members/ph/timeline", "es")),
            StringComparison.Ordinal
        );
        // Argentina: four phases, five activities, one of them a forum meeting.
        Assert.StartsWith(
            "4 phases and 5 activities, 1 of them a forum meeting, from ",
            Description(await visitor.GetAsync("/members/ar/timeline")),
            StringComparison.Ordinal
        );
        Assert.StartsWith(
            "4 phases et 5 activités, dont 1 réunion du forum, du ",
            Description(await visitor.GetAsync("/members/ar/timeline", "fr")),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task While_co_creation_runs_today_is_a_line_on_the_axis()
    {
        // Started before the demo is loaded: a portal refuses to start in tests while demo accounts are open.
        await using var during = Portal.WithClock(new FakeTimeProvider(new DateTimeOffset(2017, 4, 5, 12, 0, 0, TimeSpan.Zero)));
        using var visitor = during.CreatePortalClient();
        Assert.True(await Scenario.LoadDemoAsync(Portal));

        var chart = Chart(await visitor.GetAsync("/members/ar/timeline"));

        Assert.NotNull(chart.QuerySelector("path.tl-today"));
        Assert.Equal("Today", chart.QuerySelector(".tl-today-text")!.TextContent);
        Assert.Contains("April 5, 2017", chart.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phone_gets_the_picture_drawn_narrow_with_each_phase_named_in_full_above_its_row_and_the_check_on_short_lines()
    {
        Assert.True(await Scenario.LoadDemoAsync(Portal));
        using var visitor = Portal.CreateClient();

        var page = await visitor.GetAsync("/members/ph/timeline");

        var narrow = page.QuerySelector("figure.timeline-chart svg.timeline-svg-narrow[role=img]")!;
        Assert.Contains("Philippines", Named(page, narrow), StringComparison.Ordinal);
        Assert.StartsWith("0 0 360 ", narrow.GetAttribute("viewBox"), StringComparison.Ordinal);
        var phases = page.QuerySelectorAll("#timeline-list > section > h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(phases, narrow.QuerySelectorAll("text.tl-label").Select(t => t.TextContent));
        Assert.DoesNotContain(narrow.QuerySelectorAll("text.tl-label"), t => t.HasAttribute("text-anchor"));
        var lines = narrow.QuerySelectorAll(".tl-check-text tspan").Select(t => t.TextContent).ToList();
        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.True(line.Length <= 50, line));
        Assert.Contains("two-weeks standard not met", string.Join(" ", lines), StringComparison.Ordinal);
        // The wide picture is still there for wide screens; the stylesheet shows one of the two.
        Assert.NotNull(page.QuerySelector("figure.timeline-chart svg.timeline-svg-wide[role=img]"));
    }

    private static AngleSharp.Dom.IElement Chart(IHtmlDocument page)
    {
        var chart = page.QuerySelector("figure.timeline-chart svg[role=img]");
        Assert.NotNull(chart);
        return chart;
    }

    /// <summary>The accessible name and description the SVG points to with aria-labelledby.</summary>
    private static string Named(IHtmlDocument page, AngleSharp.Dom.IElement chart)
    {
        var ids = chart.GetAttribute("aria-labelledby")!.Split(' ');
        var texts = ids.Select(id => page.GetElementById(id)?.TextContent ?? "").ToList();
        Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t)));
        return string.Join(" ", texts);
    }

    private static string Description(IHtmlDocument page) => Chart(page).QuerySelector("desc")!.TextContent;
}
