using CoCreation.Web.Features.Forums;

namespace CoCreation.Web.Pages.Forums;

/// <summary>/members/{code}/forum/rules: publish or change the forum's rules.</summary>
public sealed class RulesModel : FormPage<EditRules.Command, EditRules.Form>
{
    public Task<IActionResult> OnGetAsync(string code) => ShowStoredAsync(new EditRules.Query(code));

    public async Task<IActionResult> OnPostAsync(string code)
    {
        Data = Data with { Code = code };
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value is null ? NotFound() : Redirect(Paths.ForumSection(outcome.Value, "rules"));
        }

        if (!await LoadFormAsync(new EditRules.Query(code)))
        {
            return NotFound();
        }

        Data = Data with { Code = Form.Command.Code };
        return Page();
    }
}
