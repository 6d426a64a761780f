using CoCreation.Domain.Notifications;
using CoCreation.Web.Features.Moderation;
using CoCreation.Web.Features.Notifications;
using CoCreation.Web.Infrastructure.Identity;
using CoCreation.Web.Tests.Features.Comments;
using static CoCreation.Web.Tests.Features.Notifications.NotificationScenario;

namespace CoCreation.Web.Tests.Features.Notifications;

public sealed class FollowTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_participant_follows_Colombia_sees_it_on_their_following_page_and_stops()
    {
        var people = await Scenario.CreateAsync(Portal);

        Assert.True(await Portal.SendAsync(Follow(FollowedKind.Member, "co"), people.Participant));
        Assert.True(await Portal.SendAsync(Follow(FollowedKind.Member, "co"), people.Participant));
        var following = await Portal.SendAsUserAsync(new Following.Query(), people.Participant);
        var state = await Portal.SendAsUserAsync(new FollowState.Query(FollowedKind.Member, "co"), people.Participant);

        Assert.True(state);
        var colombia = Assert.Single(following);
        Assert.Equal(("Colombia", "/members/co", false), (colombia.Title.En, colombia.Link, colombia.Automatic));

        Assert.True(await Portal.SendAsync(Follow(FollowedKind.Member, "co", following: false), people.Participant));
        Assert.Empty(await Portal.SendAsUserAsync(new Following.Query(), people.Participant));
        Assert.False(await Portal.SendAsync(Follow(FollowedKind.Member, "zz"), people.Participant));
    }

    [Fact]
    public async Task Authors_endorsers_and_officials_follow_automatically_and_can_stop()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        await Portal.SendAsync(new Web.Features.Submissions.Endorse.Command(s.Proposal), s.Bruno);

        var author = await Portal.SendAsUserAsync(new Following.Query(), s.People.Participant);
        var endorser = await Portal.SendAsUserAsync(new Following.Query(), s.Bruno);
        var official = await Portal.SendAsUserAsync(new Following.Query(), s.People.ArgentinaOfficial);

        Assert.Equal((FollowedKind.Submission, true), (Assert.Single(author).Kind, author[0].Automatic));
        Assert.Equal(s.Proposal.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(endorser).Key);
        Assert.Equal(("Argentina", true), (Assert.Single(official).Title.En, official[0].Automatic));

        await Portal.SendAsync(Follow(FollowedKind.Member, "ar", following: false), s.People.ArgentinaOfficial);
        Assert.Empty(await Portal.SendAsUserAsync(new Following.Query(), s.People.ArgentinaOfficial));
    }

    [Fact]
    public async Task A_draft_plans_commitment_cannot_be_followed_by_others_and_a_withdrawn_submission_leaves_an_endorsers_list()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        await Portal.WithDbAsync(async db =>
        {
            var argentina = await db.Members.SingleAsync(m => m.Code == "AR");
            var plan = Domain.ActionPlans.NationalActionPlan.Start(argentina.Id, "2019-2021", Domain.ActionPlans.PlanStatus.CoCreation);
            plan.AddCommitment("AR", "AR0190", new Domain.Common.LocalizedText("Draft: open budgets"), ["fiscal-openness"]);
            db.NationalActionPlans.Add(plan);
            await db.SaveChangesAsync();
        });

        // A guessed OGP id of a draft: nothing to follow for a participant (the page answers 404), so its title never
        // shows on their Following page; Argentina's official, who drafts it, may follow it.
        Assert.False(await Portal.SendAsync(Follow(FollowedKind.Commitment, "ar0190"), s.Bruno));
        Assert.Empty(await Portal.SendAsUserAsync(new Following.Query(), s.Bruno));
        Assert.True(await Portal.SendAsync(Follow(FollowedKind.Commitment, "ar0190"), s.People.ArgentinaOfficial));
        Assert.Contains(await Portal.SendAsUserAsync(new Following.Query(), s.People.ArgentinaOfficial), i =>
            i.Title.En == "Draft: open budgets"
        );

        // Bruno endorsed the proposal (and so follows it); once its author withdraws it, his list no longer shows it,
        // the author's still does.
        await Portal.SendAsync(new Web.Features.Submissions.Endorse.Command(s.Proposal), s.Bruno);
        Assert.Single(await Portal.SendAsUserAsync(new Following.Query(), s.Bruno));
        await Portal.SendAsync(new Web.Features.Submissions.Withdraw.Command(s.Proposal), s.People.Participant);
        Assert.Empty(await Portal.SendAsUserAsync(new Following.Query(), s.Bruno));
        Assert.Single(await Portal.SendAsUserAsync(new Following.Query(), s.People.Participant));
    }

    [Fact]
    public async Task Followers_hear_of_each_happening_and_nobody_hears_of_their_own_act()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        await Portal.SendAsync(Follow(FollowedKind.Member, "ar"), s.Chloe);
        await Portal.SendAsync(new Web.Features.Submissions.Endorse.Command(s.Proposal), s.Bruno);
        await RunAsync(Portal.Services);
        await Portal.WithDbAsync(db => db.Notifications.ExecuteDeleteAsync());

        // Forwarded by the support unit, then Bruno comments on it.
        await Portal.SendAsync(new Decide.Command([s.Proposal], Decide.Decision.Forward), s.People.Support);
        await Portal.SendAsync(CommentScenario.On(s.Proposal), s.Bruno);
        await RunAsync(Portal.Services);

        async Task<string[]> KindsAsync(System.Security.Claims.ClaimsPrincipal person) =>
            (await ListAsync(Portal, person)).Select(i => i.Kind.ToString()).Order().ToArray();
        Assert.Equal(["CommentPosted", "SubmissionForwarded"], await KindsAsync(s.People.Participant));
        Assert.Equal(["SubmissionForwarded"], await KindsAsync(s.Bruno));
        Assert.Equal(["CommentPosted", "SubmissionForwarded"], await KindsAsync(s.Chloe));
        Assert.Equal(["CommentPosted", "SubmissionForwarded"], await KindsAsync(s.People.ArgentinaOfficial));
        Assert.Empty(await KindsAsync(s.Dario));
        Assert.Empty(await KindsAsync(s.People.Support));
        Assert.Empty(await KindsAsync(s.People.ColombiaOfficial));

        // Reading: one, then all; the count the header shows follows, in each language's plural (issue 21: not "nueva(s)").
        var first = (await ListAsync(Portal, s.Chloe))[0];
        Assert.Equal(2, await Portal.SendAsUserAsync(new Unread.Query(), s.Chloe));
        using var chloe = await Portal.SignedInClientAsync("chloe@example.org");
        Assert.Equal(
            [("2 nuevas", "2 sin leer.", "Nueva"), ("2 nouvelles", "2 non lues.", "Nouvelle"), ("2 new", "2 unread.", "New")],
            await WordingAsync(chloe, "es", "fr", "en")
        );
        Assert.Equal(1, await Portal.SendAsync(new MarkRead.Command(first.Id), s.Chloe));
        Assert.Equal(
            [("1 nueva", "1 sin leer.", "Nueva"), ("1 nouvelle", "1 non lue.", "Nouvelle"), ("1 new", "1 unread.", "New")],
            await WordingAsync(chloe, "es", "fr", "en")
        );
        Assert.Equal(0, await Portal.SendAsync(new MarkRead.Command(first.Id), s.Dario));
        Assert.Equal(1, await Portal.SendAsUserAsync(new Unread.Query(), s.Chloe));
        await Portal.SendAsync(new MarkRead.Command(null), s.Chloe);
        Assert.Equal(0, await Portal.SendAsUserAsync(new Unread.Query(), s.Chloe));
    }

    [Fact]
    public async Task An_author_whose_submission_waits_for_a_government_contact_hears_of_it_and_meanwhile_is_not_told_to_follow_things()
    {
        var people = await Scenario.CreateAsync(Portal);
        var france = (await Portal.SendAsync(Scenario.Proposal("FR", "fr"), people.Participant))!.Value;
        using var ana = await Portal.SignedInClientAsync("ana@example.org");

        // Ana follows what she wrote from the start: the empty page says so, instead of asking her to follow something.
        var empty = (await ana.GetAsync("/account/notifications")).QuerySelector("main")!.TextContent;
        Assert.Contains("Nothing new yet about what you follow.", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("Follow a country", empty, StringComparison.Ordinal);

        // France has no official on the portal: forwarding holds it, and Ana hears of that as she would of a forwarding.
        await Portal.SendAsync(new Decide.Command([france], Decide.Decision.Publish), people.Support);
        await Portal.SendAsync(new Decide.Command([france], Decide.Decision.Forward), people.Support);
        await RunAsync(Portal.Services);

        Assert.Equal(
            ["SubmissionAwaitingContact", "SubmissionPublished"],
            (await ListAsync(Portal, people.Participant)).Select(i => i.Kind.ToString()).Order().ToArray()
        );
        var page = await ana.GetAsync("/account/notifications", "fr");
        Assert.Contains(
            "en attente d’un contact\u00a0: l’Unité d’appui de l’OGP cherche quelqu’un à inviter",
            page.QuerySelector("main .notification-list")!.TextContent,
            StringComparison.Ordinal
        );
    }

    /// <summary>The header's unread count, the page's sentence and a notification's badge, in each language.</summary>
    private static async Task<List<(string Header, string Count, string Badge)>> WordingAsync(
        PortalClient client,
        params string[] languages
    )
    {
        var seen = new List<(string, string, string)>();
        foreach (var language in languages)
        {
            var page = await client.GetAsync("/account/notifications", language);
            string Text(string selector) => page.QuerySelector(selector)!.TextContent.Trim();
            var header = Text(".notifications-link .unread-count").Trim('(', ')', ' ');
            seen.Add((header, Text("main form p").Split('\n')[0].Trim(), Text(".notification-unread .notification-badge")));
        }

        return seen;
    }

    [Fact]
    public async Task An_official_changing_a_published_timeline_tells_the_members_followers_which_activity_in_their_language()
    {
        var people = await Scenario.CreateAsync(Portal);
        await Portal.SendAsync(Follow(FollowedKind.Member, "ar"), people.Participant);
        await Portal.WithDbAsync(db =>
            db.Users.Where(u => u.Id == people.ParticipantId).ExecuteUpdateAsync(u => u.SetProperty(x => x.PreferredLanguage, "es"))
        );
        await NotificationScenario.ChooseAsync(Portal, people.Participant, EmailChoice.AtOnce);
        await Timelines.TimelineSteps.BuildAsync(Portal, people.ArgentinaOfficial, publish: true);
        await RunAsync(Portal.Services);
        Portal.Smtp.Clear();
        await Portal.WithDbAsync(db => db.Notifications.ExecuteDeleteAsync());

        await Portal.SendAsync(Timelines.TimelineSteps.Workshop("Validation session"), people.ArgentinaOfficial);
        await RunAsync(Portal.Services);

        var told = Assert.Single(await ListAsync(Portal, people.Participant));
        Assert.Equal((HappeningKind.TimelineChanged, "Validation session"), (told.Kind, told.Detail!.En));
        Assert.Empty(await ListAsync(Portal, people.ArgentinaOfficial));
        var email = await Portal.Smtp.WaitForAsync("ana@example.org", m =>
            m.Subject!.Contains("cronograma modificado", StringComparison.Ordinal)
        );
        Assert.Contains("Validation session", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("/members/ar/timeline#activity-", email.TextBody, StringComparison.Ordinal);
    }
}
