using CoCreation.Web.Infrastructure.Email;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace CoCreation.Web.Tests.Infrastructure;

/// <summary>
/// Without an SMTP server the portal writes emails to files and, in Development only, logs the first link
/// so that nobody needs to open them. Anywhere else a reset link in the log is a way into the account.
/// </summary>
public sealed class EmailLinkLogTests(WebFixture portal) : PortalTest(portal)
{
    [Theory]
    [InlineData("Development", true)]
    [InlineData("Staging", false)]
    [InlineData("Production", false)]
    public async Task A_password_reset_link_is_logged_in_development_only(string environment, bool logged)
    {
        var pickup = Directory.CreateTempSubdirectory("cocreation-mail-");
        var log = new CollectingSink();
        await using var factory = Portal
            .SecondPortal(
                new Dictionary<string, string?>
                {
                    ["environment"] = environment,
                    ["Email:Smtp:Host"] = "",
                    ["Email:PickupDirectory"] = pickup.FullName,
                    ["Serilog:MinimumLevel:Default"] = "Information",
                }
            )
            .WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(log)));

        // The transport itself, as the outbox sender calls it: the fixture's own portal shares the outbox
        // table and could otherwise deliver the message first.
        const string link = "https://localhost/account/reset-password?userId=6f1c&code=Q2ZESjhEVGVzdFRva2Vu";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var message = new OutboxMessage(
                "amina@example.org",
                "Reset your password",
                $"Choose a new password: {link}\n",
                $"<p><a href=\"{link}\">Choose a new password</a></p>",
                DateTimeOffset.UtcNow
            );
            await scope.ServiceProvider.GetRequiredService<MailTransport>().SendAsync(message, CancellationToken.None);
        }

        var email = await File.ReadAllTextAsync(Assert.Single(pickup.GetFiles("*.eml")).FullName);
        Assert.Contains("/account/reset-password", email, StringComparison.Ordinal);
        var links = log.Messages.Where(m => m.Contains("/account/reset-password", StringComparison.Ordinal)).ToList();
        Assert.Equal(logged, links.Count > 0);
        pickup.Delete(recursive: true);
    }

    private sealed class CollectingSink : ILogEventSink
    {
        private readonly List<string> _messages = [];

        public IReadOnlyList<string> Messages
        {
            get
            {
                lock (_messages)
                {
                    return [.. _messages];
                }
            }
        }

        public void Emit(LogEvent logEvent)
        {
            lock (_messages)
            {
                _messages.Add(logEvent.RenderMessage());
            }
        }
    }
}
