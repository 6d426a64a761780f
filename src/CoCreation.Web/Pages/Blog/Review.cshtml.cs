using CoCreation.Web.Features.Blog;

namespace CoCreation.Web.Pages.Blog;

/// <summary>/blog/{id}/review: the support unit publishes, asks for changes with a comment, or declines with a reason.</summary>
public sealed class ReviewModel : PortalPageModel
{
    public Details.Model Post { get; private set; } = null!;

    [BindProperty]
    public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(long id) => await ShowAsync(id);

    public async Task<IActionResult> OnPostAsync(long id, Review.Decision decision)
    {
        var outcome = await TrySendAsync(new Review.Command(id, decision, Comment), "");
        if (outcome.Succeeded)
        {
            return outcome.Value ? RedirectToPage("/Blog/ReviewQueue") : NotFound();
        }

        // The validator names the field "Comment": keep the message beside it.
        return await ShowAsync(id);
    }

    private Task<IActionResult> ShowAsync(long id) => PageOrNotFoundAsync(new Details.Query(id), found => Post = found);
}
