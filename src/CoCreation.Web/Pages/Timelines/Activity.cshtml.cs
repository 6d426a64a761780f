using CoCreation.Web.Features.Timelines;

namespace CoCreation.Web.Pages.Timelines;

/// <summary>/members/{code}/timeline/activity[/{id}]: add an activity, or change one.</summary>
public sealed class ActivityModel : FormPage<SaveActivity.Command, SaveActivity.Form>
{
    public Task<IActionResult> OnGetAsync(string code, int? id) => ShowStoredAsync(new SaveActivity.Query(code, id));

    public async Task<IActionResult> OnPostAsync(string code, int? id)
    {
        // The address names the member and the activity; hidden fields cannot move the change elsewhere.
        Data = Data with { Code = code, ActivityId = id };
        if (!await LoadFormAsync(new SaveActivity.Query(code, id)))
        {
            return NotFound();
        }

        var outcome = await TrySendAsync(Data, nameof(Data));
        if (!outcome.Succeeded)
        {
            return Page();
        }

        return outcome.Value is null ? NotFound() : Redirect(Paths.TimelineEdit(code) + "?saved=activity");
    }
}
