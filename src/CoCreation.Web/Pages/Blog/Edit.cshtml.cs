using CoCreation.Web.Features.Blog;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Blog;

/// <summary>/blog/{id}/edit: the author changes a draft or answers the support unit's comment, then (re)submits.</summary>
[EnableRateLimiting(RateLimits.Contribution)]
public sealed class EditModel : BlogFormPage<Edit.Command>
{
    public Edit.Model Post { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await LoadAsync(id) is not { } post)
        {
            return NotFound();
        }

        Data = post.Fields;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        Data.Id = id;
        await ReadCoverAsync();
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value ? RedirectToPage("/Blog/Details", new { id }) : NotFound();
        }

        return await LoadAsync(id) is null ? NotFound() : Page();
    }

    private async Task<Edit.Model?> LoadAsync(long id)
    {
        var post = await Sender.Send(new Edit.Query(id), HttpContext.RequestAborted);
        if (post is not null)
        {
            Post = post;
            await LoadChoicesAsync();
        }

        return post;
    }
}
