using System.Net;
using System.Text.RegularExpressions;

namespace CoCreation.Bench;

/// <summary>
/// Signs a participant in the way a browser does and prints what wrk needs to post the submission
/// form: the cookies (session and antiforgery) and the antiforgery token of the form.
/// </summary>
internal static partial class Login
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new Options(args);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(options.Get("url")),
        };

        // The portal runs as in production, behind a TLS proxy: it trusts the proxy's word that the visitor used https.
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var cookies = new Dictionary<string, string>();

        var (signInPage, _) = await GetAsync(http, "/account/sign-in", cookies);
        var signedIn = await PostAsync(
            http,
            "/account/sign-in",
            cookies,
            new Dictionary<string, string>
            {
                ["Data.Email"] = options.Get("email"),
                ["Data.Password"] = options.Get("password"),
                ["__RequestVerificationToken"] = TokenIn(signInPage),
            }
        );
        if (signedIn != HttpStatusCode.Redirect && signedIn != HttpStatusCode.Found)
        {
            Console.Error.WriteLine($"login: sign-in answered {(int)signedIn}");
            return 1;
        }

        var (form, status) = await GetAsync(http, "/submissions/submit", cookies);
        if (status != HttpStatusCode.OK)
        {
            Console.Error.WriteLine($"login: the submission form answered {(int)status}");
            return 1;
        }

        Console.WriteLine("COOKIE=" + string.Join("; ", cookies.Select(c => c.Key + "=" + c.Value)));
        Console.WriteLine("TOKEN=" + TokenIn(form));
        return 0;
    }

    private static async Task<(string Html, HttpStatusCode Status)> GetAsync(
        HttpClient http,
        string path,
        Dictionary<string, string> cookies
    )
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        using var response = await SendAsync(http, request, cookies);
        return (await response.Content.ReadAsStringAsync(), response.StatusCode);
    }

    private static async Task<HttpStatusCode> PostAsync(
        HttpClient http,
        string path,
        Dictionary<string, string> cookies,
        Dictionary<string, string> fields
    )
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        using var response = await SendAsync(http, request, cookies);
        return response.StatusCode;
    }

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient http,
        HttpRequestMessage request,
        Dictionary<string, string> cookies
    )
    {
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => c.Key + "=" + c.Value)));
        }

        var response = await http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                var pair = setCookie.Split(';')[0].Split('=', 2);
                cookies[pair[0]] = pair[1];
            }
        }

        return response;
    }

    private static string TokenIn(string html) => TokenField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
