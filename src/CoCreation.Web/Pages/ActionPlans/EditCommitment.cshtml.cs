using CoCreation.Web.Features.ActionPlans;

namespace CoCreation.Web.Pages.ActionPlans;

/// <summary>/members/{code}/plans/{cycle}/commitment[/{ogpId}]: add or change a commitment.</summary>
public sealed class EditCommitmentModel : FormPage<EditCommitment.Command, EditCommitment.Form>
{
    public Task<IActionResult> OnGetAsync(string code, string cycle, string? ogpId) =>
        ShowStoredAsync(new EditCommitment.Query(code, cycle, ogpId));

    public async Task<IActionResult> OnPostAsync(string code, string cycle, string? ogpId)
    {
        if (!await LoadFormAsync(new EditCommitment.Query(code, cycle, ogpId)))
        {
            return NotFound();
        }

        Data = Data with { Code = code, Cycle = cycle, Existing = Form.Command.Existing, OgpId = Form.Command.Existing ?? Data.OgpId };
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (!outcome.Succeeded)
        {
            return Page();
        }

        return outcome.Value is null ? NotFound() : Redirect(Paths.Commitment(outcome.Value));
    }
}
