using System.Text.RegularExpressions;
using CoCreation.Web.Features.Account;
using CoCreation.Web.Infrastructure.Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

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
        var reset = new ResetPassword.Command { UserId = user.Id, Code = code, Password = "a brand new long passphrase", ConfirmPassword = "a brand new long passphrase" };
        await Portal.SendAsync(reset);

        Assert.True(await CheckPasswordAsync("amina@example.org", "a brand new long passphrase"));
        var reused = await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(reset with { Password = "yet another long passphrase", ConfirmPassword = "yet another long passphrase" }));
        Assert.Contains("", reused.Errors.Keys);
    }

    [Fact]
    public void Reset_links_are_configured_to_expire_within_the_hour_while_confirmation_links_last_longer()
    {
        var tokenOptions = Portal.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Web.Infrastructure.Identity.PasswordResetTokenProviderOptions>>().Value;
        var confirmOptions = Portal.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DataProtectionTokenProviderOptions>>().Value;

        Assert.Equal(TimeSpan.FromHours(1), tokenOptions.TokenLifespan);
        Assert.True(confirmOptions.TokenLifespan > tokenOptions.TokenLifespan);
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
