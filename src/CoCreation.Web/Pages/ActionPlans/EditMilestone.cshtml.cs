using CoCreation.Web.Features.ActionPlans;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.ActionPlans;

/// <summary>/members/{code}/plans/{cycle}/commitment/{ogpId}/milestone[/{id}]: add or change a milestone, or move it.</summary>
public sealed class EditMilestoneModel : PortalPageModel
{
    [BindProperty]
    public EditMilestone.Command Data { get; set; } = new();

    public EditMilestone.Form Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, string cycle, string ogpId, int? id)
    {
        var form = await Sender.Send(new EditMilestone.Query(code, cycle, ogpId, id), HttpContext.RequestAborted);
        if (form is null)
        {
            return NotFound();
        }

        Form = form;
        Data = form.Command;
        return Page();
    }

    /// <param name="move">-1 or +1 from the up and down buttons beside each milestone on the commitment's page.</param>
    public async Task<IActionResult> OnPostAsync(string code, string cycle, string ogpId, int? id, [FromForm] int? move)
    {
        var form = await Sender.Send(new EditMilestone.Query(code, cycle, ogpId, id), HttpContext.RequestAborted);
        if (form is null)
        {
            return NotFound();
        }

        Form = form;
        if (move is { } direction && id is { } milestoneId)
        {
            var moved = await TrySendAsync(
                new MoveMilestone.Command
                {
                    Code = code,
                    Cycle = form.Command.Cycle,
                    OgpId = form.Command.OgpId,
                    Id = milestoneId,
                    Direction = direction,
                },
                nameof(Data)
            );
            if (!moved.Succeeded)
            {
                Data = form.Command;
                return Page();
            }

            return moved.Value is null ? NotFound() : Redirect(Paths.CommitmentMilestones(moved.Value));
        }

        Data = Data with { Code = code, Cycle = form.Command.Cycle, OgpId = form.Command.OgpId, Id = id };
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (!outcome.Succeeded)
        {
            return Page();
        }

        return outcome.Value is null ? NotFound() : Redirect(Paths.CommitmentMilestones(outcome.Value));
    }
}
