using CoCreation.Web.Features.Comments;

namespace CoCreation.Web.Pages.Comments;

public sealed class DeleteModel : PortalPageModel
{
    public Details.Model Current { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(long id) => ShowAsync(id);

    public async Task<IActionResult> OnPostAsync(long id)
    {
        var outcome = await TrySendAsync(new Delete.Command(id), "");
        if (outcome.Succeeded)
        {
            return outcome.Value is { } link ? Redirect(link) : NotFound();
        }

        return await ShowAsync(id);
    }

    private Task<IActionResult> ShowAsync(long id) => PageOrNotFoundAsync(new Delete.Query(id), found => Current = found);
}
