using System.Text.RegularExpressions;
using CoCreation.Web.Features.Account;
using CoCreation.Web.Infrastructure.Mediator;
using Microsoft.EntityFrameworkCore;

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
        Assert.Equal("account.email-confirmed", await Portal.WithDbAsync(db => db.AuditEntries.OrderByDescending(a => a.Id).Select(a => a.Action).FirstAsync()));
    }

    [GeneratedRegex(@"confirm-email\?userId=(?<user>[0-9a-f-]+)&code=(?<code>[A-Za-z0-9_-]+)")]
    internal static partial Regex ConfirmLink();
}
