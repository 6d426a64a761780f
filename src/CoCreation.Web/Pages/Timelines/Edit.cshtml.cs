using CoCreation.Web.Features.Timelines;

namespace CoCreation.Web.Pages.Timelines;

/// <summary>/members/{code}/timeline/edit: the official's editor of the current timeline (no JavaScript needed).</summary>
public sealed class EditModel : PortalPageModel
{
    private static readonly string[] Confirmations = ["cycle", "phase", "renamed", "activity", "cancelled", "published"];

    public Edit.Model Timeline { get; private set; } = null!;

    [BindProperty]
    public SaveCycle.Command CycleForm { get; set; } = new();

    [BindProperty]
    public AddPhase.Command PhaseForm { get; set; } = new();

    [BindProperty]
    public RenamePhase.Command RenameForm { get; set; } = new();

    /// <summary>What the last action did, shown as a status message.</summary>
    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? saved)
    {
        Saved = Confirmations.Contains(saved) ? saved : null;
        return await ShowAsync(code);
    }

    public async Task<IActionResult> OnPostCycleAsync(string code)
    {
        CycleForm = CycleForm with { Code = code };
        return Done(await TrySendAsync(CycleForm, nameof(CycleForm)), code, "cycle") ?? await ShowAsync(code);
    }

    public async Task<IActionResult> OnPostPhaseAsync(string code)
    {
        PhaseForm = PhaseForm with { Code = code };
        return Done(await TrySendAsync(PhaseForm, nameof(PhaseForm)), code, "phase") ?? await ShowAsync(code);
    }

    public async Task<IActionResult> OnPostRenameAsync(string code)
    {
        RenameForm = RenameForm with { Code = code };
        return Done(await TrySendAsync(RenameForm, nameof(RenameForm)), code, "renamed") ?? await ShowAsync(code);
    }

    public async Task<IActionResult> OnPostCancelAsync(string code, int activityId)
    {
        ModelState.Clear();
        return Done(await TrySendAsync(new CancelActivity.Command(code, activityId), ""), code, "cancelled") ?? await ShowAsync(code);
    }

    public async Task<IActionResult> OnPostPublishAsync(string code)
    {
        ModelState.Clear();
        return Done(await TrySendAsync(new Publish.Command(code), ""), code, "published") ?? await ShowAsync(code);
    }

    private IActionResult? Done(Outcome<bool> outcome, string code, string what) =>
        !outcome.Succeeded ? null
        : !outcome.Value ? NotFound()
        : Redirect(Paths.TimelineEdit(code) + $"?saved={what}");

    private async Task<IActionResult> ShowAsync(string code)
    {
        var timeline = await Sender.Send(new Edit.Query(code), HttpContext.RequestAborted);
        if (timeline is null)
        {
            return NotFound();
        }

        Timeline = timeline;
        if (string.IsNullOrEmpty(CycleForm.Cycle))
        {
            CycleForm.Cycle = timeline.Cycle ?? "";
        }

        return Page();
    }
}
