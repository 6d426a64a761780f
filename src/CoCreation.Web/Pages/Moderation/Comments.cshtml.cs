using CoCreation.Web.Features.Comments;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Moderation;

public sealed class CommentsModel : PortalPageModel
{
    public Queue.Model Queue { get; private set; } = new([], 0);

    public bool Done { get; private set; }

    public async Task OnGetAsync(bool done = false)
    {
        Done = done;
        Queue = await Sender.Send(new Features.Comments.Queue.Query(), HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostRestoreAsync(long id)
    {
        var outcome = await TrySendAsync(new Moderate.Command(id, Moderate.Decision.Restore), "");
        if (outcome.Succeeded)
        {
            return outcome.Value is null ? NotFound() : Redirect(Paths.ModerationComments(done: true));
        }

        await OnGetAsync();
        return Page();
    }
}
