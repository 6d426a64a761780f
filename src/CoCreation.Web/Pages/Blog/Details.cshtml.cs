using CoCreation.Web.Features.Blog;
using CoCreation.Web.Features.Translations;

namespace CoCreation.Web.Pages.Blog;

/// <summary>/blog/{id}: a post; its author and the support unit also see it before publication, with the review history.</summary>
public sealed class DetailsModel : PortalPageModel
{
    public Details.Model Post { get; private set; } = null!;

    public Translate.Result Translation { get; private set; } = Translate.Result.Off;

    public async Task<IActionResult> OnGetAsync(long id, string? translate = null)
    {
        var post = await Sender.Send(new Details.Query(id), HttpContext.RequestAborted);
        if (post is null)
        {
            return NotFound();
        }

        Translation = await Sender.Send(new Translate.Query(post.Translatable, translate), HttpContext.RequestAborted);
        if (Translation.WasAsked)
        {
            PublicPageCache.KeepOut(HttpContext);
        }

        Post = post.ShownAs(Translation);
        return Page();
    }
}
