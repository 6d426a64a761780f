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

    /// <summary>Reads <paramref name="limit"/> rows and the cursor of the next page (null on the last page).</summary>
    public static Task<(List<T> Items, string? Next)> PageAsync<T>(IQueryable<T> ordered, int limit, Func<T, string> cursorOf, CancellationToken cancellationToken) =>
        PageAsync(Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsAsyncEnumerable(ordered.Take(limit + 1)), limit, cursorOf, cancellationToken);

    /// <summary>The same from rows already read in order and cut at <paramref name="limit"/> + 1 (a compiled query).</summary>
    public static async Task<(List<T> Items, string? Next)> PageAsync<T>(IAsyncEnumerable<T> firstRowsBeyondLimit, int limit, Func<T, string> cursorOf, CancellationToken cancellationToken)
    {
        var rows = new List<T>(limit + 1);
        await foreach (var row in firstRowsBeyondLimit.WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        var page = rows.Take(limit).ToList();
        return (page, rows.Count > limit ? cursorOf(page[^1]) : null);
    }

    public static bool IsValidLimit(int? limit) => limit is null or >= 1 and <= MaxLimit;

    /// <summary>The one rule for a page size asked for: between 1 and <see cref="MaxLimit"/>, with its localized message.</summary>
    public static FluentValidation.IRuleBuilderOptions<T, int?> ValidLimit<T>(this FluentValidation.IRuleBuilder<T, int?> rule, Microsoft.Extensions.Localization.IStringLocalizer text) =>
        FluentValidation.DefaultValidatorOptions.WithMessage(FluentValidation.DefaultValidatorExtensions.Must(rule, IsValidLimit), _ => text["Validation.Limit", MaxLimit]);

    /// <summary>"{utc ticks}-{id}": a position in a list ordered by a time and then an id.</summary>
    public static string TimeAndId(DateTimeOffset at, long id) =>
        $"{at.UtcTicks.ToString(CultureInfo.InvariantCulture)}-{id.ToString(CultureInfo.InvariantCulture)}";

    public static bool TryParseTimeAndId(string? value, out DateTimeOffset at, out long id)
    {
        at = default;
        id = 0;
        var parts = (value ?? "").Split('-');
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out id)
            || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        at = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }

    /// <summary>"{key}~{second key}": a position in a list ordered by two short texts (a member code and a cycle).</summary>
    public static string TextPair(string first, string second) => $"{first}~{second}";

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

    /// <summary>A single short key (a member code, a commitment id) used as the cursor itself.</summary>
    public static bool IsValidTextKey(string? value) => value is { Length: > 0 and <= 40 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
