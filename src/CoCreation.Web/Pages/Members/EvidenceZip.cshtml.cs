using CoCreation.Web.Features.Members;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Members;

/// <summary>/members/{code}/evidence.zip: the evidence pack as CSV and JSON files, streamed as it is read.</summary>
[EnableRateLimiting(RateLimits.Download)]
public sealed class EvidenceZipModel : PortalPageModel
{
    public async Task<IActionResult> OnGetAsync(string code)
    {
        var clock = HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        return await EvidencePack.DownloadAsync(Response, code, Sender, clock) ? new EmptyResult() : NotFound();
    }
}
