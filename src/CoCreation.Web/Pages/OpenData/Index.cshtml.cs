using CoCreation.Web.Features.OpenData;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicCollections = CoCreation.Web.Features.OpenData.Collections;

namespace CoCreation.Web.Pages.OpenData;

/// <summary>/open-data: the data dictionary — every public collection, its downloads and the meaning of each field.</summary>
public sealed class IndexModel : PageModel
{
    public IReadOnlyList<Collection> Collections { get; } = PublicCollections.All;
}
