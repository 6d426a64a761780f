using System.Diagnostics;

namespace CoCreation.Testing;

/// <summary>
/// Waits for something the portal does in its own time (the outbox sender, a second instance, a
/// database coming back) by asking again until a deadline, never by sleeping a fixed time: a fast run
/// goes on at once, a slow one fails with what it was waiting for.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>Returns as soon as <paramref name="condition"/> holds;
    /// throws <see cref="TimeoutException"/> naming <paramref name="what"/> after <paramref name="deadline"/>.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan deadline, string what, TimeSpan? interval = null)
    {
        if (!await TryUntilAsync(condition, deadline, interval))
        {
            throw new TimeoutException($"Not within {deadline.TotalSeconds:0.#} s: {what}");
        }
    }

    public static Task UntilAsync(Func<bool> condition, TimeSpan deadline, string what, TimeSpan? interval = null) =>
        UntilAsync(() => Task.FromResult(condition()), deadline, what, interval);

    /// <summary>The first non-null answer of <paramref name="probe"/>; throws after <paramref name="deadline"/>.</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> probe, TimeSpan deadline, Func<string> what, TimeSpan? interval = null)
        where T : class
    {
        T? value = null;
        if (!await TryUntilAsync(async () => (value = await probe()) is not null, deadline, interval))
        {
            throw new TimeoutException($"Not within {deadline.TotalSeconds:0.#} s: {what()}");
        }

        return value!;
    }

    /// <summary>Whether <paramref name="condition"/> held before <paramref name="deadline"/>,
    /// for a test that measures how long it took or asserts the failure itself.</summary>
    public static async Task<bool> TryUntilAsync(Func<Task<bool>> condition, TimeSpan deadline, TimeSpan? interval = null)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > deadline)
            {
                return false;
            }

            await Task.Delay(interval ?? Interval);
        }

        return true;
    }
}
