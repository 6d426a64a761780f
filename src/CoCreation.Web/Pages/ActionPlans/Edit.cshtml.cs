using CoCreation.Web.Features.ActionPlans;

namespace CoCreation.Web.Pages.ActionPlans;

/// <summary>/members/{code}/plans/edit[?cycle=2017-2019]: start or update a plan, and publish it.</summary>
public sealed class EditModel : FormPage<Edit.Command, Edit.Form>
{
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? cycle, bool saved)
    {
        if (!await LoadFormAsync(new Edit.Query(code, cycle)))
        {
            return NotFound();
        }

        Data = Form.Command;
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code)
    {
        Data = Data with { Code = code };
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value ? Redirect(Paths.PlanEdit(code, Data.Cycle) + "&saved=true") : NotFound();
        }

        // The refused cycle may itself be unreadable (control characters): then show the latest plan's form.
        var cycle =
            string.IsNullOrEmpty(Data.Cycle)
            || ModelState.ContainsKey($"{nameof(Data)}.{nameof(Data.Cycle)}")
                && ModelState[$"{nameof(Data)}.{nameof(Data.Cycle)}"]!.Errors.Count > 0
                ? null
                : Data.Cycle;
        if (!await LoadFormAsync(new Edit.Query(code, cycle)))
        {
            return NotFound();
        }

        return Page();
    }
}
