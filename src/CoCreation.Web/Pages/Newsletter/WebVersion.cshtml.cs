using CoCreation.Web.Features.Newsletter;

namespace CoCreation.Web.Pages.Newsletter;

/// <summary>/newsletter/{id}: the web version of a sent edition, in the visitor's language.</summary>
public sealed class WebVersionModel : PortalPageModel
{
    public WebVersion.Model Edition { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var edition = await Sender.Send(
            new WebVersion.Query(id, System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName),
            HttpContext.RequestAborted
        );
        if (edition is null)
        {
            return NotFound();
        }

        Edition = edition;
        return Page();
    }
}
