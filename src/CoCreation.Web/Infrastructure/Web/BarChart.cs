using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG (Pages/Shared/_BarChart.cshtml) with a title, a
/// description and the same figures in a table beside it: no chart library, no script. Bars with several
/// series are stacked; each series has a colour with at least 3:1 contrast against white.
/// </summary>
/// <param name="Id">Unique on the page: the title and description are referenced by it.</param>
/// <param name="Description">What the chart shows, in words (the text alternative).</param>
/// <param name="LabelHeading">The heading of the table's first column.</param>
/// <param name="Series">The names of the stacked series (one for a plain bar chart).</param>
/// <param name="Maximum">The value a full bar stands for (e.g. 100 for percentages); the largest bar otherwise.</param>
public sealed record BarChart(
    string Id,
    string Title,
    string Description,
    string LabelHeading,
    IReadOnlyList<string> Series,
    IReadOnlyList<BarChart.Bar> Bars,
    double? Maximum = null
)
{
    public const int Width = 640;
    public const int LabelWidth = 210;
    public const int ValueWidth = 70;
    public const int BarHeight = 22;
    public const int Gap = 8;

    private static readonly string[] Palette = ["#1f5f99", "#b35900", "#2e7d32", "#6a1b9a", "#5f6b7a"];

    /// <summary>One bar: its label, its value per series and the figures as the table shows them.</summary>
    public sealed record Bar(string Label, IReadOnlyList<double> Values, IReadOnlyList<string> Texts, string? Href = null)
    {
        public static Bar Of(string label, double value, string? text = null, string? href = null) =>
            new(label, [value], [text ?? value.ToString("N0", CultureInfo.CurrentCulture)], href);
    }

    public int Height => Gap + (Bars.Count * (BarHeight + Gap));

    public static string Color(int series) => Palette[series % Palette.Length];

    /// <summary>The width in SVG units of <paramref name="value"/> on the bar area.</summary>
    public double Length(double value)
    {
        var top = Maximum ?? Bars.Select(b => b.Values.Sum()).DefaultIfEmpty(0).Max();
        return top <= 0 ? 0 : Math.Round(Math.Max(0, value) / top * (Width - LabelWidth - ValueWidth), 1);
    }

    /// <summary>A label shortened to fit the label column; the table keeps it whole.</summary>
    public static string Fit(string label) => label.Length <= 30 ? label : label[..29] + "…";

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The chart as an SVG image named by its title and described by its description (role="img", aria-labelledby).</summary>
    public IHtmlContent Svg()
    {
        var html = PortalHtml.Encoder;
        var svg = new StringBuilder();
        svg.Append(
            CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{Id}-title {Id}-desc\" "
                + $"viewBox=\"0 0 {Width} {Height}\" width=\"100%\" class=\"chart-svg\" "
                + $"font-size=\"12\" font-family=\"system-ui, sans-serif\">"
        );
        svg.Append(
            CultureInfo.InvariantCulture,
            $"<title id=\"{Id}-title\">{html.Encode(Title)}</title><desc id=\"{Id}-desc\">{html.Encode(Description)}</desc>"
        );
        for (var i = 0; i < Bars.Count; i++)
        {
            var bar = Bars[i];
            var y = Gap + (i * (BarHeight + Gap));
            double x = LabelWidth;
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\" fill=\"#212529\">{html.Encode(Fit(bar.Label))}</text>"
            );
            for (var s = 0; s < bar.Values.Count; s++)
            {
                var length = Length(bar.Values[s]);
                if (length > 0)
                {
                    svg.Append(
                        CultureInfo.InvariantCulture,
                        $"<rect x=\"{Number(x)}\" y=\"{y}\" width=\"{Number(length)}\" height=\"{BarHeight}\" fill=\"{Color(s)}\"></rect>"
                    );
                }

                x += length;
            }

            svg.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{Number(x + 6)}\" y=\"{y + 15}\" fill=\"#212529\">"
                    + $"{html.Encode(Series.Count > 1 ? bar.Texts[^1] : bar.Texts[0])}</text>"
            );
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
