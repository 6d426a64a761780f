using CoCreation.Web.Features.Comments;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Moderation;

public sealed class CommentModel : PortalPageModel
{
    public Queue.Item Item { get; private set; } = null!;

    [BindProperty]
    public string? NewText { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var shown = await ShowAsync(id);
        NewText ??= Item?.Text;
        return shown;
    }

    public Task<IActionResult> OnPostRestoreAsync(long id) => DecideAsync(id, Moderate.Decision.Restore);

    public Task<IActionResult> OnPostEditAsync(long id) => DecideAsync(id, Moderate.Decision.Edit);

    public Task<IActionResult> OnPostRemoveAsync(long id) => DecideAsync(id, Moderate.Decision.Remove);

    private async Task<IActionResult> DecideAsync(long id, Moderate.Decision decision)
    {
        var command = new Moderate.Command(
            id,
            decision,
            decision == Moderate.Decision.Edit ? NewText : null,
            decision == Moderate.Decision.Remove ? Reason : null
        );
        var outcome = await TrySendAsync(command, "");
        if (outcome.Succeeded)
        {
            return outcome.Value is null ? NotFound() : Redirect(Paths.ModerationComments(done: true));
        }

        // The validator names the command's fields; the form's are named for what they hold here.
        Rename(nameof(Moderate.Command.Text), nameof(NewText));
        return await ShowAsync(id);
    }

    private void Rename(string from, string to)
    {
        if (ModelState.TryGetValue(from, out var entry) && entry.Errors.Count > 0)
        {
            foreach (var error in entry.Errors)
            {
                ModelState.AddModelError(to, error.ErrorMessage);
            }

            ModelState.Remove(from);
        }
    }

    private async Task<IActionResult> ShowAsync(long id)
    {
        var item = (await Sender.Send(new Queue.Query(id), HttpContext.RequestAborted)).Items.SingleOrDefault();
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        return Page();
    }
}
