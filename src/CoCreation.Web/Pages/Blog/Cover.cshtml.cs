using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Blog;

/// <summary>/blog/covers/{name}: a stored cover image, with the type its bytes showed, never sniffed.</summary>
public sealed class CoverModel(Features.Blog.CoverImages covers) : PortalPageModel
{
    public IActionResult OnGet(string name)
    {
        if (covers.Find(name) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.ContentDisposition = $"inline; filename=\"cover{Path.GetExtension(file.Path)}\"";
        Response.Headers.CacheControl = "public, max-age=86400";
        return PhysicalFile(file.Path, file.ContentType);
    }
}
