using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoCreation.Web.Pages;

/// <summary>Every error the portal shows: 400, 403, 404, 429, 500, 503, in the person's language.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Duration = 0)]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public string RequestId { get; private set; } = "";

    public void OnGet(int? code) => Show(code);

    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        var reExecuted =
            HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        Status = code ?? (Response.StatusCode >= 400 ? Response.StatusCode : 500);

        // /error or /error/500 typed in by hand is a page like any other, not a failure of the portal:
        // keep the status only when re-executed for a real error.
        if (!reExecuted)
        {
            Status = StatusCodes.Status404NotFound;
        }

        Response.StatusCode = Status;

        if (Status == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = ErrorPages.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        RequestId = HttpContext.TraceIdentifier;
    }
}
