using System.Text.Json;
using CoCreation.Web.Infrastructure.Telemetry;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Parsing;

namespace CoCreation.Web.Tests.Infrastructure;

/// <summary>The production log: every event once, in order, one JSON line each, and a full line drops instead of waiting.</summary>
public sealed class BufferedConsoleSinkTests
{
    [Fact]
    public void Every_event_is_written_once_in_order_as_one_json_line_by_the_time_the_portal_stops()
    {
        var output = new StringWriter();
        var sink = new BufferedConsoleSink(new RenderedCompactJsonFormatter(), output);
        for (var i = 0; i < 2_000; i++)
        {
            sink.Emit(Event($"request {i}"));
        }

        sink.Dispose();

        var messages = output
            .ToString()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("@m").GetString())
            .ToList();
        Assert.Equal(Enumerable.Range(0, 2_000).Select(i => $"request {i}"), messages);
        Assert.Equal(0, sink.Dropped);
    }

    [Fact]
    public void When_standard_output_is_stuck_a_full_line_drops_new_events_and_counts_them_instead_of_holding_the_request()
    {
        using var stuck = new StuckWriter();
        var sink = new BufferedConsoleSink(new RenderedCompactJsonFormatter(), stuck, capacity: 1);
        sink.Emit(Event("first"));
        Assert.True(stuck.Writing.Wait(TimeSpan.FromSeconds(10)), "the worker never started writing");

        sink.Emit(Event("second")); // waits in the line of one
        sink.Emit(Event("third")); // the line is full: dropped at once

        Assert.Equal(1, sink.Dropped);
        stuck.Release.Set();
        sink.Dispose();
        var written = stuck.ToString();
        Assert.Contains("first", written, StringComparison.Ordinal);
        Assert.Contains("second", written, StringComparison.Ordinal);
        Assert.DoesNotContain("third", written, StringComparison.Ordinal);
    }

    private static LogEvent Event(string text) =>
        new(DateTimeOffset.UtcNow, LogEventLevel.Information, null, new MessageTemplateParser().Parse(text), []);

    /// <summary>Standard output that blocks the first write until released, as a full pipe would.</summary>
    private sealed class StuckWriter : StringWriter
    {
        public ManualResetEventSlim Writing { get; } = new();
        public ManualResetEventSlim Release { get; } = new();

        public override void Write(char value)
        {
            Hold();
            base.Write(value);
        }

        public override void Write(string? value)
        {
            Hold();
            base.Write(value);
        }

        private void Hold()
        {
            Writing.Set();
            Release.Wait(TimeSpan.FromSeconds(10));
        }

        protected override void Dispose(bool disposing)
        {
            Writing.Dispose();
            Release.Dispose();
            base.Dispose(disposing);
        }
    }
}
