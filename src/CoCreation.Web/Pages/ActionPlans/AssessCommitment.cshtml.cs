using CoCreation.Web.Features.ActionPlans;

namespace CoCreation.Web.Pages.ActionPlans;

/// <summary>/members/{code}/plans/{cycle}/commitment/{ogpId}/irm: the support unit enters the IRM's judgements.</summary>
public sealed class AssessCommitmentModel : FormPage<AssessCommitment.Command, AssessCommitment.Form>
{
    public Task<IActionResult> OnGetAsync(string code, string cycle, string ogpId) =>
        ShowStoredAsync(new AssessCommitment.Query(code, cycle, ogpId));

    public async Task<IActionResult> OnPostAsync(string code, string cycle, string ogpId)
    {
        // The handler loads the commitment itself; the form is loaded only to show a refusal.
        Data = Data with { Code = code, Cycle = cycle, OgpId = ogpId };
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value is null ? NotFound() : Redirect(Paths.CommitmentIrm(outcome.Value));
        }

        if (!await LoadFormAsync(new AssessCommitment.Query(code, cycle, ogpId)))
        {
            return NotFound();
        }

        Data = Data with { Cycle = Form.Command.Cycle, OgpId = Form.Command.OgpId };
        return Page();
    }
}
