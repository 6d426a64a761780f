namespace CoCreation.Web.Infrastructure.Mediator;

/// <summary>
/// Work gathered while a command's domain events are handled and done once, just before the commit
/// (one digest email for a whole selection, say).
/// </summary>
public interface IBeforeCommit
{
    Task RunAsync(CancellationToken cancellationToken);
}
