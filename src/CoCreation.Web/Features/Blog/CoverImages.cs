using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CoCreation.Web.Infrastructure.Mediator;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Blog;

/// <summary>A file as the browser sent it; <see cref="Content"/> is empty when it was already too large to read.</summary>
public sealed record Upload(string FileName, long Length, byte[] Content);

/// <summary>The upload settings, under "Portal".</summary>
public sealed class UploadOptions
{
    /// <summary>Where uploaded files are kept: outside the web root, never served as they are.</summary>
    public string UploadsPath { get; set; } = "App_Data/uploads";

    public BlogUploadOptions Blog { get; set; } = new();

    public sealed class BlogUploadOptions
    {
        public long MaxCoverImageBytes { get; set; } = 2 * 1024 * 1024;
    }
}

/// <summary>
/// Cover images of blog posts. The type is read from the first bytes (JPEG, PNG or WebP), never from
/// the name or the type the browser claimed; the file is stored under a random name outside the web
/// root and served with the type found, so a script renamed .png is refused and nothing is sniffed.
/// </summary>
public sealed partial class CoverImages(IOptions<UploadOptions> options, IHostEnvironment environment, IStringLocalizer<SharedResource> text)
{
    private static readonly Dictionary<string, string> ContentTypes = new()
    {
        ["jpg"] = "image/jpeg",
        ["png"] = "image/png",
        ["webp"] = "image/webp",
    };

    private string Folder => Path.Combine(Path.GetFullPath(options.Value.UploadsPath, environment.ContentRootPath), "covers");

    public long MaxBytes => options.Value.Blog.MaxCoverImageBytes;

    /// <summary>Checks an upload and returns its type's extension, or refuses it with a message for the "Cover" field.</summary>
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

    /// <summary>Stores a checked upload and returns its new, random name.</summary>
    public async Task<string> SaveAsync(Upload upload, CancellationToken cancellationToken)
    {
        var extension = Check(upload);
        Directory.CreateDirectory(Folder);
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + "." + extension;
        await File.WriteAllBytesAsync(Path.Combine(Folder, name), upload.Content, cancellationToken);
        return name;
    }

    /// <summary>The stored file and its safe content type; null for any name this class did not make.</summary>
    public (string Path, string ContentType)? Find(string? name)
    {
        if (name is null || !StoredName().IsMatch(name))
        {
            return null;
        }

        var path = Path.Combine(Folder, name);
        return File.Exists(path) ? (path, ContentTypes[name[(name.LastIndexOf('.') + 1)..]]) : null;
    }

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

    [GeneratedRegex("^[0-9a-f]{32}\\.(jpg|png|webp)$")]
    private static partial Regex StoredName();
}
