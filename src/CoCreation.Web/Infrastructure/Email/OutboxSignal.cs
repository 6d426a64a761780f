namespace CoCreation.Web.Infrastructure.Email;

/// <summary>Wakes the sender of this instance right after a commit that may have queued email.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        if (_semaphore.CurrentCount == 0)
        {
            try
            {
                _semaphore.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another commit woke it already.
            }
        }
    }

    public void Dispose() => _semaphore.Dispose();

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);
}
