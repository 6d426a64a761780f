using CoCreation.Domain.Events;
using CoCreation.Web.Features.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Tests.Features.Events;

public sealed class RemindersTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Two_workers_running_together_send_each_seat_holder_one_reminder_and_nobody_else_any()
    {
        var now = DateTimeOffset.UtcNow;
        var (soon, later) = await Portal.WithDbAsync(async db =>
        {
            var tomorrow = TestEvents.Webinar(now.AddHours(20), capacity: 3);
            var nextWeek = TestEvents.Webinar(now.AddDays(7), capacity: 3);
            foreach (var n in Enumerable.Range(1, 5))
            {
                tomorrow.Register(new Registrant(null, $"Person {n}", $"p{n}@example.org", "es"), now.AddMinutes(-n));
                nextWeek.Register(new Registrant(null, $"Person {n}", $"p{n}@example.org", "es"), now.AddMinutes(-n));
            }

            db.Events.AddRange(tomorrow, nextWeek);
            await db.SaveChangesAsync();
            return (tomorrow.Id, nextWeek.Id);
        });
        var scopes = Portal.Services.GetRequiredService<IServiceScopeFactory>();
        var first = new Reminders.Worker(scopes, Options.Create(new Reminders.WorkerOptions()), NullLogger<Reminders.Worker>.Instance);
        var second = new Reminders.Worker(scopes, Options.Create(new Reminders.WorkerOptions()), NullLogger<Reminders.Worker>.Instance);

        var rounds = await Task.WhenAll(
            Enumerable.Range(0, 10).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).RunOnceAsync(CancellationToken.None)))
        );

        Assert.True(rounds.Sum() <= 1, $"the event was claimed {rounds.Sum()} times");
        var reminders = await Portal.WithDbAsync(db =>
            db.OutboxMessages.Where(m => m.Subject.StartsWith("Mañana")).Select(m => m.To).ToListAsync()
        );
        Assert.Equal(["p1@example.org", "p2@example.org", "p3@example.org"], reminders.Order());
        Assert.NotNull(await Portal.WithDbAsync(db => db.Events.Where(e => e.Id == soon).Select(e => e.RemindersSentAt).SingleAsync()));
        Assert.Null(await Portal.WithDbAsync(db => db.Events.Where(e => e.Id == later).Select(e => e.RemindersSentAt).SingleAsync()));
        var delivered = await Portal.Smtp.WaitForAsync("p3@example.org", m => m.Subject!.StartsWith("Mañana", StringComparison.Ordinal));
        Assert.Contains("/events/cancel/", delivered.TextBody, StringComparison.Ordinal);
    }
}
