using CoCreation.Web.Features.ActionPlans;

namespace CoCreation.Web.Pages.ActionPlans;

/// <summary>/members/{code}/plans/{cycle}/commitment/{ogpId}/milestone[/{id}]: add or change a milestone, or move it.</summary>
public sealed class EditMilestoneModel : FormPage<EditMilestone.Command, EditMilestone.Form>
{
    public Task<IActionResult> OnGetAsync(string code, string cycle, string ogpId, int? id) =>
        ShowStoredAsync(new EditMilestone.Query(code, cycle, ogpId, id));

    /// <param name="move">-1 or +1 from the up and down buttons beside each milestone on the commitment's page.</param>
    public async Task<IActionResult> OnPostAsync(string code, string cycle, string ogpId, int? id, [FromForm] int? move)
    {
        // The handlers load the commitment themselves; the form is loaded only to show a refusal.
        if (move is { } direction && id is { } milestoneId)
        {
            var moved = await TrySendAsync(
                new MoveMilestone.Command
                {
                    Code = code,
                    Cycle = cycle,
                    OgpId = ogpId,
                    Id = milestoneId,
                    Direction = direction,
                },
                nameof(Data)
            );
            return moved.Succeeded
                ? (moved.Value is null ? NotFound() : Redirect(Paths.CommitmentMilestones(moved.Value)))
                : await ShowRefusedAsync(code, cycle, ogpId, id, keepTyped: false);
        }

        Data = Data with { Code = code, Cycle = cycle, OgpId = ogpId, Id = id };
        var outcome = await TrySendAsync(Data, nameof(Data));
        return outcome.Succeeded
            ? (outcome.Value is null ? NotFound() : Redirect(Paths.CommitmentMilestones(outcome.Value)))
            : await ShowRefusedAsync(code, cycle, ogpId, id, keepTyped: true);
    }

    /// <summary>
    /// The form again with the refusal: with what the person typed, or (a refused move, which typed nothing) the milestone as stored.
    /// </summary>
    private async Task<IActionResult> ShowRefusedAsync(string code, string cycle, string ogpId, int? id, bool keepTyped)
    {
        if (!await LoadFormAsync(new EditMilestone.Query(code, cycle, ogpId, id)))
        {
            return NotFound();
        }

        Data = keepTyped ? Data with { Cycle = Form.Command.Cycle, OgpId = Form.Command.OgpId } : Form.Command;
        return Page();
    }
}
