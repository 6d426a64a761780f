using System.Reflection;
using SkiaSharp;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Draws the pictures the portal is shown with elsewhere: the 1200 × 630 share image of a link (a campaign's name,
/// dates and hashtags on the portal's colours, with its logo mark) and the icons (favicon, home screen, manifest).
/// Text is drawn with the typeface embedded in the assembly (Atkinson Hyperlegible), so a server without any system
/// font (SkiaSharp's NoDependencies build reads none) draws the same picture as a developer's machine.
/// </summary>
public static class ShareCanvas
{
    public const int Width = 1200;

    public const int Height = 630;

    // The portal's colours (the tokens of site.css and the logo mark of /img/logo.svg).
    private static readonly SKColor Primary = SKColor.Parse("#0b5394");
    private static readonly SKColor PrimaryDark = SKColor.Parse("#083d6d");
    private static readonly SKColor Accent = SKColor.Parse("#ffb37a");
    private static readonly SKColor White = SKColors.White;

    // /img/logo.svg, drawn on a 32 × 32 grid: the answer (an outlined bubble) behind the question (a filled one).
    private const string AnswerBubble = "M21 13h3a3 3 0 0 1 3 3v4a3 3 0 0 1-3 3v3l-4-3h-5a3 3 0 0 1-3-2";
    private const string QuestionBubble = "M8 7h10a3 3 0 0 1 3 3v6a3 3 0 0 1-3 3h-6l-4 3v-3a3 3 0 0 1-3-3v-6a3 3 0 0 1 3-3z";

    private static readonly Lazy<SKTypeface> Bold = new(() => Load("CoCreation.Web.ShareImage.Bold.ttf"));
    private static readonly Lazy<SKTypeface> Regular = new(() => Load("CoCreation.Web.ShareImage.Regular.ttf"));

    /// <summary>
    /// A share image as PNG: <paramref name="kicker"/> (the portal's name) beside the logo mark, <paramref name="heading"/>
    /// large (wrapped to three lines, smaller when long), then up to two lines (dates, hashtags).
    /// </summary>
    public static byte[] Draw(string kicker, string heading, string? firstLine, string? secondLine)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var canvas = surface.Canvas;
        canvas.Clear(Primary);
        using (var band = new SKPaint { Color = Accent, IsAntialias = true })
        {
            canvas.DrawRect(0, Height - 24, Width, 24, band);
        }

        const float margin = 80;
        DrawLogo(canvas, new SKRect(margin, 64, margin + 112, 64 + 112), PrimaryDark);
        using var kickerFont = new SKFont(Bold.Value, 40);
        using var white = new SKPaint { Color = White, IsAntialias = true };
        using var accent = new SKPaint { Color = Accent, IsAntialias = true };
        canvas.DrawText(Fit(kicker, kickerFont, Width - 2 * margin - 144), margin + 144, 64 + 56 + 14, SKTextAlign.Left, kickerFont, white);

        var lines = new List<(string Text, SKFont Font, SKPaint Paint, float Gap)>();
        using var headingFont = new SKFont(Bold.Value, 72);
        var wrapped = Wrap(heading, headingFont, Width - 2 * margin, 3);
        while (wrapped.Overflowed && headingFont.Size > 52)
        {
            headingFont.Size -= 4;
            wrapped = Wrap(heading, headingFont, Width - 2 * margin, 3);
        }

        lines.AddRange(wrapped.Lines.Select(l => (l, headingFont, white, headingFont.Size * 1.15f)));
        using var detailFont = new SKFont(Regular.Value, 40);
        using var hashtagFont = new SKFont(Bold.Value, 40);
        if (!string.IsNullOrWhiteSpace(firstLine))
        {
            lines.Add((Fit(firstLine, detailFont, Width - 2 * margin), detailFont, accent, 76));
        }

        if (!string.IsNullOrWhiteSpace(secondLine))
        {
            lines.Add((Fit(secondLine, hashtagFont, Width - 2 * margin), hashtagFont, white, 56));
        }

        // The block of text sits in the space under the logo, its last line a fixed distance above the band.
        var height = lines.Sum(l => l.Gap);
        var y = Math.Max(64 + 112 + 24, Height - 24 - 64 - height);
        foreach (var (text, font, paint, gap) in lines)
        {
            y += gap;
            canvas.DrawText(text, margin, y - gap * 0.25f, SKTextAlign.Left, font, paint);
        }

        return Encode(surface);
    }

    /// <summary>
    /// The logo mark alone as a square PNG of <paramref name="size"/> pixels; <paramref name="fullBleed"/> without the rounded
    /// corners (home-screen icons, which the device rounds itself).
    /// </summary>
    public static byte[] Icon(int size, bool fullBleed)
    {
        using var surface = SKSurface.Create(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.Transparent);
        DrawLogo(surface.Canvas, new SKRect(0, 0, size, size), Primary, fullBleed ? 0 : 7);
        return Encode(surface);
    }

    /// <summary>A Windows icon (.ico) holding one PNG image of <paramref name="size"/> pixels, as browsers read at /favicon.ico.</summary>
    public static byte[] Ico(int size)
    {
        var png = Icon(size, fullBleed: false);
        using var ico = new MemoryStream();
        using var writer = new BinaryWriter(ico);
        writer.Write((ushort)0); // reserved
        writer.Write((ushort)1); // an icon
        writer.Write((ushort)1); // one image
        writer.Write((byte)(size >= 256 ? 0 : size));
        writer.Write((byte)(size >= 256 ? 0 : size));
        writer.Write((byte)0); // no palette
        writer.Write((byte)0);
        writer.Write((ushort)1); // colour planes
        writer.Write((ushort)32); // bits per pixel
        writer.Write(png.Length);
        writer.Write(6 + 16); // where the image starts: after this header and its one entry
        writer.Write(png);
        writer.Flush();
        return ico.ToArray();
    }

    private static void DrawLogo(SKCanvas canvas, SKRect box, SKColor background, float radius = 7)
    {
        var scale = box.Width / 32f;
        canvas.Save();
        canvas.Translate(box.Left, box.Top);
        canvas.Scale(scale);
        using (var fill = new SKPaint { Color = background, IsAntialias = true })
        {
            canvas.DrawRoundRect(new SKRect(0, 0, 32, 32), radius, radius, fill);
        }

        using (var answer = SKPath.ParseSvgPathData(AnswerBubble))
        using (
            var stroke = new SKPaint
            {
                Color = Accent,
                IsAntialias = true,
                Style = SKPaintStyle.Stroke,
                StrokeWidth = 2,
                StrokeCap = SKStrokeCap.Round,
                StrokeJoin = SKStrokeJoin.Round,
            }
        )
        {
            canvas.DrawPath(answer, stroke);
        }

        using (var question = SKPath.ParseSvgPathData(QuestionBubble))
        using (var fill = new SKPaint { Color = White, IsAntialias = true })
        {
            canvas.DrawPath(question, fill);
        }

        canvas.Restore();
    }

    private static (List<string> Lines, bool Overflowed) Wrap(string text, SKFont font, float width, int maxLines)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        if (lines.Count <= maxLines && lines.All(l => font.MeasureText(l) <= width))
        {
            return (lines, false);
        }

        var kept = lines.Take(maxLines).ToList();
        kept[^1] = Fit(string.Join(' ', lines.Skip(maxLines - 1)), font, width, forceEllipsis: lines.Count > maxLines);
        return (kept, true);
    }

    /// <summary><paramref name="text"/>, cut with an ellipsis where it would be wider than <paramref name="width"/>.</summary>
    private static string Fit(string text, SKFont font, float width, bool forceEllipsis = false)
    {
        if (!forceEllipsis && font.MeasureText(text) <= width)
        {
            return text;
        }

        var cut = text;
        while (cut.Length > 1 && font.MeasureText(cut + "…") > width)
        {
            cut = cut[..^1];
        }

        return cut.TrimEnd() + "…";
    }

    private static byte[] Encode(SKSurface surface)
    {
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static SKTypeface Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font {name} is missing.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"The embedded font {name} is unreadable.");
    }
}
