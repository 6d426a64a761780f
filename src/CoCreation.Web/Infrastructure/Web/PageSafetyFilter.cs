using CoCreation.Web.Infrastructure.Mediator;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Three ways a forged request used to reach a page in a state it cannot render (found by wapiti,
/// see docs/security/scan-latest.md), closed for every page at once:
/// <list type="bullet">
/// <item>an unknown <c>?handler=</c> name, or a POST to a page that only answers GET: Razor Pages then
/// renders the page without running any handler, on an empty model (a 500). Now 404, or 405.</item>
/// <item>a blank address segment (<c>/members/%C2%A0/timeline.ics</c>): model binding turns a route value of
/// only white space into null, which no page expects for a required segment (found by the fuzz suite). Now 404.</item>
/// <item>a read whose query string the validators refuse (control characters in a filter): the page
/// shows the 400 page instead of failing. Forms (POST) turn refusals into field messages themselves.</item>
/// </list>
/// A message refused to a visitor (the mediator's authorization) sends them to sign in rather than to a 403.
/// </summary>
public sealed class PageSafetyFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var handlers = context.ActionDescriptor.HandlerMethods;
        if (context.HandlerMethod is null && handlers.Count > 0)
        {
            var method = context.HttpContext.Request.Method;
            context.Result = handlers.Any(h => string.Equals(h.HttpMethod, method, StringComparison.OrdinalIgnoreCase))
                ? new NotFoundResult()
                : new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        if (context.RouteData.Values.Values.Any(v => v is string text && string.IsNullOrWhiteSpace(text)))
        {
            context.Result = new NotFoundResult();
            return;
        }

        var executed = await next();
        if (executed.Exception is InputException && HttpMethods.IsGet(context.HttpContext.Request.Method))
        {
            executed.ExceptionHandled = true;
            executed.Result = new BadRequestResult();
        }
        else if (executed.Exception is UnauthorizedAccessException && context.HttpContext.User.Identity?.IsAuthenticated != true)
        {
            // A message refused to a visitor: signing in may be all they lack (a signed-in person gets the 403 page).
            executed.ExceptionHandled = true;
            executed.Result = new ChallengeResult();
        }
    }
}
