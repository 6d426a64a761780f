using CoCreation.Web.Infrastructure;
using CoCreation.Web.Infrastructure.Localization;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoCreation.Web.Pages;

/// <summary>
/// The language switcher: plain links, so it works without JavaScript and keeps pages cacheable.
/// It only stores the visitor's own preference in their browser; nothing changes on the server.
/// </summary>
public sealed class LanguageModel(IOptions<PortalOptions> options) : PageModel
{
    public IActionResult OnGet(string culture, string? returnUrl)
    {
        if (!LocalizationSetup.Languages.Contains(culture))
        {
            return NotFound();
        }

        Response.Cookies.Append(
            PortalCookies.Name(PortalCookies.Language, options.Value),
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Path = "/", Secure = options.Value.SecureCookies || Request.IsHttps, HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365) });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
