using CoCreation.Web.Features.Comments;

namespace CoCreation.Web.Pages.Moderation;

public sealed class CommentModel : PortalPageModel
{
    public Queue.Item Item { get; private set; } = null!;

    /// <summary>Named as the command's fields, so its refusals land beside them.</summary>
    [BindProperty]
    public Decided Data { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var shown = await ShowAsync(id);
        Data.Text ??= Item?.Text;
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
            decision == Moderate.Decision.Edit ? Data.Text : null,
            decision == Moderate.Decision.Remove ? Data.Reason : null
        );
        var outcome = await TrySendAsync(command, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value is null ? NotFound() : Redirect(Paths.ModerationComments(done: true));
        }

        var shown = await ShowAsync(id);
        if (decision != Moderate.Decision.Edit)
        {
            // The edit box was not in the form sent: it shows the comment's words again, not an empty box.
            Data.Text ??= Item?.Text;
        }

        return shown;
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

    public sealed class Decided
    {
        public string? Text { get; set; }

        public string? Reason { get; set; }
    }
}
