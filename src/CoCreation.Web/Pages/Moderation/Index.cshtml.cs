using System.Text.Json;
using CoCreation.Web.Features.Moderation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Index = CoCreation.Web.Features.Moderation.Index;

namespace CoCreation.Web.Pages.Moderation;

public sealed class IndexModel : PortalPageModel
{
    [BindProperty(SupportsGet = true)]
    public Index.Query Filter { get; set; } = new();

    [BindProperty]
    public List<long> Selected { get; set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    public Index.Model Queue { get; private set; } = new([], [], 0);

    public int Done { get; private set; }

    /// <summary>What the last forwarding held because nobody in the member's government can receive it yet.</summary>
    [TempData]
    public string? HeldAfterForward { get; set; }

    public IReadOnlyList<Held> HeldItems =>
        HeldAfterForward is { Length: > 0 } json ? JsonSerializer.Deserialize<List<Held>>(json) ?? [] : [];

    public sealed record Held(long Id, string Title, string Language, string MemberCode, string MemberName);

    public async Task OnGetAsync(int done = 0)
    {
        Done = done;
        await LoadAsync();
    }

    public Task<IActionResult> OnPostPublishAsync() => DecideAsync(Decide.Decision.Publish);

    public Task<IActionResult> OnPostRejectAsync() => DecideAsync(Decide.Decision.Reject);

    public Task<IActionResult> OnPostSpamAsync() => DecideAsync(Decide.Decision.Spam);

    public Task<IActionResult> OnPostForwardAsync() => DecideAsync(Decide.Decision.Forward);

    private async Task<IActionResult> DecideAsync(Decide.Decision decision)
    {
        var outcome = await TrySendAsync(new Decide.Command(Selected, decision, Reason), "");
        if (outcome.Succeeded)
        {
            var ui = System.Globalization.CultureInfo.CurrentUICulture;
            HeldAfterForward =
                outcome.Value!.Held.Count == 0
                    ? null
                    : JsonSerializer.Serialize(
                        outcome.Value.Held.Select(h => new Held(h.Id, h.Title, h.Language, h.MemberCode, h.MemberName.In(ui))).ToList()
                    );
            return RedirectToPage(
                new RouteValueDictionary
                {
                    ["done"] = outcome.Value.Count,
                    ["Filter.Stage"] = Filter.Stage,
                    ["Filter.Member"] = Filter.Member,
                    ["Filter.Kind"] = Filter.Kind,
                    ["Filter.Language"] = Filter.Language,
                    ["Filter.OlderThanDays"] = Filter.OlderThanDays,
                }
            );
        }

        // Refused: the same queue, the same ticks and the typed reason come back with the message.
        await LoadAsync();
        return Page();
    }

    /// <summary>The queue as filtered, unless the filters themselves could not be read (then the whole queue).</summary>
    private async Task LoadAsync()
    {
        var filterValid = !ModelState.FindKeysWithPrefix(nameof(Filter)).Any(e => e.Value.ValidationState == ModelValidationState.Invalid);
        Queue = await Sender.Send(filterValid ? Filter : new(), HttpContext.RequestAborted);
    }
}
