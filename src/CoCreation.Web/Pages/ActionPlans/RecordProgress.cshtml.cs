using CoCreation.Web.Features.ActionPlans;

namespace CoCreation.Web.Pages.ActionPlans;

/// <summary>/members/{code}/plans/{cycle}/commitment/{ogpId}/progress: report progress, with evidence links.</summary>
public sealed class RecordProgressModel : FormPage<RecordProgress.Command, RecordProgress.Form>
{
    /// <param name="milestone">The milestone whose "report progress" link was followed, chosen in the form.</param>
    public async Task<IActionResult> OnGetAsync(string code, string cycle, string ogpId, int? milestone)
    {
        if (!await LoadFormAsync(new RecordProgress.Query(code, cycle, ogpId, milestone)))
        {
            return NotFound();
        }

        Data = Form.Command;
        PadEvidence();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, string cycle, string ogpId)
    {
        // The handler loads the commitment itself; the form is loaded only to show a refusal.
        Data = Data with { Code = code, Cycle = cycle, OgpId = ogpId };
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value is null ? NotFound() : Redirect(Paths.CommitmentProgressRecorded(outcome.Value));
        }

        if (!await LoadFormAsync(new RecordProgress.Query(code, cycle, ogpId)))
        {
            return NotFound();
        }

        Data = Data with { Cycle = Form.Command.Cycle, OgpId = Form.Command.OgpId };
        PadEvidence();
        return Page();
    }

    private void PadEvidence()
    {
        while (Data.Evidence.Count < RecordProgress.EvidenceRows)
        {
            Data.Evidence.Add(new RecordProgress.EvidenceInput());
        }
    }
}
