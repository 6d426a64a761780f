using System.Globalization;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Keyset pages shared by the lists and the public API: a page is the rows after the position of the last
/// row seen (never OFFSET), read one row beyond the limit to know whether another page follows.
/// </summary>
public static class Keyset
{
    /// <summary>The most rows one API page may ask for.</summary>
    public const int MaxLimit = 200;

    /// <summary>Rows of an API page when the caller does not say.</summary>
    public const int DefaultLimit = 50;

    /// <summary>
    /// Reads <paramref name="limit"/> rows and the cursor of the next page (null on the last page). A null limit reads
    /// every row, for a page that shows the whole list (the members directory): then there is never a next page.
    /// </summary>
    public static async Task<KeysetPage<T>> PageAsync<T>(
        IQueryable<T> ordered,
        int? limit,
        Func<T, string> cursorOf,
        CancellationToken cancellationToken
    )
    {
        if (limit is not { } most)
        {
            return new KeysetPage<T>(
                await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(ordered, cancellationToken),
                null
            );
        }

        return await PageAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsAsyncEnumerable(ordered.Take(most + 1)),
            most,
            cursorOf,
            cancellationToken
        );
    }

    /// <summary>The same from rows already read in order and cut at <paramref name="limit"/> + 1 (a compiled query).</summary>
    public static async Task<KeysetPage<T>> PageAsync<T>(
        IAsyncEnumerable<T> firstRowsBeyondLimit,
        int limit,
        Func<T, string> cursorOf,
        CancellationToken cancellationToken
    )
    {
        var rows = new List<T>(limit + 1);
        await foreach (var row in firstRowsBeyondLimit.WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        return Cut(rows, limit, cursorOf);
    }

    /// <summary>
    /// The same from rows read in order with one beyond <paramref name="limit"/> (a list built in memory from several
    /// queries), or every row when there is no limit. Only a row beyond the limit proves a next page: a last page
    /// that is exactly full has none.
    /// </summary>
    public static KeysetPage<T> Cut<T>(IReadOnlyList<T> firstRowsBeyondLimit, int? limit, Func<T, string> cursorOf)
    {
        if (limit is not { } most || firstRowsBeyondLimit.Count <= most)
        {
            return new KeysetPage<T>(firstRowsBeyondLimit, null);
        }

        var page = firstRowsBeyondLimit.Take(most).ToList();
        return new KeysetPage<T>(page, cursorOf(page[^1]));
    }

    public static bool IsValidLimit(int? limit) => limit is null or >= 1 and <= MaxLimit;

    /// <summary>The one rule for a page size asked for: between 1 and <see cref="MaxLimit"/>, with its localized message.</summary>
    public static IRuleBuilderOptions<T, int?> ValidLimit<T>(this IRuleBuilder<T, int?> rule, IStringLocalizer text) =>
        rule.Must(IsValidLimit).WithMessage(_ => text["Validation.Limit", MaxLimit]);

    /// <summary>"{utc ticks}-{id}": a position in a list ordered by a time and then an id.</summary>
    public static string TimeAndId(DateTimeOffset at, long id) =>
        $"{at.UtcTicks.ToString(CultureInfo.InvariantCulture)}-{id.ToString(CultureInfo.InvariantCulture)}";

    public static bool IsTimeAndId(string value) => TryParseTimeAndId(value, out _, out _);

    public static bool TryParseTimeAndId(string? value, out DateTimeOffset at, out long id)
    {
        at = default;
        id = 0;
        var parts = (value ?? "").Split('-');
        if (
            parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out id)
            || ticks > DateTimeOffset.MaxValue.UtcTicks
        )
        {
            return false;
        }

        at = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }

    /// <summary>"{key}~{second key}": a position in a list ordered by two short texts (a member code and a cycle).</summary>
    public static string TextPair(string first, string second) => $"{first}~{second}";

    public static bool IsTextPair(string value) => TryParseTextPair(value, out _, out _);

    public static bool TryParseTextPair(string? value, out string first, out string second)
    {
        first = "";
        second = "";
        var parts = (value ?? "").Split('~');
        if (parts.Length != 2 || parts[0].Length is 0 or > 40 || parts[1].Length is 0 or > 40)
        {
            return false;
        }

        (first, second) = (parts[0], parts[1]);
        return true;
    }

    /// <summary>The id of the last row seen: a position in a list kept in the order its rows were recorded.</summary>
    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static bool IsId(string value) => TryParseId(value, out _);

    public static bool TryParseId(string? value, out long id) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id >= 0;

    /// <summary>A single short key (a member code, a commitment id) used as the cursor itself.</summary>
    public static bool IsValidTextKey(string? value) =>
        value is { Length: > 0 and <= 40 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}

/// <summary>
/// What every list query carries besides its filters: where its page starts and how many rows it holds. Each list says
/// how it writes a row's position (its cursor) and how many rows a page holds when the query names none.
/// </summary>
public abstract record KeysetQuery
{
    /// <summary>Keyset cursor: the position of the last row of the previous page, as the list wrote it in NextAfter.</summary>
    public string? After { get; init; }

    /// <summary>
    /// Rows per page, up to <see cref="Keyset.MaxLimit"/>; when null, the list's own page size (or every row, for a list
    /// its page shows whole).
    /// </summary>
    public int? Limit { get; init; }
}

/// <summary>
/// The rules every list query shares: a cursor the list can read (else the localized "Validation.Cursor") and a page
/// size within <see cref="Keyset.MaxLimit"/>. A list's validator adds the rules of its filters.
/// </summary>
public abstract class KeysetQueryValidator<T> : AbstractValidator<T>
    where T : KeysetQuery
{
    protected KeysetQueryValidator(IStringLocalizer text, Func<string, bool> isCursor)
    {
        RuleFor(q => q.After).Must(a => a is null || isCursor(a)).WithMessage(_ => text["Validation.Cursor"]);
        RuleFor(q => q.Limit).ValidLimit(text);
    }
}

/// <summary>
/// The one shape of a list: its rows and the cursor of the next page (null on the last page). Each list's
/// Model (or its KeysetPage) implements it, so the pages and the public API turn any list into links the same way.
/// </summary>
public interface IKeysetPage<out T>
{
    IReadOnlyList<T> Items { get; }

    string? NextAfter { get; }
}

/// <summary>A page as <see cref="Keyset"/> reads it, before a list adds what else its Model carries.</summary>
public sealed record KeysetPage<T>(IReadOnlyList<T> Items, string? NextAfter) : IKeysetPage<T>;
