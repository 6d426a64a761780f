using System.Globalization;
using System.Text;
using CoCreation.Domain.Timelines;
using CoCreation.Web.Features.Timelines;
using Microsoft.AspNetCore.Html;

namespace CoCreation.Web.Pages.Timelines;

/// <summary>
/// A member's timeline drawn on a time axis, on the server as SVG (as the dashboards' <see cref="BarChart"/>):
/// each phase a band from its first to its last activity, each activity a mark (forum meetings a diamond, cancelled
/// ones hollow, several days a bar), months and years along the axis, today marked, and the two-weeks check as
/// the gap between publication and the first activity in the check's colour and in words. The SVG is an image
/// (role="img") named by its title and described in words; the list of phases and activities is its alternative.
/// Drawn twice: wide, each phase named to the left of its row, and narrow (for phones, the stylesheet shows one),
/// each phase named above its row and the check's words on as many lines as they need, so nothing is cut or shrunk.
/// </summary>
public sealed partial class TimelineChart(Details.TimelineView timeline, string memberName, IStringLocalizer text, DateTimeOffset now)
{
    public const string Id = "timeline-chart";
    private static readonly int[] Steps = [1, 2, 3, 6];

    /// <summary>The drawing's proportions: its width, the room left of the axis for the phases' names, a row's height.</summary>
    private sealed record Layout(string Id, int Width, int LabelWidth, int RowHeight, int MonthLabels, bool Stacked)
    {
        public int Right => Width - 12;
    }

    private static readonly Layout Wide = new(Id, 720, 150, 32, 8, Stacked: false);

    /// <summary>About a phone's width in CSS pixels, so its text is drawn at its own size.</summary>
    private static readonly Layout Narrow = new(Id + "-narrow", 360, 12, 44, 4, Stacked: true);

    /// <summary>Letters of the check's words on one line of the narrow drawing (about 6.5 units a letter).</summary>
    private const int NarrowLine = 50;

    private readonly CultureInfo culture = CultureInfo.CurrentCulture;

    public bool HasActivities => timeline.Activities.Any();

    /// <summary>The check in words, as the chart writes it above the axis (and the description repeats).</summary>
    public string CheckText()
    {
        var check = timeline.Check;
        return check.Result switch
        {
            TwoWeeksResult.Met => text["TimelineChart.Check.Met", check.DaysBefore ?? 0, check.MinimumDays],
            TwoWeeksResult.NotMet when check.DaysBefore < 0 => text[
                "TimelineChart.Check.After",
                -check.DaysBefore!.Value,
                check.MinimumDays
            ],
            TwoWeeksResult.NotMet => text["TimelineChart.Check.NotMet", check.DaysBefore ?? 0, check.MinimumDays],
            _ => text["TimelineChart.Check.NotMeasurable"],
        };
    }

    public string Title => text["TimelineChart.Title", memberName, timeline.Cycle];

    public string Description()
    {
        var activities = timeline.Activities.ToList();
        var parts = new List<string>();
        if (activities.Count > 0)
        {
            // Counted words ("1 phase", "2 activities"); no forum clause when there is none ("0 of them forum meetings").
            var phases = text.Plural("TimelineChart.Phases", timeline.Phases.Count(p => p.Name is not null));
            var activityCount = text.Plural("TimelineChart.Activities", activities.Count);
            var forums = activities.Count(a => a.Kind == ActivityKind.ForumMeeting);
            var from = activities.Min(a => a.StartsAt).ToString("D", culture);
            var to = activities.Max(a => a.EndsAt).ToString("D", culture);
            parts.Add(
                forums == 0
                    ? text["TimelineChart.Desc", phases, activityCount, from, to]
                    : text["TimelineChart.DescWithForums", phases, activityCount, text.Plural("TimelineChart.Forums", forums), from, to]
            );
        }

        parts.Add(CheckText());
        parts.Add(text["TimelineChart.TodayIs", now.ToString("D", culture)]);
        parts.Add(text["TimelineChart.Alternative"]);
        return string.Join(" ", parts);
    }

    /// <summary>The wide drawing, each phase named to the left of its row.</summary>
    public IHtmlContent Svg() => Draw(Wide);

    /// <summary>The narrow drawing for phones, each phase named above its row.</summary>
    public IHtmlContent NarrowSvg() => Draw(Narrow);

    private HtmlString Draw(Layout layout)
    {
        var html = PortalHtml.Encoder;
        var (id, width, labelWidth, rowHeight, right) = (layout.Id, layout.Width, layout.LabelWidth, layout.RowHeight, layout.Right);
        var activities = timeline.Activities.ToList();
        var check = timeline.Check;
        var (from, to) = Range(activities, check);
        var span = (to - from).TotalDays;
        double X(DateTimeOffset at) => Math.Round(labelWidth + ((at - from).TotalDays / span * (right - labelWidth)), 1);

        var rows = timeline.Phases;
        var checkLines = layout.Stacked ? Wrap(CheckSymbol(check) + CheckText(), NarrowLine) : [CheckSymbol(check) + CheckText()];
        // Under the check's words: the dates of publication and of the first activity (one line each when narrow).
        var top = (checkLines.Count * 16) + (layout.Stacked ? 56 : 46);
        var axis = top + (rows.Count * rowHeight) + 6;
        var height = axis + 50;
        var svg = new StringBuilder();
        svg.Append(
            CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" "
                + $"viewBox=\"0 0 {width} {height}\" "
                + $"class=\"chart-svg timeline-svg {(layout.Stacked ? "timeline-svg-narrow" : "timeline-svg-wide")}\" "
                + $"font-size=\"12\"><title id=\"{id}-title\">{html.Encode(Title)}</title>"
                + $"<desc id=\"{id}-desc\">{html.Encode(Description())}</desc>"
        );

        // Months (or quarters, or years, as the span allows) as faint lines across the rows, named under the axis.
        var step = MonthStep(from, to, layout.MonthLabels);
        var previousYear = 0;
        var firstTick = new DateTimeOffset(from.Year, from.Month, 1, 0, 0, 0, TimeSpan.Zero);
        firstTick = firstTick < from ? firstTick.AddMonths(1) : firstTick;
        if (firstTick >= to)
        {
            // Everything within one month: name it at the start of the axis.
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{labelWidth + 3}\" y=\"{axis + 17}\">{html.Encode(MonthName(from, 1))}</text>"
                    + $"<text x=\"{labelWidth + 3}\" y=\"{axis + 32}\" class=\"tl-year\">{from.Year}</text>"
            );
        }

        for (var month = firstTick; month < to; month = month.AddMonths(step))
        {
            var x = X(month);
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"tl-grid\" d=\"M{N(x)} {top - 4}V{axis + 4}\"></path>");
            if (x + 30 > width)
            {
                // Too close to the edge for its name; the line alone marks it.
                break;
            }

            svg.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{N(x + 3)}\" y=\"{axis + 17}\">{html.Encode(MonthName(month, step))}</text>"
            );
            if (month.Year != previousYear && step < 12)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + 3)}\" y=\"{axis + 32}\" class=\"tl-year\">{month.Year}</text>");
            }

            previousYear = month.Year;
        }

        svg.Append(CultureInfo.InvariantCulture, $"<path class=\"tl-axis\" d=\"M{labelWidth} {axis}H{right}\"></path>");
        // Before the rows, so the dates' lines run under the phases' names and marks.
        svg.Append(Check(check, checkLines, X, layout, top, axis));

        for (var i = 0; i < rows.Count; i++)
        {
            var phase = rows[i];
            var label = phase.Name?.In(CultureInfo.CurrentUICulture) ?? text["Timeline.OtherActivities"];
            // Stacked, the name takes the row's first 14 units and the marks the rest.
            var y = top + (i * rowHeight) + (layout.Stacked ? 12 : 0);
            var name = html.Encode(Fit(label, layout.Stacked ? NarrowLine : 22));
            svg.Append(
                layout.Stacked
                    ? Invariant($"<text x=\"0\" y=\"{y - 1}\" class=\"tl-label\">{name}</text>")
                    : Invariant($"<text x=\"{labelWidth - 8}\" y=\"{y + 20}\" text-anchor=\"end\" class=\"tl-label\">{name}</text>")
            );
            var marks = phase.Activities.Where(a => !a.Cancelled).ToList();
            if (marks.Count > 0)
            {
                var start = X(marks.Min(a => a.StartsAt)) - 8;
                var end = X(marks.Max(a => a.EndsAt)) + 8;
                svg.Append(
                    CultureInfo.InvariantCulture,
                    $"<rect class=\"tl-phase\" x=\"{N(start)}\" y=\"{y + 4}\" width=\"{N(end - start)}\" "
                        + $"height=\"{24}\" rx=\"4\"></rect>"
                );
            }

            foreach (var activity in phase.Activities.OrderBy(a => a.StartsAt))
            {
                var x = X(activity.StartsAt);
                var middle = y + 16;
                var length = X(activity.EndsAt) - x;
                if (length >= 4 && !activity.Cancelled)
                {
                    svg.Append(
                        CultureInfo.InvariantCulture,
                        $"<rect class=\"tl-span\" x=\"{N(x)}\" y=\"{middle - 3}\" width=\"{N(length)}\" height=\"6\" rx=\"3\"></rect>"
                    );
                }

                svg.Append(Mark(activity, x, middle));
            }
        }

        svg.Append(Today(X, from, to, layout, top, axis, height));
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>The gap from publication to the first activity, in the check's colour, with its words above it.</summary>
    private static string CheckSymbol(TwoWeeksCheck check) =>
        check.Result switch
        {
            TwoWeeksResult.Met => "✓ ",
            TwoWeeksResult.NotMet => "✗ ",
            _ => "",
        };

    private string Check(TwoWeeksCheck check, List<string> lines, Func<DateTimeOffset, double> x, Layout layout, int top, int axis)
    {
        var html = PortalHtml.Encoder;
        var css = "tl-check-" + check.Result;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"16\" class=\"tl-check-text {css}\">");
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"0\" y=\"{16 + (i * 16)}\">{html.Encode(lines[i])}</tspan>");
        }

        svg.Append("</text>");
        // The gap between the two dates, just above the rows; the dates' names above it (one line each when narrow).
        var line = top - 18;
        var (firstLine, publishedLine) = layout.Stacked ? (line - 26, line - 10) : (line - 10, line - 10);
        if (check.FirstActivityStartsAt is { } first)
        {
            DateLine(first, "TimelineChart.FirstActivity", firstLine, after: true);
        }

        if (check.PublishedAt is { } published)
        {
            var at = DateLine(published, "TimelineChart.Published", publishedLine, after: false);
            if (check.FirstActivityStartsAt is { } start)
            {
                var (left, right) = (Math.Min(at, x(start)), Math.Max(at, x(start)));
                svg.Append(
                    CultureInfo.InvariantCulture,
                    $"<rect class=\"tl-gap {css}\" x=\"{N(left)}\" y=\"{line - 4}\" "
                        + $"width=\"{N(Math.Max(2, right - left))}\" height=\"8\"></rect>"
                );
            }
        }

        return svg.ToString();

        // A date's line down to the axis, its name beside it (after the line, or before it); where it stands.
        double DateLine(DateTimeOffset date, string name, int y, bool after)
        {
            var at = x(date);
            var label = text[name, Short(date)].Value;
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<path class=\"tl-date-line\" d=\"M{N(at)} {y + 2}V{axis}\"></path>"
                    + $"<text {Beside(at, label, layout, after)} y=\"{y}\">{html.Encode(label)}</text>"
            );
            return at;
        }
    }

    /// <summary>
    /// Where a date's name goes beside its line: after it or before it as asked, on the other side when it would run off
    /// the drawing (about 6.5 units a letter).
    /// </summary>
    private static string Beside(double at, string label, Layout layout, bool after)
    {
        var length = label.Length * 6.5;
        var fitsAfter = at + 4 + length <= layout.Width;
        var fitsBefore = at - 4 - length >= 0;
        return (after && fitsAfter) || (!after && !fitsBefore && fitsAfter)
            ? Invariant($"x=\"{N(at + 4)}\"")
            : Invariant($"x=\"{N(at - 4)}\" text-anchor=\"end\"");
    }

    /// <summary>Today as a line on the axis, or an arrow to the side it lies beyond.</summary>
    private string Today(
        Func<DateTimeOffset, double> x,
        DateTimeOffset from,
        DateTimeOffset to,
        Layout layout,
        int top,
        int axis,
        int height
    )
    {
        var html = PortalHtml.Encoder;
        if (now < from)
        {
            return Invariant($"<text x=\"{layout.LabelWidth}\" y=\"{height - 4}\" class=\"tl-today-text\">")
                + html.Encode(text["TimelineChart.TodayEarlier", Short(now, withYear: true)])
                + "</text>";
        }

        if (now > to)
        {
            return Invariant($"<text x=\"{layout.Right}\" y=\"{height - 4}\" text-anchor=\"end\" class=\"tl-today-text\">")
                + html.Encode(text["TimelineChart.TodayLater", Short(now, withYear: true)])
                + "</text>";
        }

        var at = x(now);
        return Invariant($"<path class=\"tl-today\" d=\"M{N(at)} {top - 6}V{axis + 36}\"></path>")
            + Invariant($"<text x=\"{N(at)}\" y=\"{height - 4}\" text-anchor=\"middle\" class=\"tl-today-text\">")
            + html.Encode(text["TimelineChart.Today"])
            + "</text>";
    }

    private static string Mark(Details.ActivityView activity, double x, int y)
    {
        var css = activity.Cancelled ? "tl-mark tl-cancelled" : "tl-mark";
        return activity.Kind == ActivityKind.ForumMeeting
            ? Invariant($"<path class=\"{css} tl-forum\" d=\"M{N(x)} {y - 7}l7 7-7 7-7-7z\"></path>")
            : Invariant($"<circle class=\"{css}\" cx=\"{N(x)}\" cy=\"{y}\" r=\"5\"></circle>");
    }

    /// <summary>The axis: from the earliest of publication and the first activity to the last activity's end.</summary>
    private static (DateTimeOffset From, DateTimeOffset To) Range(List<Details.ActivityView> activities, TwoWeeksCheck check)
    {
        var dates = activities
            .SelectMany(a => new[] { a.StartsAt, a.EndsAt })
            .Concat(check.PublishedAt is { } p ? [p] : [])
            .Select(d => d.ToUniversalTime())
            .ToList();
        var first = dates.Min();
        var last = dates.Max();
        // A little room at each end, so the first and last marks are not cut in half and no empty month is drawn.
        var room = TimeSpan.FromDays(Math.Max(2, (last - first).TotalDays * 0.04));
        return (first - room, last + room);
    }

    /// <summary>Months between labels, so that no more than <paramref name="labels"/> (about) fit.</summary>
    private static int MonthStep(DateTimeOffset from, DateTimeOffset to, int labels)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        return Steps.FirstOrDefault(step => months / step <= labels, 12);
    }

    private string MonthName(DateTimeOffset month, int step) =>
        step >= 12 ? month.Year.ToString(culture) : culture.DateTimeFormat.GetAbbreviatedMonthName(month.Month);

    /// <summary>
    /// A date in the reader's culture without the weekday, its month abbreviated unless the year is shown:
    /// "Mar 1", "1 mars", "1 de mar"; with the year "December 5, 2026", "5 décembre 2026", "5 de diciembre de 2026".
    /// </summary>
    private string Short(DateTimeOffset date, bool withYear = false)
    {
        var format = culture.DateTimeFormat;
        var pattern = withYear
            ? WeekdayPattern().Replace(format.LongDatePattern, "")
            : format.MonthDayPattern.Replace("MMMM", "MMM", StringComparison.Ordinal);
        return date.ToString(pattern, culture);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"dddd,?\s*")]
    private static partial System.Text.RegularExpressions.Regex WeekdayPattern();

    private static string Fit(string label, int letters) => label.Length <= letters ? label : label[..(letters - 1)] + "…";

    /// <summary>Words on lines of at most <paramref name="letters"/> letters (a longer word on a line of its own).</summary>
    private static List<string> Wrap(string words, int letters)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > letters)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    private static string N(double value) => BarChart.Number(value);

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
