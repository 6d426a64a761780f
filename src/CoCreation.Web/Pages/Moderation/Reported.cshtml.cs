using CoCreation.Web.Features.Moderation;

namespace CoCreation.Web.Pages.Moderation;

public sealed class ReportedModel : PortalPageModel
{
    public Reported.Item Item { get; private set; } = null!;

    /// <summary>Named as the command's fields, so its refusals land beside them.</summary>
    [BindProperty]
    public Decided Data { get; set; } = new();

    public Task<IActionResult> OnGetAsync(long id) => ShowAsync(id);

    public Task<IActionResult> OnPostRestoreAsync(long id) => DecideAsync(id, DecideReported.Decision.Restore);

    public Task<IActionResult> OnPostRemoveAsync(long id) => DecideAsync(id, DecideReported.Decision.Remove);

    private async Task<IActionResult> DecideAsync(long id, DecideReported.Decision decision)
    {
        var command = new DecideReported.Command(id, decision, decision == DecideReported.Decision.Remove ? Data.Reason : null);
        var outcome = await TrySendAsync(command, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value ? Redirect(Paths.ModerationComments(done: true)) : NotFound();
        }

        return await ShowAsync(id);
    }

    private async Task<IActionResult> ShowAsync(long id)
    {
        var item = (await Sender.Send(new Reported.Query(id), HttpContext.RequestAborted)).Items.SingleOrDefault();
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        return Page();
    }

    public sealed class Decided
    {
        public string? Reason { get; set; }
    }
}
