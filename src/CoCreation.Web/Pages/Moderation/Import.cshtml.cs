using CoCreation.Web.Features.Moderation;
using CoCreation.Web.Features.Submissions;

namespace CoCreation.Web.Pages.Moderation;

[RequestSizeLimit(Import.MaxCharacters * 2L)]
public sealed class ImportModel : PortalPageModel
{
    [BindProperty]
    public IFormFile? Posts { get; set; }

    [BindProperty]
    public string? DefaultMemberCode { get; set; }

    [BindProperty]
    public string? DefaultLanguage { get; set; }

    public Import.Result? Result { get; private set; }

    public IReadOnlyList<MemberChoices.Item> Members { get; private set; } = [];

    public async Task OnGetAsync() => Members = await Sender.Send(new MemberChoices.Query(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        Members = await Sender.Send(new MemberChoices.Query(), HttpContext.RequestAborted);
        if (Posts is null || Posts.Length == 0)
        {
            ModelState.AddModelError(nameof(Posts), Text["Import.Empty"]);
            return Page();
        }

        if (Posts.Length > Import.MaxCharacters)
        {
            ModelState.AddModelError(nameof(Posts), Text["Import.TooLarge"]);
            return Page();
        }

        using var reader = new StreamReader(Posts.OpenReadStream(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var content = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        var outcome = await TrySendAsync(new Import.Command(content, DefaultMemberCode, DefaultLanguage), "");
        Result = outcome.Value;

        // A refusal of the whole file belongs beside the file field.
        if (ModelState.TryGetValue(nameof(Import.Command.Content), out var refused))
        {
            foreach (var error in refused.Errors)
            {
                ModelState.AddModelError(nameof(Posts), error.ErrorMessage);
            }
        }

        return Page();
    }
}
