using CoCreation.Web.Features.Account;
using CoCreation.Web.Features.Notifications;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoCreation.Web.Pages.Shared;

/// <summary>
/// The counts the header shows a signed-in person — unread notifications, and for officials and the support unit what
/// waits in "My work" — read once per page after its handler, so the layout only renders. Staff get both from one
/// statement (<see cref="MyWork"/> counts the unread too); a page that has just read a count hands it over
/// (<see cref="Keep(HttpContext, int)"/>) and is not asked again. Visitors' pages come from the output cache and carry
/// no per-person data; an error page does not ask (the database may be what failed).
/// </summary>
public sealed class HeaderCounts : IAsyncPageFilter
{
    private static readonly object UnreadKey = new();
    private static readonly object WorkKey = new();

    /// <summary>Unread notifications of the signed-in person; 0 for visitors and error pages.</summary>
    public static int Unread(HttpContext context) => context.Items[UnreadKey] as int? ?? 0;

    /// <summary>What waits for a signed-in official or support unit member; null for everyone else.</summary>
    public static MyWork.Model? Work(HttpContext context) => context.Items[WorkKey] as MyWork.Model;

    public static void Keep(HttpContext context, int unread) => context.Items[UnreadKey] = unread;

    public static void Keep(HttpContext context, MyWork.Model work)
    {
        context.Items[WorkKey] = work;
        context.Items.TryAdd(UnreadKey, work.Unread);
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var http = context.HttpContext;
        var user = http.User;
        if (
            executed.Result is not (null or PageResult)
            || executed is { Exception: not null, ExceptionHandled: false }
            || user.Identity?.IsAuthenticated != true
            || http.Response.StatusCode >= StatusCodes.Status500InternalServerError
        )
        {
            return;
        }

        var sender = http.RequestServices.GetRequiredService<ISender>();
        if (Roles.IsStaff(user))
        {
            if (Work(http) is null)
            {
                Keep(http, await sender.Send(new MyWork.Query(), http.RequestAborted));
            }
        }
        else if (!http.Items.ContainsKey(UnreadKey))
        {
            Keep(http, await sender.Send(new Features.Notifications.Unread.Query(), http.RequestAborted));
        }
    }
}
