using CoCreation.Web.Features.ActionPlans;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.ActionPlans;

/// <summary>/members/{code}/plans/{cycle}/commitment[/{ogpId}]: add or change a commitment.</summary>
public sealed class EditCommitmentModel : PortalPageModel
{
    [BindProperty]
    public EditCommitment.Command Data { get; set; } = new();

    public EditCommitment.Form Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, string cycle, string? ogpId)
    {
        var form = await Sender.Send(new EditCommitment.Query(code, cycle, ogpId), HttpContext.RequestAborted);
        if (form is null)
        {
            return NotFound();
        }

        Form = form;
        Data = form.Command;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, string cycle, string? ogpId)
    {
        var form = await Sender.Send(new EditCommitment.Query(code, cycle, ogpId), HttpContext.RequestAborted);
        if (form is null)
        {
            return NotFound();
        }

        Form = form;
        Data = Data with { Code = code, Cycle = cycle, Existing = form.Command.Existing, OgpId = form.Command.Existing ?? Data.OgpId };
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (!outcome.Succeeded)
        {
            return Page();
        }

        return outcome.Value is null ? NotFound() : Redirect(Paths.Commitment(outcome.Value));
    }
}
