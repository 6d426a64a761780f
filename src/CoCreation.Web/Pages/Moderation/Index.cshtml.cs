using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Moderation;

public sealed class IndexModel : PortalPageModel
{
    [BindProperty(SupportsGet = true)]
    public Features.Moderation.Index.Query Filter { get; set; } = new();

    [BindProperty]
    public List<long> Selected { get; set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    public Features.Moderation.Index.Model Queue { get; private set; } = new([], [], 0);

    public int Done { get; private set; }

    public async Task OnGetAsync(int done = 0)
    {
        Done = done;
        await LoadAsync();
    }

    public Task<IActionResult> OnPostPublishAsync() => DecideAsync(Features.Moderation.Decide.Decision.Publish);

    public Task<IActionResult> OnPostRejectAsync() => DecideAsync(Features.Moderation.Decide.Decision.Reject);

    public Task<IActionResult> OnPostSpamAsync() => DecideAsync(Features.Moderation.Decide.Decision.Spam);

    public Task<IActionResult> OnPostForwardAsync() => DecideAsync(Features.Moderation.Decide.Decision.Forward);

    private async Task<IActionResult> DecideAsync(Features.Moderation.Decide.Decision decision)
    {
        var outcome = await TrySendAsync(new Features.Moderation.Decide.Command(Selected, decision, Reason), "");
        if (outcome.Succeeded)
        {
            return RedirectToPage(new { done = outcome.Value, Filter.Stage, Filter.Member, Filter.Kind, Filter.Language, Filter.OlderThanDays });
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() => Queue = await Sender.Send(ModelState.IsValid ? Filter : new(), HttpContext.RequestAborted);
}
