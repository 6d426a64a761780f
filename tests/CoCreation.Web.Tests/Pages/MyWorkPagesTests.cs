using AngleSharp.Html.Dom;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Infrastructure.Identity;
using static CoCreation.Web.Tests.Features.Notifications.NotificationScenario;

namespace CoCreation.Web.Tests.Pages;

/// <summary>Officials and the support unit land on "My work" after signing
/// in, with what waits for them counted there and in the navigation.</summary>
public sealed class MyWorkPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Staff_land_on_my_work_after_signing_in_with_their_counts_there_and_in_the_navigation_and_participants_do_not()
    {
        var people = await Scenario.CreateAsync(Portal);
        await Portal.SendAsync(Scenario.Proposal(), people.Participant);
        var forwarded = await Scenario.ForwardedAsync(Portal, people, Scenario.Question());
        // A reader reports a comment: the support unit's queue of reported things counts it until it looks.
        var comment = (await Portal.SendAsync(Features.Comments.CommentScenario.On(forwarded), people.Participant))!.Value;
        var (_, reader) = await Portal.CreateUserAsync("chloe@example.org", roles: Roles.Participant);
        await Portal.SendAsync(Scenario.ReportComment(comment), reader);

        using var support = Portal.CreateClient();
        var work = await support.SignInAsync("support@example.org");
        Assert.Equal("/my-work", support.AddressOf(work).AbsolutePath);
        Assert.Equal("To moderate: 1", work.QuerySelector("#work-moderate")!.TextContent.Trim());
        Assert.Equal("Reported or held comments and submissions: 1", work.QuerySelector("#work-reported")!.TextContent.Trim());
        Assert.Equal("/moderation/comments", work.QuerySelector("#work-reported a")!.GetAttribute("href"));
        Assert.Equal("Blog posts to review: 0", work.QuerySelector("#work-blog")!.TextContent.Trim());
        // 30 members of the week, two of them (Argentina, Colombia) with an official.
        Assert.Equal("Members without a government contact: 28", work.QuerySelector("#work-contacts")!.TextContent.Trim());
        Assert.Equal("/moderation/dashboard#without-contact", work.QuerySelector("#work-contacts a")!.GetAttribute("href"));
        // The header counts what a moderator can work down: the members without a contact wait for their governments.
        Assert.Equal("My work (2)", work.QuerySelector("header a[href='/my-work']")!.TextContent.Trim());

        using var official = Portal.CreateClient();
        var theirs = await official.SignInAsync("official.ar@example.org");
        Assert.Equal("/my-work", official.AddressOf(theirs).AbsolutePath);
        Assert.Equal("To answer: 1", theirs.QuerySelector("#work-answer")!.TextContent.Trim());
        Assert.Null(theirs.QuerySelector("#work-moderate"));
        Assert.Null(theirs.QuerySelector("#work-reported"));
        Assert.Equal("My work (1)", theirs.QuerySelector("header a[href='/my-work']")!.TextContent.Trim());

        using var participant = Portal.CreateClient();
        var home = await participant.SignInAsync("ana@example.org");
        Assert.Equal("/", participant.AddressOf(home).AbsolutePath);
        Assert.Null(home.QuerySelector("a[href='/my-work']"));
        await participant.GetAsync("/my-work");
        Assert.NotEqual(HttpStatusCode.OK, participant.Status);

        using var visitor = Portal.CreateClient();
        Assert.Null((await visitor.GetAsync("/")).QuerySelector("a[href='/my-work']"));

        // A return address still wins over the landing page.
        using var returning = Portal.CreateClient();
        var moderation = await returning.SignInAsync("support@example.org", signInPage: "/account/sign-in?returnUrl=%2Fmoderation");
        Assert.Equal("/moderation", returning.AddressOf(moderation).AbsolutePath);
    }

    [Fact]
    public async Task The_headers_two_counts_cost_an_official_one_database_command_as_the_unread_count_costs_a_participant()
    {
        var people = await Scenario.CreateAsync(Portal);
        await Scenario.ForwardedAsync(Portal, people, Scenario.Question());
        // The official follows Argentina by acting for it: the question published, then forwarded, are two notifications.
        await RunAsync(Portal.Services);

        using var official = Portal.CreateClient();
        await official.SignInAsync("official.ar@example.org");
        using var participant = Portal.CreateClient();
        await participant.SignInAsync("ana@example.org");

        // The same page, not cached for signed-in people. Tests re-check the session on every request, and for staff that
        // reads the two-factor rule too: one command more. The header's counts are one command for both.
        IHtmlDocument? theirs = null;
        var officialCommands = await DbCommands.CountAsync(Portal, async () => theirs = await official.GetAsync("/account/following"));
        var participantCommands = await DbCommands.CountAsync(Portal, () => participant.GetAsync("/account/following"));

        Assert.Equal("My work (1)", theirs!.QuerySelector("header a[href='/my-work']")!.TextContent.Trim());
        Assert.Contains("2 new", theirs.QuerySelector("header a[href='/account/notifications']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(participantCommands + 1, officialCommands);
    }
}
