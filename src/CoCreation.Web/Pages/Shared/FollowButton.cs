using CoCreation.Domain.Notifications;
using CoCreation.Web.Features.Notifications;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoCreation.Web.Pages.Shared;

/// <summary>
/// What the follow button needs: the thing, its name (for the button's accessible name) and whether the signed-in
/// person already follows it. The page model builds it with its other reads, so the partial only renders.
/// </summary>
public sealed record FollowButton(FollowedKind Kind, string Key, string Name, bool Following)
{
    /// <summary>
    /// The button for <paramref name="page"/>'s reader: one query for a signed-in person, none for a visitor, whose page
    /// is cached and shows a link to sign in instead.
    /// </summary>
    public static async Task<FollowButton> ForAsync(PageModel page, FollowedKind kind, string key, string name)
    {
        var following =
            page.User.Identity?.IsAuthenticated == true
            && await page
                .HttpContext.RequestServices.GetRequiredService<ISender>()
                .Send(new FollowState.Query(kind, key), page.HttpContext.RequestAborted);
        return new FollowButton(kind, key, name, following);
    }
}
