using System.Diagnostics;
using System.Globalization;
using CoCreation.Web.Features.Account;
using CoCreation.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CoCreation.Web.Tests.Features.Account;

/// <summary>
/// Sign-in and forgot-password give the same answer for known, unknown and locked-out accounts. The timings
/// of each kind are written to the test output, never asserted (QUALITY.md): scripts/measure-auth-timing.sh
/// runs this with a few hundred samples of each and prints the medians.
/// </summary>
public sealed class AuthTimingTests(WebFixture portal, ITestOutputHelper output) : PortalTest(portal)
{
    private static readonly int Samples = int.TryParse(
        Environment.GetEnvironmentVariable("COCREATION_TIMING_SAMPLES"),
        CultureInfo.InvariantCulture,
        out var n
    )
        ? n
        : 5;

    [Fact]
    public async Task Sign_in_answers_the_same_for_a_known_an_unknown_and_a_locked_out_account()
    {
        var (known, _) = await Portal.CreateUserAsync("known@example.org");
        var (locked, _) = await Portal.CreateUserAsync("locked@example.org");
        await WithUsersAsync(async users =>
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(locked.Id.ToString()))!, DateTimeOffset.UtcNow.AddDays(1))
        );
        var times = new Dictionary<string, List<double>>
        {
            ["known"] = [],
            ["unknown"] = [],
            ["locked"] = [],
        };

        for (var i = 0; i < Samples + 3; i++)
        {
            foreach (
                var (kind, email) in new[]
                {
                    ("known", "known@example.org"),
                    ("unknown", $"nobody{i}@example.org"),
                    ("locked", "locked@example.org"),
                }
            )
            {
                var clock = Stopwatch.StartNew();
                var result = await Portal.SendAsync(new SignIn.Command { Email = email, Password = "a wrong password of some length" });
                clock.Stop();
                Assert.Equal(SignIn.Result.Failed, result);
                if (i >= 3)
                {
                    // The first rounds warm up the process.
                    times[kind].Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            // Keeps the known account from locking itself after five failures (outside the timed calls).
            await WithUsersAsync(async users => await users.ResetAccessFailedCountAsync((await users.FindByIdAsync(known.Id.ToString()))!));
        }

        Report("sign-in", times);
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_a_known_and_an_unknown_address_and_mails_only_the_known_one()
    {
        await Portal.CreateUserAsync("known@example.org");
        var times = new Dictionary<string, List<double>> { ["known"] = [], ["unknown"] = [] };

        for (var i = 0; i < Samples + 3; i++)
        {
            foreach (var (kind, email) in new[] { ("known", "known@example.org"), ("unknown", $"nobody{i}@example.org") })
            {
                var clock = Stopwatch.StartNew();
                await Portal.SendAsync(new ForgotPassword.Command { Email = email });
                clock.Stop();
                if (i >= 3)
                {
                    times[kind].Add(clock.Elapsed.TotalMilliseconds);
                }
            }
        }

        Report("forgot-password", times);
        var recipients = await Portal.WithDbAsync(db => db.OutboxMessages.Select(m => m.To).Distinct().ToListAsync());
        Assert.Equal(["known@example.org"], recipients);
    }

    private async Task WithUsersAsync(Func<UserManager<PortalUser>, Task> action)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>());
    }

    private void Report(string what, Dictionary<string, List<double>> times)
    {
        foreach (var (kind, samples) in times)
        {
            var sorted = samples.Order().ToList();
            var (median, p10, p90) = (sorted[sorted.Count / 2], sorted[sorted.Count / 10], sorted[sorted.Count * 9 / 10]);
            output.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"TIMING {what} {kind}: n={sorted.Count} median={median:F1} ms p10={p10:F1} p90={p90:F1}"
                )
            );
        }
    }
}
