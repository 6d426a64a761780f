using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CoCreation.Domain.Blog;
using CoCreation.Web.Infrastructure.Mediator;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace CoCreation.Web.Features.Blog;

/// <summary>A file as the browser sent it; <see cref="Content"/> is empty when it was already too large to read.</summary>
public sealed record Upload(string FileName, long Length, byte[] Content);

/// <summary>The upload settings, under "Portal".</summary>
public sealed class UploadOptions
{
    public BlogUploadOptions Blog { get; set; } = new();

    public sealed class BlogUploadOptions
    {
        public long MaxCoverImageBytes { get; set; } = 2 * 1024 * 1024;

        /// <summary>Width × height a cover may declare; 40 megapixels take 160 MB once decoded, so more is refused unread.</summary>
        public long MaxCoverImagePixels { get; set; } = 40_000_000;
    }
}

/// <summary>
/// Cover images of blog posts. The type is read from the first bytes (JPEG, PNG or WebP), never from the name
/// or the type the browser claimed. The image is then decoded and encoded again, which leaves behind what
/// the photo carried besides its pixels (EXIF, GPS position, camera serial, comments, trailing data); an
/// image that declares more pixels than allowed is refused from its header, before any pixel is decoded
/// (decompression bombs). It is kept under a random name in the database, in the command's transaction.
/// </summary>
public sealed partial class CoverImages(
    PortalDbContext db,
    IOptions<UploadOptions> options,
    IStringLocalizer<SharedResource> text,
    TimeProvider clock
)
{
    private static readonly Dictionary<string, string> ContentTypes = new()
    {
        ["jpg"] = "image/jpeg",
        ["png"] = "image/png",
        ["webp"] = "image/webp",
    };

    public long MaxBytes => options.Value.Blog.MaxCoverImageBytes;

    /// <summary>
    /// Checks and re-encodes an upload and adds it to the unit of work; returns its new, random name. Nothing is
    /// stored unless the command commits. Refusals are messages for the "Cover" field.
    /// </summary>
    private string Store(Upload upload)
    {
        var extension = Check(upload);
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + "." + extension;
        db.Set<CoverImageFile>()
            .Add(
                new CoverImageFile
                {
                    Name = name,
                    ContentType = ContentTypes[extension],
                    Content = Reencode(upload.Content, extension),
                    CreatedAt = clock.GetUtcNow(),
                }
            );
        return name;
    }

    /// <summary>
    /// Gives the post the uploaded cover (stored as <see cref="Store"/> says), or none when <paramref name="upload"/> is null,
    /// and drops the image the post no longer uses, in the same unit of work.
    /// </summary>
    public async Task SetCoverAsync(BlogPost post, Guid authorId, Upload? upload, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var replaced = post.CoverImage;
        post.SetCover(authorId, upload is null ? null : Store(upload), now);
        if (replaced is not null && await db.Set<CoverImageFile>().FindAsync([replaced], cancellationToken) is { } stored)
        {
            db.Set<CoverImageFile>().Remove(stored);
        }
    }

    /// <summary>Checks size and type from the first bytes; returns the type's extension.</summary>
    public string Check(Upload upload)
    {
        if (upload.Length > MaxBytes || upload.Content.Length > MaxBytes)
        {
            throw new InputException("Cover", text["Blog.Cover.TooLarge", MaxBytes / 1024 / 1024]);
        }

        if (upload.Content.Length == 0)
        {
            throw new InputException("Cover", text["Blog.Cover.Empty"]);
        }

        return Detect(upload.Content) ?? throw new InputException("Cover", text["Blog.Cover.WrongType"]);
    }

    public static bool IsStoredName(string? name) => name is not null && StoredName().IsMatch(name);

    /// <summary>jpg, png or webp from the magic bytes; null for anything else.</summary>
    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return "jpg";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "png";
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return "webp";
        }

        return null;
    }

    private byte[] Reencode(byte[] content, string extension)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data) ?? throw Unreadable();
        var declared = codec.Info;
        if (declared.Width <= 0 || declared.Height <= 0)
        {
            throw Unreadable();
        }

        // The header alone says how large the decoded image would be: refuse before allocating a single pixel.
        if ((long)declared.Width * declared.Height > options.Value.Blog.MaxCoverImagePixels)
        {
            throw new InputException("Cover", text["Blog.Cover.TooManyPixels", options.Value.Blog.MaxCoverImagePixels / 1_000_000]);
        }

        var info = new SKImageInfo(
            declared.Width,
            declared.Height,
            SKColorType.Rgba8888,
            declared.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul
        );
        using var decoded = new SKBitmap(info);
        if (codec.GetPixels(info, decoded.GetPixels()) != SKCodecResult.Success)
        {
            throw Unreadable();
        }

        // The orientation tag goes with the rest of the metadata, so the pixels are turned the way it said.
        using var upright = Upright(decoded, codec.EncodedOrigin);
        using var pixmap = upright.PeekPixels();
        using var encoded = extension switch
        {
            "jpg" => pixmap.Encode(new SKJpegEncoderOptions(85, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)),
            "png" => pixmap.Encode(SKPngEncoderOptions.Default),
            _ => pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, 85)),
        };
        return encoded?.ToArray() ?? throw Unreadable();
    }

    private InputException Unreadable() => new("Cover", text["Blog.Cover.Unreadable"]);

    private static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        float w = source.Width,
            h = source.Height;

        // Where pixel (x, y) of the stored image goes: x' = a·x + b·y + c, y' = d·x + e·y + f (EXIF orientations 2 to 8).
        SKMatrix? turn = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => null,
        };
        if (turn is not { } matrix)
        {
            return source.Copy();
        }

        var swaps =
            origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(source.Info.WithSize(swaps ? source.Height : source.Width, swaps ? source.Width : source.Height));
        using var canvas = new SKCanvas(result);
        using var image = SKImage.FromBitmap(source);
        canvas.Concat(in matrix);
        canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default, null);
        canvas.Flush();
        return result;
    }

    [GeneratedRegex("^[0-9a-f]{32}\\.(jpg|png|webp)$")]
    private static partial Regex StoredName();
}
