using Microsoft.AspNetCore.Mvc.Rendering;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>Options of a select for an enum, labelled from the resources as "{prefix}.{Name}".</summary>
public static class Choices
{
    public static IReadOnlyList<SelectListItem> Of<TEnum>(IStringLocalizer text, string prefix, string? emptyLabel = null)
        where TEnum : struct, Enum
    {
        var items = Enum.GetValues<TEnum>().Select(v => new SelectListItem(text[$"{prefix}.{v}"], v.ToString())).ToList();
        if (emptyLabel is not null)
        {
            items.Insert(0, new SelectListItem(emptyLabel, ""));
        }

        return items;
    }
}
