using CoCreation.Web.Features.Newsletter;

namespace CoCreation.Web.Pages.Newsletter.Editions;

/// <summary>/newsletter/editions/create and /newsletter/editions/{id}/edit: subject, introduction and the picks.</summary>
public sealed class ComposeModel : CommandPage<Compose.Command>
{
    public Compose.Model Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        var model = await Sender.Send(new Compose.Query(id ?? 0), HttpContext.RequestAborted);
        if (model is null)
        {
            return NotFound();
        }

        Choices = model;
        Data = model.Fields;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        Data.Id = id ?? 0;
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return RedirectToPage("/Newsletter/Editions/Details", new { id = outcome.Value });
        }

        return await PageOrNotFoundAsync(new Compose.Query(id ?? 0), found => Choices = found);
    }
}
