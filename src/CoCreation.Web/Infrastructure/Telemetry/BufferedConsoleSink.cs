using System.Text;
using System.Threading.Channels;
using Serilog.Core;
using Serilog.Debugging;
using Serilog.Events;
using Serilog.Formatting;

namespace CoCreation.Web.Infrastructure.Telemetry;

/// <summary>
/// Writes log events to standard output off the request thread, in the order they came, through one buffered writer
/// that is flushed whenever the line of events is empty (so a quiet portal's log is never behind).
/// </summary>
/// <remarks>
/// It replaces Serilog.Sinks.Async: that sink's worker takes events from a BlockingCollection, whose SemaphoreSlim
/// spins between events, and its console writes flush once per event. At the bench's peak the profile found 14–16 % of
/// the portal's CPU samples in that spin and 3 % more in the flushes (bench/results/profile.md, "Who called"). Here the
/// worker awaits a channel (no spinning) and flushes once per batch. A full line (10 000 events) drops new events and
/// counts them, as the Async sink did by default, rather than holding pages back.
/// </remarks>
public sealed class BufferedConsoleSink : ILogEventSink, IDisposable
{
    private readonly Channel<LogEvent> _events;
    private readonly ITextFormatter _formatter;
    private readonly TextWriter _output;
    private readonly Task _worker;
    private long _dropped;

    public BufferedConsoleSink(ITextFormatter formatter, TextWriter? output = null, int capacity = 10_000)
    {
        _formatter = formatter;
        _output = output ?? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = false };
        _events = Channel.CreateBounded<LogEvent>(
            new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait }
        );
        _worker = Task.Run(WriteAsync);
    }

    /// <summary>Events a full line turned away since the start.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public void Emit(LogEvent logEvent)
    {
        // TryWrite never waits: on a full line it answers false and the event is dropped.
        if (!_events.Writer.TryWrite(logEvent))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    private async Task WriteAsync()
    {
        var reader = _events.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var logEvent))
            {
                try
                {
                    _formatter.Format(logEvent, _output);
                }
                catch (Exception ex)
                {
                    SelfLog.WriteLine("Could not write a log event: {0}", ex);
                }
            }

            try
            {
                await _output.FlushAsync().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                SelfLog.WriteLine("Could not flush the log: {0}", ex);
            }
        }
    }

    /// <summary>Writes what is still in line, then lets go (at shutdown, within five seconds).</summary>
    public void Dispose()
    {
        _events.Writer.TryComplete();
        _worker.Wait(TimeSpan.FromSeconds(5));
        _output.Flush();
    }
}
