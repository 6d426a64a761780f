using System.Text.RegularExpressions;

namespace CoCreation.Web.Tests.Infrastructure;

/// <summary>What an operator of several instances watches: the Prometheus scrape on the operator's port only.</summary>
public sealed class TelemetryTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_metrics_port_serves_the_portals_own_metrics_and_the_public_address_does_not()
    {
        await using var instance = Portal.SecondPortal(
            new Dictionary<string, string?>
            {
                ["Portal:Telemetry:MetricsPort"] = "9464",
                ["Portal:Telemetry:SampleInterval"] = "00:00:00.200",
            }
        );
        var operatorSide = instance.CreateClient(new() { BaseAddress = new Uri("http://localhost:9464") });
        var publicSide = instance.CreatePortalClient();

        // Something to count: a submission waiting for review, and the email that tells its author.
        var people = await Scenario.CreateAsync(Portal);
        await instance.SendAsync(Scenario.Question(), people.Participant);
        await Portal.Smtp.WaitForAsync("ana@example.org");
        await publicSide.GetAsync("/submissions");

        var scrape = "";
        var seen = await Eventually.TryUntilAsync(
            async () =>
            {
                scrape = await operatorSide.GetStringAsync("/metrics");
                return Regex.IsMatch(scrape, @"^cocreation_moderation_queue(\{[^}]*\})? 1$", RegexOptions.Multiline)
                    && scrape.Contains("cocreation_emails_sent_total", StringComparison.Ordinal);
            },
            TimeSpan.FromSeconds(10)
        );
        Assert.True(
            seen,
            "The scrape shows no submission waiting for review or no email sent:\n"
                + string.Join('\n', scrape.Split('\n').Where(l => l.Contains("cocreation", StringComparison.Ordinal)))
        );
        Assert.Contains("cocreation_outbox_backlog", scrape, StringComparison.Ordinal);
        Assert.Contains("cocreation_outbox_oldest_age_seconds", scrape, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^cocreation_answers_queue(\{[^}]*\})? 0$", RegexOptions.Multiline), scrape);
        Assert.Contains("http_server_request_duration_seconds", scrape, StringComparison.Ordinal);
        using var throughPublic = await publicSide.Http.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.NotFound, throughPublic.StatusCode);
    }
}
