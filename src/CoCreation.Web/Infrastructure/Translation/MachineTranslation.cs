namespace CoCreation.Web.Infrastructure.Translation;

/// <summary>
/// A part of a text (a submission's title, a post's body) as the service translated it into one language, kept so
/// that the next reader costs the operator no call. <see cref="SourceHash"/> is the version of the original it was
/// made from: an edited original no longer matches and is translated anew, replacing this row.
/// </summary>
public sealed class MachineTranslation
{
    public const int KindMax = 32;

    public const int PartMax = 32;

    public const int LanguageMax = 16;

    public required string Kind { get; init; }

    public required long ItemId { get; init; }

    public required string Part { get; init; }

    public required string TargetLanguage { get; init; }

    /// <summary>SHA-256 of the source language and text.</summary>
    public required byte[] SourceHash { get; init; }

    public required string TranslatedText { get; init; }

    public required DateTimeOffset TranslatedAt { get; init; }
}
