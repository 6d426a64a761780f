using System.Text.RegularExpressions;
using CoCreation.Web.Features.Account;
using CoCreation.Web.Infrastructure.Identity;
using CoCreation.Web.Infrastructure.Mediator;
using Microsoft.Extensions.Time.Testing;

namespace CoCreation.Web.Tests.Features.Account;

public sealed partial class ConfirmEmailTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_emailed_code_confirms_the_address_and_a_wrong_one_does_not()
    {
        await Portal.SendAsync(RegisterTests.NewAccount("amina@example.org"));
        var mail = await Portal.Smtp.WaitForAsync("amina@example.org");
        var link = ConfirmLink().Match(mail.TextBody!);
        var userId = Guid.Parse(link.Groups["user"].Value);

        await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(new ConfirmEmail.Command(userId, "bm90LWEtdG9rZW4")));
        await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(new ConfirmEmail.Command(userId, "%%%")));
        Assert.False(await Portal.WithDbAsync(db => db.Users.Select(u => u.EmailConfirmed).SingleAsync()));

        await Portal.SendAsync(new ConfirmEmail.Command(userId, link.Groups["code"].Value));

        Assert.True(await Portal.WithDbAsync(db => db.Users.Select(u => u.EmailConfirmed).SingleAsync()));
        Assert.Equal(
            "account.email-confirmed",
            await Portal.WithDbAsync(db => db.AuditEntries.OrderByDescending(a => a.Id).Select(a => a.Action).FirstAsync())
        );
    }

    [Fact]
    public async Task A_confirmation_link_works_until_its_lifetime_has_passed_on_the_portals_clock_and_not_after()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var portal = Portal.WithClock(clock);
        await portal.SendAsync(RegisterTests.NewAccount("amina@example.org"));
        await portal.SendAsync(RegisterTests.NewAccount("bruno@example.org"));
        var amina = ConfirmLink().Match((await Portal.Smtp.WaitForAsync("amina@example.org")).TextBody!);
        var bruno = ConfirmLink().Match((await Portal.Smtp.WaitForAsync("bruno@example.org")).TextBody!);

        clock.Advance(IdentitySetup.EmailConfirmationLifetime - TimeSpan.FromMinutes(1));
        await portal.SendAsync(new ConfirmEmail.Command(Guid.Parse(amina.Groups["user"].Value), amina.Groups["code"].Value));

        clock.Advance(TimeSpan.FromMinutes(2));
        await Assert.ThrowsAsync<InputException>(() =>
            portal.SendAsync(new ConfirmEmail.Command(Guid.Parse(bruno.Groups["user"].Value), bruno.Groups["code"].Value))
        );

        var confirmed = await Portal.WithDbAsync(db => db.Users.ToDictionaryAsync(u => u.Email!, u => u.EmailConfirmed));
        Assert.True(confirmed["amina@example.org"]);
        Assert.False(confirmed["bruno@example.org"]);
    }

    [GeneratedRegex(@"confirm-email\?userId=(?<user>[0-9a-f-]+)&code=(?<code>[A-Za-z0-9_-]+)")]
    internal static partial Regex ConfirmLink();
}
