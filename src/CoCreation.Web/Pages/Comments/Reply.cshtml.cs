using CoCreation.Web.Features.Comments;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Comments;

[EnableRateLimiting(RateLimits.Contribution)]
public sealed class ReplyModel : CommandPage<Post.Command>
{
    public Details.Model Parent { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        Data.Ready();
        return await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        Data = Data with { ParentId = id };
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (!outcome.Succeeded)
        {
            return await ShowAsync(id);
        }

        // Post answers with the reply's id only; the thread's page comes from its parent, in one trip.
        var parent = await Sender.Send(new Details.Query(id), HttpContext.RequestAborted);
        if (parent is null)
        {
            return NotFound();
        }

        return Redirect(outcome.Value is { } reply ? Paths.CommentOn(parent.Page, reply) : parent.Link);
    }

    private Task<IActionResult> ShowAsync(long id) => PageOrNotFoundAsync(new Details.Query(id), found => Parent = found);
}
