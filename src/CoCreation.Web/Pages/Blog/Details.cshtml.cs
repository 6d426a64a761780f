using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Blog;

/// <summary>/blog/{id}: a post; its author and the support unit also see it before publication, with the review history.</summary>
public sealed class DetailsModel : PortalPageModel
{
    public Features.Blog.Details.Model Post { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var post = await Sender.Send(new Features.Blog.Details.Query(id), HttpContext.RequestAborted);
        if (post is null)
        {
            return NotFound();
        }

        Post = post;
        return Page();
    }
}
