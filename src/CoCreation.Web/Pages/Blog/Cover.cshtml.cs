using CoCreation.Web.Features.Blog;

namespace CoCreation.Web.Pages.Blog;

/// <summary>/blog/covers/{name}: a stored cover image, with the type its bytes showed, never sniffed.</summary>
public sealed class CoverModel : PortalPageModel
{
    public async Task<IActionResult> OnGetAsync(string name)
    {
        if (await Sender.Send(new Cover.Query(name), HttpContext.RequestAborted) is not { } cover)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.ContentDisposition = $"inline; filename=\"cover{Path.GetExtension(name)}\"";

        // A name is never reused for other bytes: browsers and proxies may keep the image for good.
        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return File(cover.Content, cover.ContentType);
    }
}
