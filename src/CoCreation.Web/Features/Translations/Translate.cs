using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CoCreation.Web.Infrastructure;
using CoCreation.Web.Infrastructure.Translation;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Translations;

/// <summary>
/// "Show a translation into my language" under a text written in another language than the reader's interface:
/// offered when the operator configured a translation service, done when the reader asks for it (the page's
/// <see cref="Paths.Translated"/> address), read from the stored translations of that version of the text when
/// there are some, else asked of the service once and stored. A service that fails or is slow, or a reader who asked
/// for too many, gets the original with a word of explanation, never an error page.
/// </summary>
public static class Translate
{
    /// <summary>
    /// <paramref name="Text"/> null when the page holds nothing the public may read; <paramref name="Requested"/> the
    /// language the reader asked for (the address's "translate"), honoured only when it is their interface language.
    /// </summary>
    [Allow(Audience.Anonymous)]
    public sealed record Query(TranslatableText? Text, string? Requested) : IQuery<Result>;

    public enum State
    {
        /// <summary>No service, nothing public, or a text already in the reader's language: nothing is said.</summary>
        Off,

        /// <summary>The link to a translation.</summary>
        Offered,

        /// <summary>The translated parts, said to be a machine translation.</summary>
        Translated,

        /// <summary>The service failed or did not answer in time: the original, with an apology.</summary>
        Unavailable,

        /// <summary>This address asked for more new translations than the operator allows per window: the original.</summary>
        TooMany,
    }

    /// <param name="Target">The reader's interface language, which a translation is into.</param>
    /// <param name="Parts">The translation of each part by name; a Markdown part as sanitized HTML, like the original's.</param>
    public sealed record Result(State State, string Target, IReadOnlyDictionary<string, string> Parts)
    {
        public static readonly Result Off = new(State.Off, "", new Dictionary<string, string>());

        public bool IsTranslated => State == State.Translated;

        /// <summary>The reader asked for a translation: the page is theirs alone, neither cached for others nor indexed.</summary>
        public bool WasAsked => State is State.Translated or State.Unavailable or State.TooMany;

        /// <summary>The part's translation when the text is shown translated, else <paramref name="original"/>.</summary>
        public string? Show(string part, string? original) => IsTranslated && Parts.TryGetValue(part, out var shown) ? shown : original;

        /// <summary>The language the text is shown in: the target when translated, else its own.</summary>
        public string LanguageOf(string original) => IsTranslated ? Target : original;
    }

    public sealed class Handler(
        PortalDbContext db,
        MachineTranslator translator,
        MarkdownRenderer markdown,
        SharedRateCounter counter,
        IHttpContextAccessor http,
        IOptions<PortalOptions> portal,
        TimeProvider clock,
        ILogger<Handler> logger
    ) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var target = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            if (query.Text is not { Parts.Count: > 0 } text || !translator.IsEnabled || TranslatableText.PrimaryOf(text.Language) == target)
            {
                return Result.Off;
            }

            if (!string.Equals(query.Requested, target, StringComparison.OrdinalIgnoreCase))
            {
                return new Result(State.Offered, target, new Dictionary<string, string>());
            }

            var source = TranslatableText.PrimaryOf(text.Language);
            var hashes = text.Parts.ToDictionary(p => p.Name, p => HashOf(text.Language, p.Text), StringComparer.Ordinal);
            var stored = await db
                .MachineTranslations.AsNoTracking()
                .Where(t => t.Kind == text.Kind && t.ItemId == text.ItemId && t.TargetLanguage == target)
                .Select(t => new
                {
                    t.Part,
                    t.SourceHash,
                    t.TranslatedText,
                })
                .ToListAsync(cancellationToken);
            var translations = stored
                .Where(t => hashes.TryGetValue(t.Part, out var hash) && hash.AsSpan().SequenceEqual(t.SourceHash))
                .ToDictionary(t => t.Part, t => t.TranslatedText, StringComparer.Ordinal);
            var missing = text.Parts.Where(p => !translations.ContainsKey(p.Name)).ToList();
            if (missing.Count > 0)
            {
                if (!await WithinLimitAsync(cancellationToken))
                {
                    return new Result(State.TooMany, target, new Dictionary<string, string>());
                }

                var answer = await translator.TranslateAsync([.. missing.Select(p => p.Text)], source, target, cancellationToken);
                if (!answer.Succeeded)
                {
                    logger.LogWarning(
                        "Machine translation of {Kind} {ItemId} from {Source} into {Target} failed: {Reason}",
                        text.Kind,
                        text.ItemId,
                        source,
                        target,
                        answer.Failure
                    );
                    return new Result(State.Unavailable, target, new Dictionary<string, string>());
                }

                for (var i = 0; i < missing.Count; i++)
                {
                    translations[missing[i].Name] = answer.Texts[i];
                }

                await StoreAsync(text, target, missing, hashes, translations, cancellationToken);
            }

            var parts = text.Parts.ToDictionary(
                p => p.Name,
                p => p.IsMarkdown ? markdown.ToHtml(translations[p.Name]) : translations[p.Name],
                StringComparer.Ordinal
            );
            return new Result(State.Translated, target, parts);
        }

        /// <summary>Only calls to the service count: a reader of stored translations costs the operator nothing.</summary>
        private async Task<bool> WithinLimitAsync(CancellationToken cancellationToken)
        {
            var limits = portal.Value.RateLimits;
            var client = http.HttpContext is { } context ? RateLimits.ClientOf(context) : "no-request";
            var (hits, _) = await counter.HitAsync("translation|" + client, limits.TranslationWindow, cancellationToken);
            return hits <= limits.TranslationPermitLimit;
        }

        /// <summary>
        /// An upsert, so two readers asking at once both succeed and an edited original's translation replaces the old
        /// one. A query that writes: what it writes is a copy of the service's answer, never state anyone reads as a change.
        /// </summary>
        private async Task StoreAsync(
            TranslatableText text,
            string target,
            IReadOnlyList<TranslatablePart> missing,
            Dictionary<string, byte[]> hashes,
            Dictionary<string, string> translations,
            CancellationToken cancellationToken
        )
        {
            var names = missing.Select(p => p.Name).ToArray();
            var sourceHashes = missing.Select(p => hashes[p.Name]).ToArray();
            var translated = missing.Select(p => translations[p.Name]).ToArray();
            var now = clock.GetUtcNow();
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO machine_translations (kind, item_id, target_language, part, source_hash, translated_text, translated_at)
                SELECT {text.Kind}, {text.ItemId}, {target}, part, source_hash, translated_text, {now}
                FROM unnest({names}::text[], {sourceHashes}::bytea[], {translated}::text[]) AS t(part, source_hash, translated_text)
                ON CONFLICT (kind, item_id, target_language, part) DO UPDATE
                SET source_hash = excluded.source_hash, translated_text = excluded.translated_text, translated_at = excluded.translated_at
                """,
                cancellationToken
            );
        }

        private static byte[] HashOf(string language, string text) => SHA256.HashData(Encoding.UTF8.GetBytes(language + "\n" + text));
    }
}
