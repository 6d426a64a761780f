using CoCreation.Web.Features.OpenData;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Submissions;

/// <summary>The submissions list's CSV and JSON downloads: the open-data "submissions" collection, streamed.</summary>
[EnableRateLimiting(RateLimits.Download)]
public sealed class DownloadModel : PortalPageModel
{
    public async Task<IActionResult> OnGetAsync(string format)
    {
        await Collections.Find("submissions")!.DownloadAsync(Response, Collection.FormatOf(format), Sender);
        return new EmptyResult();
    }
}
