using CoCreation.Web.Features.Comments;

namespace CoCreation.Web.Pages.Comments;

public sealed class EditModel : PortalPageModel
{
    public Details.Model Current { get; private set; } = null!;

    [BindProperty]
    public CommentText Data { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var shown = await ShowAsync(id);
        Data = new CommentText { Text = Current?.Text ?? "", Language = Current?.Language ?? "" };
        return shown;
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        var outcome = await TrySendAsync(new Edit.Command(id, Data.Text, Data.Language), nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value is { } link ? Redirect(link) : NotFound();
        }

        return await ShowAsync(id);
    }

    private Task<IActionResult> ShowAsync(long id) => PageOrNotFoundAsync(new Edit.Query(id), found => Current = found);

    public sealed class CommentText
    {
        public string Text { get; set; } = "";

        public string Language { get; set; } = "";
    }
}
