using CoCreation.Domain.Common;
using CoCreation.Domain.Events;
using CoCreation.Web.Features.Events;
using CoCreation.Web.Infrastructure.Mediator;

namespace CoCreation.Web.Tests.Features.Events;

public sealed class VisitorRegistrationTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_request_holds_no_seat_until_its_emailed_link_is_confirmed_and_a_link_works_only_for_its_event()
    {
        var starts = DateTimeOffset.UtcNow.AddDays(10);
        var (webinar, other) = await Portal.WithDbAsync(async db =>
        {
            var first = TestEvents.Webinar(starts, capacity: 1);
            var second = TestEvents.Webinar(starts, capacity: 1);
            db.Events.AddRange(first, second);
            await db.SaveChangesAsync();
            return (first.Id, second.Id);
        });

        Assert.True(await Portal.SendAsync(TestEvents.Registration(webinar, "Lucía Pérez", "lucia@example.org")));
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Set<Registration>().CountAsync()));
        var email = await Portal.Smtp.WaitForAsync("lucia@example.org");
        var token = EmailedLinks.TokenIn(EmailedLinks.RegistrationConfirmation(), email.TextBody!);

        Assert.Null(await Portal.QueryAsync(new ConfirmRegistration.Query(other, token)));
        await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(new ConfirmRegistration.Command(other, token)));
        await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(new ConfirmRegistration.Command(webinar, token[..^4] + "AAAA")));
        Assert.Equal("lucia@example.org", (await Portal.QueryAsync(new ConfirmRegistration.Query(webinar, token)))!.Email);

        Assert.Equal(RegistrationStatus.Confirmed, await Portal.SendAsync(new ConfirmRegistration.Command(webinar, token)));
        var again = await Assert.ThrowsAsync<DomainException>(() => Portal.SendAsync(new ConfirmRegistration.Command(webinar, token)));
        Assert.Equal("Domain.Event.AlreadyRegistered", again.Code);
        var registration = await Portal.WithDbAsync(db => db.Set<Registration>().SingleAsync());
        Assert.Equal(("Lucía Pérez", (Guid?)null), (registration.Registrant.Name, registration.Registrant.UserId));
    }

    [Fact]
    public async Task A_closed_event_refuses_requests_and_bad_input_gets_field_messages()
    {
        var past = await TestEvents.AddWebinarAsync(Portal, DateTimeOffset.UtcNow.AddDays(-1), capacity: 10);

        var closed = await Assert.ThrowsAsync<DomainException>(() =>
            Portal.SendAsync(TestEvents.Registration(past, "Ana", "ana@example.org"))
        );
        Assert.Equal("Domain.Event.RegistrationClosed", closed.Code);
        var invalid = await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(TestEvents.Registration(past, "", "not an email")));
        Assert.Equal(["Email", "Name"], invalid.Errors.Keys.Order());
        Assert.False(await Portal.SendAsync(TestEvents.Registration(987654, "Ana", "ana@example.org")));
        Assert.Equal(0, await Portal.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }
}
