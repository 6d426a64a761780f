using CoCreation.Web.Features.Forums;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Forums;

/// <summary>/members/{code}/forum/rules: publish or change the forum's rules.</summary>
public sealed class RulesModel : PortalPageModel
{
    [BindProperty]
    public EditRules.Command Data { get; set; } = new();

    public EditRules.Form Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var form = await Sender.Send(new EditRules.Query(code), HttpContext.RequestAborted);
        if (form is null)
        {
            return NotFound();
        }

        Form = form;
        Data = form.Command;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code)
    {
        Data = Data with { Code = code };
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value is null ? NotFound() : Redirect(Paths.ForumSection(outcome.Value, "rules"));
        }

        var form = await Sender.Send(new EditRules.Query(code), HttpContext.RequestAborted);
        if (form is null)
        {
            return NotFound();
        }

        Form = form;
        Data = Data with { Code = form.Command.Code };
        return Page();
    }
}
