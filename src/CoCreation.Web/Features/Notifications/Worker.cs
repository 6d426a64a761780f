using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Notifications;

/// <summary>
/// Each round, in each portal instance: fans out what happened to its followers, then sends the emails that are due, one
/// batch per transaction until nothing is left. Stopping it between (or inside) batches loses nothing.
/// </summary>
public sealed class Worker(IServiceScopeFactory scopes, IOptions<NotificationOptions> options, ILogger<Worker> logger)
    : Infrastructure.PeriodicWorker(logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override string Work => "notifications";

    // The first round waits one interval (a minute by default): a portal starting while another runs, or a test's second
    // instance, would otherwise claim work at an uncontrolled moment; nothing is lost by waiting.
    protected override bool FirstRoundAtStart => false;

    /// <summary>One batch of happenings fanned out; how many.</summary>
    public Task<int> FanOutOnceAsync(CancellationToken cancellationToken) =>
        SendAsync(new FanOut.Command(options.Value.BatchSize), cancellationToken);

    /// <summary>One batch of people emailed; how many.</summary>
    public Task<int> EmailOnceAsync(CancellationToken cancellationToken) =>
        SendAsync(new Emails.Command(options.Value.BatchSize), cancellationToken);

    /// <summary>Everything that is due, batch after batch; how many batches' items in all.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var done = 0;
        int batch;
        while ((batch = await FanOutOnceAsync(cancellationToken)) > 0)
        {
            done += batch;
        }

        while ((batch = await EmailOnceAsync(cancellationToken)) > 0)
        {
            done += batch;
        }

        return done;
    }

    protected override Task<int> RoundAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);

    private async Task<int> SendAsync(ICommand<int> command, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAs(CurrentActor.System);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
    }
}
