using System.Text.RegularExpressions;
using CoCreation.Web.Features.Account;
using CoCreation.Web.Infrastructure.Identity;
using CoCreation.Web.Infrastructure.Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoCreation.Web.Tests.Features.Account;

public sealed partial class ResetPasswordTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Only_known_confirmed_addresses_get_a_link_and_the_link_sets_the_password_once()
    {
        var (user, _) = await Portal.CreateUserAsync("amina@example.org");

        await Portal.SendAsync(new ForgotPassword.Command { Email = "stranger@example.org" });
        await Portal.SendAsync(new ForgotPassword.Command { Email = "amina@example.org" });
        var mail = await Portal.Smtp.WaitForAsync("amina@example.org");
        Assert.DoesNotContain(Portal.Smtp.Received, m => m.To.ToString().Contains("stranger", StringComparison.Ordinal));

        var code = ResetLink().Match(mail.TextBody!).Groups["code"].Value;
        var reset = new ResetPassword.Command
        {
            UserId = user.Id,
            Code = code,
            Password = "a brand new long passphrase",
            ConfirmPassword = "a brand new long passphrase",
        };
        await Portal.SendAsync(reset);

        Assert.True(await CheckPasswordAsync("amina@example.org", "a brand new long passphrase"));
        var reused = await Assert.ThrowsAsync<InputException>(() =>
            Portal.SendAsync(reset with { Password = "yet another long passphrase", ConfirmPassword = "yet another long passphrase" })
        );
        Assert.Contains("", reused.Errors.Keys);
    }

    [Fact]
    public async Task A_reset_link_works_until_an_hour_has_passed_on_the_portals_clock_and_not_after()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var portal = Portal.WithClock(clock);
        var (amina, _) = await Portal.CreateUserAsync("amina@example.org");
        var (bruno, _) = await Portal.CreateUserAsync("bruno@example.org");
        await portal.SendAsync(new ForgotPassword.Command { Email = "amina@example.org" });
        await portal.SendAsync(new ForgotPassword.Command { Email = "bruno@example.org" });
        var aminasCode = ResetLink().Match((await Portal.Smtp.WaitForAsync("amina@example.org")).TextBody!).Groups["code"].Value;
        var brunosCode = ResetLink().Match((await Portal.Smtp.WaitForAsync("bruno@example.org")).TextBody!).Groups["code"].Value;
        Assert.Equal(TimeSpan.FromHours(1), PasswordResetTokenProvider.Lifetime);

        clock.Advance(PasswordResetTokenProvider.Lifetime - TimeSpan.FromMinutes(1));
        await portal.SendAsync(
            new ResetPassword.Command
            {
                UserId = amina.Id,
                Code = aminasCode,
                Password = "a brand new long passphrase",
                ConfirmPassword = "a brand new long passphrase",
            }
        );

        clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await Assert.ThrowsAsync<InputException>(() =>
            portal.SendAsync(
                new ResetPassword.Command
                {
                    UserId = bruno.Id,
                    Code = brunosCode,
                    Password = "a brand new long passphrase",
                    ConfirmPassword = "a brand new long passphrase",
                }
            )
        );

        Assert.Contains("", expired.Errors.Keys);
        Assert.True(await CheckPasswordAsync("amina@example.org", "a brand new long passphrase"));
        Assert.False(await CheckPasswordAsync("bruno@example.org", "a brand new long passphrase"));
        Assert.True(await CheckPasswordAsync("bruno@example.org", Testing.TestAccounts.Password));
    }

    private async Task<bool> CheckPasswordAsync(string email, string password)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Web.Infrastructure.Identity.PortalUser>>();
        return await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, password);
    }

    [GeneratedRegex(@"reset-password\?userId=(?<user>[0-9a-f-]+)&code=(?<code>[A-Za-z0-9_-]+)")]
    private static partial Regex ResetLink();
}
