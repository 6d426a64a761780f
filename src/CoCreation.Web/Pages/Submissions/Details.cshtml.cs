using CoCreation.Web.Features.Submissions;
using CoCreation.Web.Features.Translations;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Submissions;

[EnableRateLimiting(RateLimits.Contribution)]
public sealed class DetailsModel : PortalPageModel
{
    public Details.Model Submission { get; private set; } = null!;

    public bool Sent { get; private set; }

    public Translate.Result Translation { get; private set; } = Translate.Result.Off;

    public async Task<IActionResult> OnGetAsync(long id, bool sent = false, string? translate = null)
    {
        Sent = sent;
        var shown = await ShowAsync(id);
        if (shown is PageResult)
        {
            Translation = await Sender.Send(new Translate.Query(Submission.Translatable, translate), HttpContext.RequestAborted);
            Submission = Submission.ShownAs(Translation);
            if (Translation.WasAsked)
            {
                PublicPageCache.KeepOut(HttpContext);
            }
        }

        return shown;
    }

    public async Task<IActionResult> OnPostEndorseAsync(long id)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var outcome = await TrySendAsync(new Endorse.Command(id), "");
        return outcome.Succeeded ? (outcome.Value ? RedirectToPage(new { id }) : NotFound()) : await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(long id)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var outcome = await TrySendAsync(new Withdraw.Command(id), "");
        return outcome.Succeeded ? (outcome.Value ? RedirectToPage(new { id }) : NotFound()) : await ShowAsync(id);
    }

    private async Task<IActionResult> ShowAsync(long id)
    {
        var submission = await Sender.Send(new Details.Query(id), HttpContext.RequestAborted);
        if (submission is null)
        {
            return NotFound();
        }

        Submission = submission;
        return Page();
    }
}
