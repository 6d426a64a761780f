using CoCreation.Web.Features.OpenData;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoCreation.Web.Pages.OpenData;

/// <summary>/open-data: the data dictionary — every public collection, its downloads and the meaning of each field.</summary>
public sealed class IndexModel : PageModel
{
    public IReadOnlyList<Collection> Collections { get; } = Features.OpenData.Collections.All;
}
