using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Blog;

/// <summary>/blog/authors/{id}: an author's published posts.</summary>
public sealed class AuthorModel : PortalPageModel
{
    public IReadOnlyList<Features.Blog.Index.Card> Posts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Posts = await Sender.Send(new Features.Blog.Index.Query { Author = id }, HttpContext.RequestAborted);
        return Posts.Count == 0 ? NotFound() : Page();
    }
}
