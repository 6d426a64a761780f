using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>How a text written by a participant, in any language, is marked and named on a page.</summary>
public static class ContentText
{
    // Every language by its name, sorted for each interface culture once: a culture-aware sort of the hundred-odd names
    // on every list page cost more CPU than the page's own rows (the bench's profile of /submissions).
    private static readonly ConcurrentDictionary<string, (string Label, string Tag)[]> ByName = new(StringComparer.Ordinal);

    /// <summary>The <c>dir</c> attribute: "rtl" for a right-to-left language, else null, which Razor leaves out.</summary>
    public static string? Dir(string? tag) => ContentLanguages.Find(tag)?.Rtl == true ? "rtl" : null;

    /// <summary>"Latvian — latviešu" in the visitor's interface language; the tag itself when the list does not know it.</summary>
    public static string Name(string? tag) =>
        ContentLanguages.Find(tag)?.Label(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? tag ?? "";

    /// <summary>"letton (latviešu)": the name inside a sentence of the interface.</summary>
    public static string NameInSentence(string? tag) =>
        ContentLanguages.Find(tag)?.InSentence(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? tag ?? "";

    /// <summary>
    /// The language choices of a form: a short group first (the member's own languages, then OGP's working
    /// languages), then every language by its name in the interface language. A native &lt;select&gt;: typing a
    /// name jumps to it, with or without JavaScript.
    /// </summary>
    public static List<SelectListItem> Choices(IStringLocalizer text, IEnumerable<string?>? memberCodes = null, string? any = null)
    {
        var ui = CultureInfo.CurrentUICulture;
        var uiLanguage = ui.TwoLetterISOLanguageName;
        var suggested = new SelectListGroup { Name = text["Languages.Suggested"] };
        var all = new SelectListGroup { Name = text["Languages.All"] };
        var first = (memberCodes ?? [])
            .SelectMany(ContentLanguages.OfMember)
            .Select(l => l.Tag)
            .Concat(WorkingLanguages.All)
            .Distinct()
            .Select(tag => ContentLanguages.Find(tag)!)
            .Select(l => new SelectListItem(l.Label(uiLanguage), l.Tag) { Group = suggested });
        var rest = ByName
            .GetOrAdd(ui.Name, _ =>
                [
                    .. ContentLanguages
                        .All.OrderBy(l => l.NameIn(uiLanguage), StringComparer.Create(ui, CompareOptions.IgnoreCase))
                        .Select(l => (l.Label(uiLanguage), l.Tag)),
                ]
            )
            .Select(l => new SelectListItem(l.Label, l.Tag) { Group = all });
        var items = first.Concat(rest).ToList();
        if (any is not null)
        {
            items.Insert(0, new SelectListItem(any, ""));
        }

        return items;
    }
}
