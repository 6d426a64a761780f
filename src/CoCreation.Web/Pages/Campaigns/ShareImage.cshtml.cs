using System.Globalization;
using CoCreation.Web.Features.Campaigns;
using Microsoft.Net.Http.Headers;

namespace CoCreation.Web.Pages.Campaigns;

/// <summary>
/// /campaigns/{slug}/share-{language}.png: the picture a shared link to the campaign, its submissions and its events shows
/// (og:image). The language is in the address, not taken from the visitor's cookie, so every cache keeps the right one.
/// </summary>
public sealed class ShareImageModel : PortalPageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, string language)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        if (await Sender.Send(new ShareImage.Query(slug), HttpContext.RequestAborted) is not { } image)
        {
            return NotFound();
        }

        // A day before asking again; the ETag then answers 304 until the campaign changes.
        Response.Headers.CacheControl = "public, max-age=86400";
        Response.Headers.ETag = image.ETag;
        var etag = new EntityTagHeaderValue(image.ETag);
        if (
            Request
                .GetTypedHeaders()
                .IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false))
        )
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(image.Png, "image/png");
    }
}
