using System.Globalization;
using CoCreation.Web.Features.Events;

namespace CoCreation.Web.Pages.Events;

/// <summary>/events/{id}/registrants.csv: the registrant list for a spreadsheet.</summary>
public sealed class RegistrantsCsvModel : PortalPageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var found = await Sender.Send(new Registrants.Query(id), HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        var csv = new System.Text.StringBuilder(
            Csv.Line(["sequence", "name", "email", "account", "status", "registered_at", "promoted_at", "cancelled_at", "attended"])
        );
        foreach (var row in found.Rows)
        {
            csv.Append(
                Csv.Line([
                    row.Sequence.ToString(CultureInfo.InvariantCulture),
                    row.Name,
                    row.Email,
                    row.HasAccount ? "yes" : "no",
                    row.Status.ToString(),
                    row.RegisteredAt.ToString("o", CultureInfo.InvariantCulture),
                    row.PromotedAt?.ToString("o", CultureInfo.InvariantCulture),
                    row.CancelledAt?.ToString("o", CultureInfo.InvariantCulture),
                    row.Attended switch
                    {
                        true => "yes",
                        false => "no",
                        null => "",
                    },
                ])
            );
        }

        return File(new System.Text.UTF8Encoding(false).GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"event-{id}-registrants.csv");
    }
}
