using CoCreation.Web.Features.ActionPlans;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.ActionPlans;

/// <summary>/members/{code}/plans/{cycle}/commitment/{ogpId}/progress: report progress, with evidence links.</summary>
public sealed class RecordProgressModel : PortalPageModel
{
    [BindProperty]
    public RecordProgress.Command Data { get; set; } = new();

    public RecordProgress.Form Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, string cycle, string ogpId, int? milestone)
    {
        var form = await Sender.Send(new RecordProgress.Query(code, cycle, ogpId), HttpContext.RequestAborted);
        if (form is null)
        {
            return NotFound();
        }

        Form = form;
        Data = form.Command with { MilestoneId = form.Milestones.Any(m => m.Id == milestone) ? milestone : null };
        PadEvidence();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, string cycle, string ogpId)
    {
        var form = await Sender.Send(new RecordProgress.Query(code, cycle, ogpId), HttpContext.RequestAborted);
        if (form is null)
        {
            return NotFound();
        }

        Form = form;
        Data = Data with { Code = code, Cycle = form.Command.Cycle, OgpId = form.Command.OgpId };
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (!outcome.Succeeded)
        {
            PadEvidence();
            return Page();
        }

        return outcome.Value is null ? NotFound() : Redirect(Paths.CommitmentProgress(outcome.Value));
    }

    private void PadEvidence()
    {
        while (Data.Evidence.Count < RecordProgress.EvidenceRows)
        {
            Data.Evidence.Add(new RecordProgress.EvidenceInput());
        }
    }
}
