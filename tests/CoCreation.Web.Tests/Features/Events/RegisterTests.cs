using CoCreation.Domain.Common;
using CoCreation.Domain.Events;
using CoCreation.Web.Features.Events;
using CoCreation.Web.Infrastructure.Identity;

namespace CoCreation.Web.Tests.Features.Events;

public sealed class RegisterTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Fifty_simultaneous_registrations_for_ten_seats_end_with_ten_confirmed_and_forty_waiting_in_arrival_order()
    {
        var starts = DateTimeOffset.UtcNow.AddDays(30);
        var eventId = await TestEvents.AddWebinarAsync(Portal, starts, capacity: 10);
        var people = await Portal.WithDbAsync(async db =>
        {
            var hash = "not-a-usable-password-hash";
            var users = Enumerable
                .Range(1, 50)
                .Select(n => new PortalUser
                {
                    UserName = $"p{n}@example.org",
                    NormalizedUserName = $"P{n}@EXAMPLE.ORG",
                    Email = $"p{n}@example.org",
                    NormalizedEmail = $"P{n}@EXAMPLE.ORG",
                    EmailConfirmed = true,
                    DisplayName = $"Person {n}",
                    PasswordHash = hash,
                    SecurityStamp = Guid.NewGuid().ToString("N"),
                    CreatedAt = DateTimeOffset.UtcNow,
                })
                .ToList();
            db.Users.AddRange(users);
            await db.SaveChangesAsync();
            return users.Select(u => CurrentActor.For(u.Id, u.Email!, Roles.Participant)).ToList();
        });

        var statuses = await Task.WhenAll(people.Select(person => Task.Run(() => Portal.SendAsync(new Register.Command(eventId), person))));

        Assert.Equal(10, statuses.Count(s => s == RegistrationStatus.Confirmed));
        Assert.Equal(40, statuses.Count(s => s == RegistrationStatus.Waiting));
        var stored = await Portal.WithDbAsync(db =>
            db.Set<Registration>()
                .OrderBy(r => r.Sequence)
                .Select(r => new
                {
                    r.Sequence,
                    r.Status,
                    r.RegisteredAt,
                })
                .ToListAsync()
        );
        Assert.Equal(Enumerable.Range(1, 50), stored.Select(r => r.Sequence));
        Assert.All(stored.Take(10), r => Assert.Equal(RegistrationStatus.Confirmed, r.Status));
        Assert.All(stored.Skip(10), r => Assert.Equal(RegistrationStatus.Waiting, r.Status));
        Assert.True(
            stored.Zip(stored.Skip(1)).All(pair => pair.First.RegisteredAt <= pair.Second.RegisteredAt),
            "waiting list out of arrival order"
        );
        var emails = await Portal.WithDbAsync(db => db.OutboxMessages.CountAsync());
        Assert.Equal(50, emails);
    }

    [Fact]
    public async Task An_unknown_event_registers_nobody()
    {
        var (_, person) = await Portal.CreateUserAsync("ana@example.org", roles: Roles.Participant);

        Assert.Null(await Portal.SendAsync(new Register.Command(424242), person));
    }
}
