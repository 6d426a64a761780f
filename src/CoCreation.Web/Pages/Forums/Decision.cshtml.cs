using CoCreation.Web.Features.Forums;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Forums;

/// <summary>/members/{code}/forum/decision[/{id}]: log a decision of the forum, or correct one.</summary>
public sealed class DecisionModel : PortalPageModel
{
    [BindProperty]
    public EditDecision.Command Data { get; set; } = new();

    public EditDecision.Form Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, int? id)
    {
        var form = await Sender.Send(new EditDecision.Query(code, id), HttpContext.RequestAborted);
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
        Data = Data with { Code = code, Id = id };
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value is null ? NotFound() : Redirect(Paths.ForumSection(outcome.Value, "decisions"));
        }

        var form = await Sender.Send(new EditDecision.Query(code, id), HttpContext.RequestAborted);
        if (form is null)
        {
            return NotFound();
        }

        Form = form;
        Data = Data with { Code = form.Command.Code };
        return Page();
    }
}
