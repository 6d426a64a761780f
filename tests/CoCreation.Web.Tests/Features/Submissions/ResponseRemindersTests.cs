using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Moderation;
using CoCreation.Web.Features.Submissions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoCreation.Web.Tests.Features.Submissions;

public sealed class ResponseRemindersTests(WebFixture portal) : PortalTest(portal)
{
    private const string Argentina = "official.ar@example.org";
    private const string Colombia = "official.co@example.org";

    [Fact]
    public async Task An_official_is_reminded_at_7_14_and_28_days_and_at_the_last_step_the_support_unit_is_told_too()
    {
        var (_, id, forwardedAt) = await ForwardedProposalAsync();
        var clock = new FakeTimeProvider(forwardedAt);
        await using var timed = Portal.WithClock(clock);

        var sent = new List<(int Hours, int Officials)>();
        foreach (var hours in new[] { 6 * 24 + 23, 7 * 24, 7 * 24 + 1, 8 * 24, 13 * 24, 14 * 24, 15 * 24, 28 * 24, 29 * 24, 60 * 24 })
        {
            clock.SetUtcNow(forwardedAt.AddHours(hours));
            sent.Add((hours, await RoundAsync(timed)));
        }

        Assert.Equal([7 * 24, 14 * 24, 28 * 24], sent.Where(s => s.Officials > 0).Select(s => s.Hours));
        Assert.All(sent, s => Assert.True(s.Officials <= 1));
        var reminders = await RemindersAsync(Argentina);
        Assert.Equal(["Reminder: 1 submission is waiting for your answer"], reminders.Select(m => m.Subject).Distinct());
        Assert.Equal(3, reminders.Count);
        Assert.Contains(
            "Publicar todos los contratos públicos (Argentina) — forwarded 7 days ago",
            reminders[0].TextBody,
            StringComparison.Ordinal
        );
        Assert.Contains($"https://localhost/answers/{id}", reminders[0].TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Support Unit", reminders[1].TextBody, StringComparison.Ordinal);
        Assert.Contains(
            "Those waiting 28 days or more have also been reported to the OGP Support Unit.",
            reminders[2].TextBody,
            StringComparison.Ordinal
        );
        var escalation = Assert.Single(
            await Portal.WithDbAsync(db =>
                db.OutboxMessages.Where(m => m.To == "support@example.org" && m.Subject.StartsWith("Escalation")).ToListAsync()
            )
        );
        Assert.Equal("Escalation: 1 submission unanswered after 28 days", escalation.Subject);
        Assert.Contains($"reminded: official.ar <{Argentina}>", escalation.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://localhost/submissions/{id}", escalation.TextBody, StringComparison.Ordinal);
        var recorded = await Portal.WithDbAsync(db =>
            db.ResponseReminders.OrderBy(r => r.Step)
                .Select(r => new
                {
                    r.SubmissionId,
                    r.Step,
                    r.Escalated,
                    r.SentAt,
                })
                .ToListAsync()
        );
        Assert.Equal([(7, false), (14, false), (28, true)], recorded.Select(r => (r.Step, r.Escalated)));
        Assert.All(recorded, r => Assert.Equal(id, r.SubmissionId));
        Assert.Equal(forwardedAt.AddDays(28), recorded[^1].SentAt);
        await Portal.Smtp.WaitForAsync(Argentina, m => m.Subject!.StartsWith("Reminder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_email_a_day_at_most_lists_every_submission_due_whatever_its_step_in_the_official_s_language()
    {
        var people = await Scenario.CreateAsync(Portal);
        await Portal.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Email == Colombia).ExecuteUpdateAsync(u => u.SetProperty(x => x.PreferredLanguage, "es"));
            return 0;
        });
        var first = await Scenario.ForwardedAsync(Portal, people, Scenario.Proposal());
        var forwardedAt = await ForwardedAtAsync(first);
        var clock = new FakeTimeProvider(forwardedAt);
        await using var timed = Portal.WithClock(clock);
        clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromHours(12));
        var second = await ForwardAsync(timed, people, Scenario.Question());
        var colombian = await ForwardAsync(timed, people, Scenario.Proposal("CO"));

        // Day 14 and a half: the first is at step 14 (its step 7 never sent), the second at step 7, one email lists both.
        clock.SetUtcNow(forwardedAt.AddDays(14.5));
        Assert.Equal(2, await RoundAsync(timed));
        var both = Assert.Single(await RemindersAsync(Argentina));
        Assert.Equal("Reminder: 2 submissions are waiting for your answer", both.Subject);
        Assert.Contains("These 2 submissions were forwarded to you", both.TextBody, StringComparison.Ordinal);
        Assert.Contains("forwarded 14 days ago", both.TextBody, StringComparison.Ordinal);
        Assert.Contains("forwarded 7 days ago", both.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://localhost/answers\n", both.TextBody, StringComparison.Ordinal);
        var spanish = Assert.Single(
            await Portal.WithDbAsync(db =>
                db.OutboxMessages.Where(m => m.To == Colombia && m.Subject.StartsWith("Recordatorio")).ToListAsync()
            )
        );
        Assert.Equal("Recordatorio: 1 contribución espera su respuesta", spanish.Subject);
        Assert.Contains("(Colombia) — enviada hace 7 días", spanish.TextBody, StringComparison.Ordinal);

        // Day 15: a third is forwarded. Day 21: nothing new is due (the first's 14 and the second's 7 were sent).
        clock.SetUtcNow(forwardedAt.AddDays(15));
        var third = await ForwardAsync(timed, people, Scenario.Question());
        clock.SetUtcNow(forwardedAt.AddDays(21));
        Assert.Equal(0, await RoundAsync(timed));
        // Day 21 and a half: the second reaches step 14 (and Colombia's proposal too, for its own official).
        clock.SetUtcNow(forwardedAt.AddDays(21.5));
        Assert.Equal(2, await RoundAsync(timed));

        // Day 22: the third reaches step 7, but the official had an email half a day ago: it waits until a day has passed.
        clock.SetUtcNow(forwardedAt.AddDays(22));
        Assert.Equal(0, await RoundAsync(timed));
        clock.SetUtcNow(forwardedAt.AddDays(22.5));
        Assert.Equal(1, await RoundAsync(timed));

        var emails = await RemindersAsync(Argentina);
        Assert.Equal(3, emails.Count);
        Assert.Equal("Reminder: 1 submission is waiting for your answer", emails[^1].Subject);
        Assert.Contains($"/answers/{third}", emails[^1].TextBody, StringComparison.Ordinal);
        Assert.Contains($"/answers/{second}", emails[1].TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain($"/answers/{first}", emails[1].TextBody, StringComparison.Ordinal);
        Assert.All(emails.GroupBy(m => (m.CreatedAt - forwardedAt).Days), day => Assert.Single(day));
        Assert.NotEqual(0, colombian);
    }

    [Fact]
    public async Task The_answer_stops_the_reminders()
    {
        var (people, id, forwardedAt) = await ForwardedProposalAsync();
        var clock = new FakeTimeProvider(forwardedAt.AddDays(7));
        await using var timed = Portal.WithClock(clock);
        Assert.Equal(1, await RoundAsync(timed));

        clock.Advance(TimeSpan.FromDays(2));
        await timed.SendAsync(
            Scenario.Answer(id, AnswerOutcome.NotIncluded, "Ya existe una ley de contrataciones abiertas."),
            people.ArgentinaOfficial
        );
        foreach (var day in new[] { 14, 28, 40 })
        {
            clock.SetUtcNow(forwardedAt.AddDays(day));
            Assert.Equal(0, await RoundAsync(timed));
        }

        Assert.Single(await RemindersAsync(Argentina));
        Assert.Empty(await Portal.WithDbAsync(db => db.OutboxMessages.Where(m => m.Subject.StartsWith("Escalation")).ToListAsync()));
    }

    [Fact]
    public async Task The_schedule_is_a_setting()
    {
        var (_, _, forwardedAt) = await ForwardedProposalAsync();
        var clock = new FakeTimeProvider(forwardedAt.AddDays(3));
        await using var custom = new PortalFactory(
            Portal.Database.ConnectionString,
            Portal.Smtp.Port,
            new Dictionary<string, string?> { ["Portal:Notifications:ReminderDays:0"] = "3", ["Portal:Notifications:ReminderDays:1"] = "5" }
        )
        {
            Clock = clock,
        };

        Assert.Equal(1, await RoundAsync(custom));
        clock.SetUtcNow(forwardedAt.AddDays(5));
        Assert.Equal(1, await RoundAsync(custom));

        Assert.Equal(
            [(3, false), (5, true)],
            await Portal.WithDbAsync(db =>
                db.ResponseReminders.OrderBy(r => r.Step).Select(r => new ValueTuple<int, bool>(r.Step, r.Escalated)).ToListAsync()
            )
        );
        Assert.Single(
            await Portal.WithDbAsync(db =>
                db.OutboxMessages.Where(m => m.Subject == "Escalation: 1 submission unanswered after 5 days").ToListAsync()
            )
        );
    }

    [Fact]
    public async Task Two_workers_running_together_remind_each_official_once()
    {
        var people = await Scenario.CreateAsync(Portal);
        var ids = new List<long>();
        foreach (var member in new[] { "AR", "AR", "CO", "CO", "AR" })
        {
            ids.Add(await Scenario.ForwardedAsync(Portal, people, Scenario.Proposal(member)));
        }

        var clock = new FakeTimeProvider((await ForwardedAtAsync(ids[^1])).AddDays(7));
        await using var timed = Portal.WithClock(clock);
        var scopes = timed.Services.GetRequiredService<IServiceScopeFactory>();
        var options = Options.Create(new ResponseReminders.Options());
        var first = new ResponseReminders.Worker(scopes, options, NullLogger<ResponseReminders.Worker>.Instance);
        var second = new ResponseReminders.Worker(scopes, options, NullLogger<ResponseReminders.Worker>.Instance);

        var rounds = await Task.WhenAll(
            Enumerable.Range(0, 10).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).RunOnceAsync(CancellationToken.None)))
        );

        Assert.Equal(2, rounds.Sum());
        Assert.Equal("Reminder: 3 submissions are waiting for your answer", Assert.Single(await RemindersAsync(Argentina)).Subject);
        Assert.Equal("Reminder: 2 submissions are waiting for your answer", Assert.Single(await RemindersAsync(Colombia)).Subject);
        Assert.Equal(5, await Portal.WithDbAsync(db => db.ResponseReminders.CountAsync()));
    }

    [Fact]
    public async Task The_support_unit_dashboard_shows_who_was_reminded_and_when()
    {
        var (people, _, forwardedAt) = await ForwardedProposalAsync();
        var clock = new FakeTimeProvider(forwardedAt.AddDays(28));
        await using var timed = Portal.WithClock(clock);
        await RoundAsync(timed);

        var dashboard = await Portal.SendAsUserAsync(new Dashboard.Query(), people.Support);

        var official = Assert.Single(dashboard.Officials);
        Assert.Equal((forwardedAt.AddDays(28), 28, true), (official.LastRemindedAt, official.LastReminderStep, official.Escalated));
        using var support = await timed.SignedInClientAsync("support@example.org");
        var page = await support.GetAsync("/moderation/dashboard");
        var row = page.QuerySelectorAll("#officials-table tbody tr").Single();
        Assert.Contains("(step: 28 days)", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Escalated", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(
            "7, 14, 28 days after forwarding",
            page.QuerySelector("#officials-detail + p")!.TextContent,
            StringComparison.Ordinal
        );
    }

    private static async Task<long> ForwardAsync(PortalFactory timed, Scenario people, Web.Features.Submissions.Submit.Command submission)
    {
        var id = (await timed.SendAsync(submission, people.Participant))!.Value;
        await timed.SendAsync(new Decide.Command([id], Decide.Decision.Publish), people.Support);
        await timed.SendAsync(new Decide.Command([id], Decide.Decision.Forward), people.Support);
        return id;
    }

    private static async Task<int> RoundAsync(PortalFactory timed) =>
        await timed.Services.GetRequiredService<ResponseReminders.Worker>().RunOnceAsync(CancellationToken.None);

    /// <summary>Ana's proposal, forwarded to Argentina's officials, and when it was forwarded (the clock's start).</summary>
    private async Task<(Scenario People, long Id, DateTimeOffset ForwardedAt)> ForwardedProposalAsync()
    {
        var people = await Scenario.CreateAsync(Portal);
        var id = await Scenario.ForwardedAsync(Portal, people, Scenario.Proposal());
        return (people, id, await ForwardedAtAsync(id));
    }

    private Task<DateTimeOffset> ForwardedAtAsync(long id) =>
        Portal.WithDbAsync(db => db.Submissions.Where(s => s.Id == id).Select(s => s.ForwardedAt!.Value).SingleAsync());

    private Task<List<Web.Infrastructure.Email.OutboxMessage>> RemindersAsync(string to) =>
        Portal.WithDbAsync(db =>
            db.OutboxMessages.Where(m => m.To == to && m.Subject.StartsWith("Reminder")).OrderBy(m => m.CreatedAt).ToListAsync()
        );
}
