using CoCreation.Web.Features.Timelines;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Timelines;

/// <summary>/members/{code}/timeline/activity[/{id}]: add an activity, or change one.</summary>
public sealed class ActivityModel : PortalPageModel
{
    [BindProperty]
    public SaveActivity.Command Data { get; set; } = new();

    public SaveActivity.Form Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, int? id)
    {
        var form = await Sender.Send(new SaveActivity.Query(code, id), HttpContext.RequestAborted);
        if (form is null)
        {
            return NotFound();
        }

        Form = form;
        Data = form.Command;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int? id)
    {
        // The address names the member and the activity; hidden fields cannot move the change elsewhere.
        Data = Data with { Code = code, ActivityId = id };
        var form = await Sender.Send(new SaveActivity.Query(code, id), HttpContext.RequestAborted);
        if (form is null)
        {
            return NotFound();
        }

        Form = form;
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (!outcome.Succeeded)
        {
            return Page();
        }

        return outcome.Value is null ? NotFound() : Redirect(Paths.TimelineEdit(code) + "?saved=activity");
    }
}
