namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Names and flags of the portal's cookies. Served over HTTPS (the default, and always in production)
/// they are "__Host-" prefixed and Secure. Portal:SecureCookies=false is only for plain-HTTP loopback
/// serving (./run.sh, the browser tests), where browsers would refuse Secure cookies from the server.
/// </summary>
public static class PortalCookies
{
    public const string Session = "cocreation";
    public const string Antiforgery = "cocreation-af";
    public const string Language = "lang";

    public static string Name(string name, PortalOptions options) => options.SecureCookies ? "__Host-" + name : name;

    public static CookieSecurePolicy Policy(PortalOptions options) =>
        options.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
}
