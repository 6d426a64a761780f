using CoCreation.Web.Features.ActionPlans;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.ActionPlans;

/// <summary>/members/{code}/plans/{cycle}/commitment/{ogpId}/irm: the support unit enters the IRM's judgements.</summary>
public sealed class AssessCommitmentModel : PortalPageModel
{
    [BindProperty]
    public AssessCommitment.Command Data { get; set; } = new();

    public AssessCommitment.Form Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, string cycle, string ogpId)
    {
        var form = await Sender.Send(new AssessCommitment.Query(code, cycle, ogpId), HttpContext.RequestAborted);
        if (form is null)
        {
            return NotFound();
        }

        Form = form;
        Data = form.Command;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, string cycle, string ogpId)
    {
        // The handler loads the commitment itself; the form is loaded only to show a refusal.
        Data = Data with { Code = code, Cycle = cycle, OgpId = ogpId };
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value is null ? NotFound() : Redirect(Paths.CommitmentIrm(outcome.Value));
        }

        var form = await Sender.Send(new AssessCommitment.Query(code, cycle, ogpId), HttpContext.RequestAborted);
        if (form is null)
        {
            return NotFound();
        }

        Form = form;
        Data = Data with { Cycle = form.Command.Cycle, OgpId = form.Command.OgpId };
        return Page();
    }
}
