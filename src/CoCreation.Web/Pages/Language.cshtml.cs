using CoCreation.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoCreation.Web.Pages;

/// <summary>
/// The language switcher: plain links, so it works without JavaScript and keeps pages cacheable.
/// It only stores the visitor's own preference in their browser; nothing changes on the server.
/// </summary>
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet(string culture, string? returnUrl)
    {
        if (!LocalizationSetup.Languages.Contains(culture))
        {
            return NotFound();
        }

        Response.Cookies.Append(
            LocalizationSetup.CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Path = "/", Secure = true, HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365) });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
