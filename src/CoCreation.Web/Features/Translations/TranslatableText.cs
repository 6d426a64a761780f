namespace CoCreation.Web.Features.Translations;

/// <summary>
/// A published text a reader may ask to read machine-translated: what it is (<see cref="Kind"/> and
/// <see cref="ItemId"/>, the key of its stored translations), the BCP 47 tag it is written in and its parts. A feature's
/// details model builds one only for what the public may read, so nothing unpublished ever goes to the service.
/// </summary>
public sealed record TranslatableText(string Kind, long ItemId, string Language, IReadOnlyList<TranslatablePart> Parts)
{
    public const string Submission = "submission";

    public const string BlogPost = "blog-post";

    /// <summary>
    /// The primary language subtag ("pt" of "pt-BR"): what a translation service knows and what a reader's language is compared with.
    /// </summary>
    public static string PrimaryOf(string tag) => tag.Split('-', 2)[0].Trim().ToLowerInvariant();
}

/// <summary>One part of a text, by a name stable across versions (title, body); Markdown is rendered as the original is.</summary>
public sealed record TranslatablePart(string Name, string Text, bool IsMarkdown = false);
