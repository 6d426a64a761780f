using System.Text.Json;
using CoCreation.Web.Features.Account;

namespace CoCreation.Web.Pages.Account;

/// <summary>/account/my-data.json: everything the portal holds about the signed-in person, as one JSON file.</summary>
public sealed class MyDataDownloadModel : PortalPageModel
{
    private static readonly JsonSerializerOptions Indented = new(OpenDataFormats.Json) { WriteIndented = true };

    public async Task<IActionResult> OnGetAsync()
    {
        var data = await Sender.Send(new MyData.Query(), HttpContext.RequestAborted);
        Response.Headers.CacheControl = "no-store";
        Response.Headers.ContentDisposition = "attachment; filename=\"my-data.json\"";
        return new ContentResult { Content = JsonSerializer.Serialize(data, Indented), ContentType = "application/json; charset=utf-8" };
    }
}
