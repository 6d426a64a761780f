using System.Diagnostics;

namespace CoCreation.Web.Infrastructure.Mediator;

/// <summary>Logs each message by its type name and duration only: never the submitted text or personal data.</summary>
public sealed class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly string Name = typeof(TMessage).FullName?.Replace("CoCreation.Web.Features.", "", StringComparison.Ordinal)
        ?? typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken
    )
    {
        var name = Name;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            logger.LogDebug("Handled {Message} in {ElapsedMs:0.0} ms", name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (InputException)
        {
            logger.LogInformation("Refused {Message}: invalid input", name);
            throw;
        }
        catch (UnauthorizedAccessException)
        {
            logger.LogInformation("Refused {Message}: not for this account", name);
            throw;
        }
        catch (CoCreation.Domain.Common.DomainException ex)
        {
            logger.LogInformation("Refused {Message}: {Rule}", name, ex.Code);
            throw;
        }
    }
}
