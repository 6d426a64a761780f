using System.Globalization;
using CoCreation.Domain.Timelines;

namespace CoCreation.Domain.Scorecards;

/// <summary>A NAP cycle such as "2017-2019" read as a period: from 1 January of the first year to the end of the last year.</summary>
public sealed record CyclePeriod(string Cycle, DateTimeOffset Start, DateTimeOffset End)
{
    public static CyclePeriod Of(string cycle)
    {
        var checkedCycle = CoCreationTimeline.CheckedCycle(cycle);
        var first = int.Parse(checkedCycle[..4], CultureInfo.InvariantCulture);
        var last = int.Parse(checkedCycle[5..], CultureInfo.InvariantCulture);
        return new CyclePeriod(
            checkedCycle,
            new DateTimeOffset(first, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(last + 1, 1, 1, 0, 0, 0, TimeSpan.Zero)
        );
    }

    /// <summary>Whether <paramref name="at"/> falls in the period (its end is exclusive).</summary>
    public bool Contains(DateTimeOffset at) => at >= Start && at < End;

    /// <summary>The cycle running at <paramref name="at"/>, if one of <paramref name="cycles"/> is; else the latest one.</summary>
    public static string? Current(IEnumerable<string> cycles, DateTimeOffset at)
    {
        var periods = cycles.Distinct().Select(Of).OrderByDescending(p => p.Start).ThenByDescending(p => p.End).ToList();
        return (periods.Find(p => p.Contains(at)) ?? periods.FirstOrDefault())?.Cycle;
    }
}
