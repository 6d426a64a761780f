using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Html;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// A world map drawn from one cached asset, wwwroot/img/world.svg (written with WorldMap.Points.cs by
/// scripts/world-map/world-map.mjs from Natural Earth): the page's small inline SVG draws all land with
/// <c>&lt;use href="…#world"&gt;</c> and each pin's country with <c>&lt;use href="…#AR"&gt;</c>, so the shapes travel once
/// and the page carries only a line per pin. Each pin is a link named by its <c>&lt;title&gt;</c>, with a marker whose
/// shape (not only its colour) tells its category. Codes the asset lacks (a subnational member) draw nothing.
/// </summary>
public static partial class WorldMap
{
    public const string Asset = "/img/world.svg";

    public readonly record struct Point(int X, int Y, int Area = 0);

    /// <summary>The marker shapes a legend can name: each category gets its own.</summary>
    public enum Marker
    {
        Circle,
        Square,
        Triangle,
        Ring,
    }

    /// <summary>One member on the map: <paramref name="Category"/> is the CSS class that colours it.</summary>
    public sealed record Pin(string Code, string Name, string Href, string Category, Marker Marker);

    /// <summary>
    /// The shapes file's fingerprinted address (e.g. /img/world.1a2b3c4d5e.svg), which the static assets endpoint serves as
    /// immutable for a year: every page and language shares one cached copy, and a new map gets a new address.
    /// </summary>
    public static string AssetAddress(HttpContext context)
    {
        var assets = context.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>();
        var address = assets?[Asset.TrimStart('/')] ?? Asset;
        return context.Request.PathBase + "/" + address.TrimStart('/');
    }

    /// <summary>Whether the map has a shape for this code (an ISO 3166-1 alpha-2 country code).</summary>
    public static bool Has(string code) => Points.ContainsKey(code.ToUpperInvariant());

    /// <summary>
    /// The map: an SVG named by <paramref name="title"/> (aria-labelledby) whose links are its content; not role="img",
    /// which would hide the links. <paramref name="asset"/> is the versioned address of the shapes file.
    /// </summary>
    public static IHtmlContent Svg(string id, string title, string asset, IEnumerable<Pin> pins)
    {
        var html = PortalHtml.Encoder;
        var svg = new StringBuilder();
        svg.Append(
            CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" class=\"world-map\" "
                + $"aria-labelledby=\"{id}-title\">"
                + $"<title id=\"{id}-title\">{html.Encode(title)}</title><use href=\"{asset}#world\" class=\"map-land\"></use>"
        );
        var drawn = pins.Where(p => Has(p.Code)).ToList();
        // Small countries last, so a large neighbour never covers them.
        foreach (var pin in drawn.OrderByDescending(p => Points[p.Code.ToUpperInvariant()].Area))
        {
            var code = pin.Code.ToUpperInvariant();
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<a href=\"{html.Encode(pin.Href)}\" class=\"{pin.Category}\"><title>{html.Encode(pin.Name)}</title>"
                    + $"<use href=\"{asset}#{code}\"></use>{MarkerShape(pin.Marker, Points[code])}</a>"
            );
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>A marker alone, for a legend: a small SVG showing the shape in <paramref name="category"/>'s colour.</summary>
    public static IHtmlContent LegendKey(Marker marker, string category) =>
        new HtmlString(
            $"<svg class=\"map-key {category}\" viewBox=\"0 0 20 20\" width=\"20\" height=\"20\" aria-hidden=\"true\" focusable=\"false\">"
                + MarkerShape(marker, new Point(10, 10))
                + "</svg>"
        );

    private static string MarkerShape(Marker marker, Point at) =>
        marker switch
        {
            Marker.Square => Invariant($"<rect class=\"map-marker\" x=\"{at.X - 6}\" y=\"{at.Y - 6}\" width=\"12\" height=\"12\"></rect>"),
            Marker.Triangle => Invariant($"<path class=\"map-marker\" d=\"M{at.X} {at.Y - 8}l8 14h-16z\"></path>"),
            Marker.Ring => Invariant($"<circle class=\"map-marker map-ring\" cx=\"{at.X}\" cy=\"{at.Y}\" r=\"6\"></circle>"),
            _ => Invariant($"<circle class=\"map-marker\" cx=\"{at.X}\" cy=\"{at.Y}\" r=\"7\"></circle>"),
        };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
