using CoCreation.Web.Features.Moderation;

namespace CoCreation.Web.Pages.Moderation;

public sealed class EditModel : CommandPage<Edit.Command>
{
    public Task<IActionResult> OnGetAsync(long id) => PageOrNotFoundAsync(new Edit.Query(id), found => Data = found);

    public async Task<IActionResult> OnPostAsync(long id)
    {
        Data = Data with { Id = id };
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value ? RedirectToPage("/Moderation/Review", new { id }) : NotFound();
        }

        return Page();
    }
}
