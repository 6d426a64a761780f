using CoCreation.Web.Features.OpenData;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.OpenData;

/// <summary>/open-data/{collection}.csv|json: a whole public collection, streamed row by row.</summary>
[EnableCors(PublicApi.CorsPolicy)]
[EnableRateLimiting(RateLimits.Download)]
public sealed class DownloadModel : PortalPageModel
{
    public async Task<IActionResult> OnGetAsync(string collection, string format)
    {
        if (Collections.Find(collection) is not { } found)
        {
            return NotFound();
        }

        await found.DownloadAsync(Response, Collection.FormatOf(format), Sender);
        return new EmptyResult();
    }
}
