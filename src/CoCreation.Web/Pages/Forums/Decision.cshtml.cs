using CoCreation.Web.Features.Forums;

namespace CoCreation.Web.Pages.Forums;

/// <summary>/members/{code}/forum/decision[/{id}]: log a decision of the forum, or correct one.</summary>
public sealed class DecisionModel : FormPage<EditDecision.Command, EditDecision.Form>
{
    public Task<IActionResult> OnGetAsync(string code, int? id) => ShowStoredAsync(new EditDecision.Query(code, id));

    public async Task<IActionResult> OnPostAsync(string code, int? id)
    {
        Data = Data with { Code = code, Id = id };
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value is null ? NotFound() : Redirect(Paths.ForumSection(outcome.Value, "decisions"));
        }

        if (!await LoadFormAsync(new EditDecision.Query(code, id)))
        {
            return NotFound();
        }

        Data = Data with { Code = Form.Command.Code };
        return Page();
    }
}
