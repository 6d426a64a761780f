using CoCreation.Web.Features.Forums;

namespace CoCreation.Web.Pages.Forums;

/// <summary>/members/{code}/forum/member[/{id}]: add a person to the forum, change one, or take one off.</summary>
public sealed class MemberModel : FormPage<EditMember.Command, EditMember.Form>
{
    public Task<IActionResult> OnGetAsync(string code, int? id) => ShowStoredAsync(new EditMember.Query(code, id));

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
        if (!await LoadFormAsync(new EditMember.Query(code, id)))
        {
            return NotFound();
        }

        Data = keepTyped ? Data with { Code = Form.Command.Code } : Form.Command;
        return Page();
    }
}
