using Index = CoCreation.Web.Features.Blog.Index;

namespace CoCreation.Web.Pages.Blog;

/// <summary>/blog/authors/{id}: an author's published posts.</summary>
public sealed class AuthorModel : PortalPageModel
{
    public Index.Model Posts { get; private set; } = new([], null);

    public async Task<IActionResult> OnGetAsync(Guid id, string? after)
    {
        Posts = await Sender.Send(new Index.Query { Author = id, After = IndexModel.ValidCursorOrNull(after) }, HttpContext.RequestAborted);
        return Posts.Items.Count == 0 ? NotFound() : Page();
    }
}
