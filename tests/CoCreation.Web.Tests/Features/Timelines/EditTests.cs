using CoCreation.Domain.Common;
using CoCreation.Domain.Timelines;
using CoCreation.Web.Features.Timelines;
using CoCreation.Web.Infrastructure.Mediator;

namespace CoCreation.Web.Tests.Features.Timelines;

public sealed class EditTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task An_official_builds_a_draft_that_visitors_do_not_see_until_it_is_published_with_the_two_weeks_check_met()
    {
        var people = await Scenario.CreateAsync(Portal);
        await TimelineSteps.BuildAsync(Portal, people.ArgentinaOfficial, publish: false);

        Assert.Null((await Portal.QueryAsync(new Details.Query("ar")))!.Timeline);
        var preview = (await Portal.SendAsUserAsync(new Details.Query("ar", Preview: true), people.ArgentinaOfficial))!.Timeline!;
        Assert.Equal(TwoWeeksResult.NotYetMeasurable, preview.Check.Result);

        await Portal.SendAsync(new Publish.Command("ar"), people.ArgentinaOfficial);

        var timeline = (await Portal.QueryAsync(new Details.Query("AR")))!.Timeline!;
        Assert.Equal("2017-2019", timeline.Cycle);
        Assert.Equal(["Consultation", null], timeline.Phases.Select(p => p.Name?.En));
        Assert.Equal(
            ["Webinar for the diaspora in Madrid", "Meeting with civil society in Córdoba"],
            timeline.Phases[1].Activities.Select(a => a.Title.En)
        );
        var launch = timeline.Phases[0].Activities.Single();
        Assert.Equal(new DateTimeOffset(TimelineSteps.Ahead.AddHours(3), TimeSpan.Zero), launch.StartsAt);
        Assert.Equal(["es", "en"], launch.Languages);
        Assert.Equal(TwoWeeksResult.Met, timeline.Check.Result);
        Assert.Equal(timeline.PublishedAt, timeline.Check.PublishedAt);
        Assert.Equal(launch.StartsAt, timeline.Check.FirstActivityStartsAt);
        Assert.Empty(timeline.Revisions);

        var audit = await Portal.WithDbAsync(db =>
            db.AuditEntries.Where(a => a.Action.StartsWith("timeline.")).OrderBy(a => a.Id).ToListAsync()
        );
        Assert.Equal(
            [
                "timeline.created",
                "timeline.phase-added",
                "timeline.activity-added",
                "timeline.activity-added",
                "timeline.activity-added",
                "timeline.published",
            ],
            audit.Select(a => a.Action)
        );
        Assert.Equal(
            System.Text.Json.JsonValueKind.Null,
            System.Text.Json.JsonDocument.Parse(audit[^1].Before!).RootElement.GetProperty("publishedAt").ValueKind
        );
        Assert.Equal(
            System.Text.Json.JsonValueKind.String,
            System.Text.Json.JsonDocument.Parse(audit[^1].After!).RootElement.GetProperty("publishedAt").ValueKind
        );
        Assert.Equal("official.ar@example.org", audit[^1].ActorName);
    }

    [Fact]
    public async Task After_publication_a_move_and_a_cancellation_show_as_revisions_and_in_the_audit_trail()
    {
        var people = await Scenario.CreateAsync(Portal);
        var ids = await TimelineSteps.BuildAsync(Portal, people.ArgentinaOfficial, publish: true);
        var form = (await Portal.SendAsUserAsync(new SaveActivity.Query("ar", ids[1]), people.ArgentinaOfficial))!.Command;

        await Portal.SendAsync(
            form with
            {
                StartsLocal = form.StartsLocal!.Value.AddHours(2),
                EndsLocal = form.EndsLocal!.Value.AddHours(2),
                Place = "Cabildo de Córdoba",
            },
            people.ArgentinaOfficial
        );
        await Portal.SendAsync(new CancelActivity.Command("ar", ids[2]), people.Support);

        var timeline = (await Portal.QueryAsync(new Details.Query("ar")))!.Timeline!;
        Assert.Equal([TimelineChange.ActivityCancelled, TimelineChange.ActivityChanged], timeline.Revisions.Select(r => r.Change));
        Assert.Equal(["Time", "Place"], timeline.Revisions[1].Fields);
        Assert.Equal("Meeting with civil society in Córdoba", timeline.Revisions[1].Subject);
        Assert.True(timeline.Activities.Single(a => a.Id == ids[2]).Cancelled);
        var updated = await Portal.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "timeline.activity-updated").SingleAsync());
        Assert.Contains("Casa Rosada", updated.Before, StringComparison.Ordinal);
        Assert.Contains("Cabildo de C", updated.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_nothing_is_stored()
    {
        var people = await Scenario.CreateAsync(Portal);
        await TimelineSteps.BuildAsync(Portal, people.ArgentinaOfficial, publish: false);
        var before = await Portal.WithDbAsync(db => db.Set<TimelineActivity>().CountAsync());

        var refused = await Assert.ThrowsAsync<InputException>(() =>
            Portal.SendAsync(
                TimelineSteps.Workshop() with
                {
                    Kind = null,
                    TimeZone = "Nowhere/Atlantis",
                    EndsLocal = TimelineSteps.Ahead.AddHours(-1),
                    Place = "",
                    Languages = "spanish",
                    OnlineLink = "javascript:alert(1)",
                },
                people.ArgentinaOfficial
            )
        );
        Assert.Equal(["EndsLocal", "Kind", "Languages", "OnlineLink", "TimeZone"], refused.Errors.Keys.Order());

        var ancient = await Assert.ThrowsAsync<InputException>(() =>
            Portal.SendAsync(TimelineSteps.Workshop(zone: "Asia/Manila", starts: new DateTime(1, 1, 1, 0, 0, 0)), people.ArgentinaOfficial)
        );
        Assert.Contains("StartsLocal", ancient.Errors.Keys);

        // 2 a.m. on the last Sunday of March does not exist in Paris.
        var skipped = await Assert.ThrowsAsync<DomainException>(() =>
            Portal.SendAsync(
                TimelineSteps.Workshop(zone: "Europe/Paris", starts: new DateTime(2031, 3, 30, 2, 30, 0)),
                people.ArgentinaOfficial
            )
        );
        Assert.Equal("Domain.Timeline.TimeSkipped", skipped.Code);
        var empty = await Assert.ThrowsAsync<DomainException>(() => Portal.SendAsync(new Publish.Command("co"), people.Support));
        Assert.Equal("Domain.Timeline.StartFirst", empty.Code);
        Assert.Equal(before, await Portal.WithDbAsync(db => db.Set<TimelineActivity>().CountAsync()));
    }

    [Fact]
    public async Task An_official_of_another_member_and_a_participant_are_refused_on_every_timeline_action()
    {
        var people = await Scenario.CreateAsync(Portal);
        var ids = await TimelineSteps.BuildAsync(Portal, people.ArgentinaOfficial, publish: false);
        var actions = new Func<System.Security.Claims.ClaimsPrincipal, Task>[]
        {
            who => Portal.SendAsUserAsync(new Edit.Query("ar"), who),
            who => Portal.SendAsUserAsync(new Details.Query("ar", Preview: true), who),
            who => Portal.SendAsUserAsync(new SaveActivity.Query("ar", ids[0]), who),
            who => Portal.SendAsync(new SaveCycle.Command { Code = "ar", Cycle = "2019-2021" }, who),
            who =>
                Portal.SendAsync(
                    new AddPhase.Command
                    {
                        Code = "ar",
                        Name = new() { En = "Hijacked" },
                    },
                    who
                ),
            who => Portal.SendAsync(TimelineSteps.Workshop("Hijacked"), who),
            who => Portal.SendAsync(TimelineSteps.Workshop("Hijacked") with { ActivityId = ids[0] }, who),
            who => Portal.SendAsync(new CancelActivity.Command("ar", ids[0]), who),
            who => Portal.SendAsync(new Publish.Command("ar"), who),
        };

        foreach (var who in new[] { people.ColombiaOfficial, people.Participant })
        {
            foreach (var action in actions)
            {
                await Assert.ThrowsAsync<UnauthorizedAccessException>(() => action(who));
            }
        }

        var timeline = (await Portal.SendAsUserAsync(new Details.Query("ar", Preview: true), people.Support))!.Timeline!;
        Assert.Null(timeline.PublishedAt);
        Assert.Equal("2017-2019", timeline.Cycle);
        Assert.DoesNotContain(timeline.Activities, a => a.Title.En == "Hijacked" || a.Cancelled);
    }

    [Fact]
    public async Task A_later_cycle_after_publication_starts_the_next_timeline_and_the_published_one_stays_public()
    {
        var people = await Scenario.CreateAsync(Portal);
        await TimelineSteps.BuildAsync(Portal, people.ArgentinaOfficial, publish: true);

        await Portal.SendAsync(new SaveCycle.Command { Code = "ar", Cycle = "2019-2021" }, people.ArgentinaOfficial);

        var editor = (await Portal.SendAsUserAsync(new Edit.Query("ar"), people.ArgentinaOfficial))!;
        Assert.Equal("2019-2021", editor.Cycle);
        Assert.Null(editor.PublishedAt);
        Assert.Empty(editor.Activities);
        var published = (await Portal.QueryAsync(new Details.Query("ar")))!.Timeline!;
        Assert.Equal("2017-2019", published.Cycle);
        Assert.Equal(3, published.Activities.Count());
        Assert.Empty(published.Revisions);
    }
}
