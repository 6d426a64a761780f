using CoCreation.Domain.Timelines;

namespace CoCreation.Web.Pages.Timelines;

/// <summary>Words a timeline revision in the reader's language: what kind of change, to what, which fields.</summary>
public static class TimelineText
{
    public static string Describe(IStringLocalizer text, TimelineChange change, string subject, IReadOnlyList<string> fields)
    {
        var what = text["Timeline.Change." + change, subject].Value;
        return fields.Count == 0 ? what : $"{what} ({string.Join(", ", fields.Select(f => text["Timeline.Field." + f].Value))})";
    }
}
