namespace CoCreation.Domain.Blog;

/// <summary>
/// A stored cover image: a row, not a file, so it commits or rolls back with the post that uses it and
/// every instance of the portal serves it (QUALITY.md: nothing lives on a local disk).
/// </summary>
public sealed class CoverImageFile
{
    /// <summary>Random, and the image's address: /blog/covers/{Name}.</summary>
    public string Name { get; init; } = "";

    public string ContentType { get; init; } = "";

    public byte[] Content { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }
}
