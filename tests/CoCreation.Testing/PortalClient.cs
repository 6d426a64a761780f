using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CoCreation.Testing;

/// <summary>
/// A browser-like HTTP client for form tests: reads pages with AngleSharp and submits the page's real
/// forms (with their antiforgery token), keeping cookies between requests.
/// </summary>
public sealed class PortalClient(HttpClient http) : IDisposable
{
    private readonly HtmlParser _parser = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IHtmlDocument, Uri> _addresses = [];

    public HttpClient Http => http;

    public HttpResponseMessage? LastResponse { get; private set; }

    public async Task<IHtmlDocument> GetAsync(string url, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        LastResponse = await http.SendAsync(request);
        return await ParseAsync();
    }

    /// <summary>Fills the form matched by <paramref name="formSelector"/> with
    /// <paramref name="values"/> (by field name) and submits it.</summary>
    public async Task<IHtmlDocument> SubmitAsync(
        IHtmlDocument page,
        string formSelector,
        IDictionary<string, string> values,
        string? submitterSelector = null
    )
    {
        var form =
            page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}: {page.Title}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked && !values.ContainsKey(box.Name ?? ""):
                    fields.Add(new(box.Name!, box.Value));
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" or "submit" or "button" }:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !values.ContainsKey(input.Name):
                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !values.ContainsKey(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !values.ContainsKey(select.Name):
                    fields.Add(new(select.Name, select.Value ?? ""));
                    break;
            }
        }

        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(v.Key, v.Value)));
        var action = form.GetAttribute("action");
        if (submitterSelector is not null && page.QuerySelector(submitterSelector)?.GetAttribute("formaction") is { } formAction)
        {
            action = formAction;
        }

        var target = string.IsNullOrEmpty(action) ? AddressOf(page).PathAndQuery : action;
        if (string.Equals(form.Method, "get", StringComparison.OrdinalIgnoreCase))
        {
            var path = target.Split('?')[0];
            return await GetAsync(
                path + "?" + string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)))
            );
        }

        return await PostAsync(target, fields);
    }

    /// <summary>
    /// Chooses the interface language as the language menu's link does (the portal keeps the choice in a cookie); returns
    /// the page at <paramref name="returnUrl"/> it goes back to.
    /// </summary>
    public Task<IHtmlDocument> ChooseLanguageAsync(string language, string returnUrl = "/") =>
        GetAsync($"/language/{language}?returnUrl={returnUrl}");

    /// <summary>
    /// Opens <paramref name="url"/> and sends its main form with <paramref name="values"/> (by field name), as a person
    /// who only fills the form in does; returns the page the portal answers with.
    /// </summary>
    public async Task<IHtmlDocument> SendFormAsync(string url, IDictionary<string, string> values)
    {
        var page = await GetAsync(url);
        return await SubmitAsync(page, "main form", values);
    }

    /// <summary>
    /// Signs in through the real sign-in form (at <paramref name="signInPage"/>, which may carry a return address), as a
    /// person does; returns the page it ends on.
    /// </summary>
    public Task<IHtmlDocument> SignInAsync(string email, string password = TestAccounts.Password, string signInPage = "/account/sign-in") =>
        SendFormAsync(signInPage, new Dictionary<string, string> { ["Data.Email"] = email, ["Data.Password"] = password });

    public async Task<IHtmlDocument> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        LastResponse = await http.PostAsync(url, content);
        return await ParseAsync();
    }

    /// <summary>Where the page was finally served from, after redirects.</summary>
    public Uri AddressOf(IHtmlDocument page) => _addresses.TryGetValue(page, out var address) ? address : new Uri("/", UriKind.Relative);

    private async Task<IHtmlDocument> ParseAsync()
    {
        var document = await _parser.ParseDocumentAsync(await LastResponse!.Content.ReadAsStringAsync());
        if (LastResponse.RequestMessage?.RequestUri is { } address)
        {
            _addresses.AddOrUpdate(document, address);
        }

        return document;
    }

    public HttpStatusCode Status => LastResponse?.StatusCode ?? 0;

    public void Dispose() => http.Dispose();
}
