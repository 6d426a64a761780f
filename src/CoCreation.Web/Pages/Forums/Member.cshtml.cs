using CoCreation.Web.Features.Forums;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Forums;

/// <summary>/members/{code}/forum/member[/{id}]: add a person to the forum, change one, or take one off.</summary>
public sealed class MemberModel : PortalPageModel
{
    [BindProperty]
    public EditMember.Command Data { get; set; } = new();

    public EditMember.Form Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, int? id)
    {
        var form = await Sender.Send(new EditMember.Query(code, id), HttpContext.RequestAborted);
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
        return outcome.Succeeded
            ? (outcome.Value is null ? NotFound() : Redirect(Paths.ForumSection(outcome.Value, "members")))
            : await ShowRefusedAsync(code, id, keepTyped: true);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string code, int? id)
    {
        if (id is not { } forumMemberId)
        {
            return NotFound();
        }

        var outcome = await TrySendAsync(new RemoveMember.Command(code, forumMemberId), nameof(Data));
        return outcome.Succeeded
            ? (outcome.Value is null ? NotFound() : Redirect(Paths.ForumSection(outcome.Value, "members")))
            : await ShowRefusedAsync(code, id, keepTyped: false);
    }

    private async Task<IActionResult> ShowRefusedAsync(string code, int? id, bool keepTyped)
    {
        var form = await Sender.Send(new EditMember.Query(code, id), HttpContext.RequestAborted);
        if (form is null)
        {
            return NotFound();
        }

        Form = form;
        Data = keepTyped ? Data with { Code = form.Command.Code } : form.Command;
        return Page();
    }
}
