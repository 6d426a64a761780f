using CoCreation.Web.Infrastructure;
using CoCreation.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

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
            new CookieOptions
            {
                Path = "/",
                Secure = options.Value.SecureCookies || Request.IsHttps,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
                MaxAge = TimeSpan.FromDays(365),
            }
        );
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? AsciiOnly(returnUrl) : Paths.Home());
    }

    /// <summary>
    /// A Location header takes ASCII only: anything else in the address (an accent in a search, or
    /// bytes a scanner sends) is percent-encoded as UTF-8, instead of failing the response.
    /// </summary>
    private static string AsciiOnly(string url)
    {
        var text = new System.Text.StringBuilder(url.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > 0x20 and < 0x7F)
            {
                text.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }
}
