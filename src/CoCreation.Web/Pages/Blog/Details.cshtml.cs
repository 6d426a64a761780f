using CoCreation.Web.Features.Blog;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Blog;

/// <summary>/blog/{id}: a post; its author and the support unit also see it before publication, with the review history.</summary>
public sealed class DetailsModel : PortalPageModel
{
    public Details.Model Post { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var post = await Sender.Send(new Details.Query(id), HttpContext.RequestAborted);
        if (post is null)
        {
            return NotFound();
        }

        Post = post;
        return Page();
    }
}
