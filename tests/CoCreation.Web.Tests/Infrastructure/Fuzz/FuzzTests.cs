using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Npgsql;
using Xunit.Abstractions;

namespace CoCreation.Web.Tests.Infrastructure.Fuzz;

/// <summary>
/// Bad input on every page: thousands of generated values (repeatable by seed, COCREATION_FUZZ_SEED)
/// posted to every form a visitor, a participant, an official, the support unit and an administrator
/// can see, and put in every query string and route value. The portal must never answer 5xx, must
/// store nothing when it refuses, and must say why in the person's language.
/// </summary>
public sealed partial class FuzzTests(WebFixture portal, ITestOutputHelper output) : PortalTest(portal)
{
    private const int FormPosts = 1200;
    private const int QueryRequests = 350;

    /// <summary>Pages that answer no role with an HTML page of their own, and why.</summary>
    private static readonly Dictionary<string, string> NoPage = new(StringComparer.Ordinal)
    {
        ["/Language"] = "sets the language and redirects back",
        ["/Error"] = "answers with the status of the error it shows",
        ["/Account/AccessDenied"] = "answers 403 by design",
        ["/Blog/Cover"] = "the demo's posts have no cover image (CoverImageTests upload one)",
        ["/Account/Follow"] = "a form's target: its address alone leads to /account/following",
    };

    /// <summary>POST handlers that have no form on their own page, and why.</summary>
    private static readonly Dictionary<string, string> NoForm = new(StringComparer.Ordinal)
    {
        ["/Account/Follow"] =
            "its form is the Follow button on member, campaign, commitment and submission pages, posting to /account/follow "
            + "(FollowTests, FollowJourneyTests)",
        ["/Account/SignOut"] = "would end the actor's session mid-fuzz",
        ["/Account/SignOutEverywhere"] = "would end every actor's session mid-fuzz",
        ["/Error"] = "the error page re-executed for a failed POST, no form of its own",
        ["/Account/TwoFactor?handler=Enable"] = "shown only in the middle of an enrolment (TwoFactorPagesTests)",
        ["/Account/TwoFactor?handler=Disable"] = "shown only once two-factor is on (TwoFactorPagesTests)",
        ["/Admin/Accounts/Details?handler=ResetTwoFactor"] = "shown only for an account with two-factor on (no demo account has it)",
        ["/Admin/Accounts/Details?handler=Unlock"] = "shown only for a locked account (no demo account is locked)",
        ["/Events/Confirm"] = "its form needs the emailed token; the fuzz has only a forged one",
        ["/Account/AcceptInvitation"] =
            "its form needs the emailed invitation secret (only its hash is kept); "
            + "the fuzz has only a forged one (GovernmentContactPagesTests)",
        ["/Newsletter/Confirm"] = "its form needs the emailed token; the fuzz has only a forged one",
        ["/Newsletter/Editions/Details?handler=Test"] = "shown only for a draft edition; the demo's only edition is sent",
        ["/Newsletter/Editions/Details?handler=Send"] = "shown only for a draft edition; the demo's only edition is sent",
        ["/Timelines/Edit?handler=Publish"] = "shown only before a timeline's first publication; the demo's are published",
    };

    private static string HandlerOf(string action) =>
        action.Split('?') is [_, var query]
        && query.Split('&').FirstOrDefault(p => p.StartsWith("handler=", StringComparison.OrdinalIgnoreCase)) is { } pair
            ? pair["handler=".Length..]
            : "";

    private static readonly string[] Roles = ["visitor", "participant", "other participant", "official", "support unit", "administrator"];

    private readonly HtmlParser _parser = new();
    private readonly List<string> _failures = [];
    private readonly Dictionary<string, int> _tried = [];
    private readonly List<string> _notKept = [];
    private int _requests;
    private int _rejected;
    private int _accepted;
    private int _messagesChecked;

    [Fact]
    public async Task Thousands_of_generated_values_on_every_form_query_and_route_give_no_5xx_no_half_record_and_a_localized_message()
    {
        var random = FuzzValues.Seeded(output);

        var recorder = new ExceptionRecorder();
        await using var factory = Portal.Factory.WithWebHostBuilder(builder =>
            builder
                .UseSetting("Serilog:MinimumLevel:Default", "Fatal")
                // Translation on demand is on, so the "translate" value of a text's page is fuzzed against a real service.
                .UseSetting("Portal:Translation:Url", Portal.Translation.Url)
                .ConfigureTestServices(services => services.AddSingleton<IExceptionHandler>(recorder))
        );
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Data.Seed.DemoData>().LoadIfEmptyAsync(CancellationToken.None);
        }

        // The demo holds no seat nor post in review: the participant makes one of each, so the cancellation,
        // edit and review forms are fuzzed with real records and not only unknown ones (KnownIds throws on a missing one).
        await DemoAdditions.SeatAndPostInReviewAsync(Portal);

        await using var db = new NpgsqlConnection(Portal.Database.ConnectionString);
        await db.OpenAsync();
        var counts = await RowCounter.CreateAsync(db);
        var ids = await KnownIds.LoadAsync(db);
        var values = new FuzzValues(random, ids.OthersIds);
        var english = Strings(factory.Services, "en");
        var localized = new Dictionary<string, Dictionary<string, string>>
        {
            ["en"] = english,
            ["fr"] = Strings(factory.Services, "fr"),
            ["es"] = Strings(factory.Services, "es"),
        };
        var englishOnly = english
            .Where(e =>
                !e.Value.Contains('{', StringComparison.Ordinal)
                && e.Value != localized["fr"].GetValueOrDefault(e.Key)
                && e.Value != localized["es"].GetValueOrDefault(e.Key)
            )
            .Select(e => e.Value)
            .ToHashSet(StringComparer.Ordinal);

        // Every page of the portal must be in the table of addresses, so a new page cannot escape the fuzz.
        var pages = factory
            .Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath)
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var addresses = Addresses(ids);
        Assert.All(pages, p => Assert.True(addresses.ContainsKey(p), $"{p} is not in the fuzz's table of addresses"));

        var actors = new Dictionary<string, Actor>();
        foreach (var role in Roles)
        {
            actors[role] = await Actor.SignInAsync(factory, role, _parser);
        }

        // 1. Read every page as every role and collect the forms each sees (the first role that sees a form fuzzes it).
        var forms = new Dictionary<string, FormSpec>(StringComparer.Ordinal);
        var postedHandlers = new HashSet<(string Page, string Handler)>();
        var answered = new HashSet<string>(StringComparer.Ordinal);
        var getTargets = new List<(string Page, string Url, Actor Actor)>();
        foreach (var (page, urls) in addresses)
        {
            foreach (var url in urls)
            {
                foreach (var actor in actors.Values.Where(a => page != "/Language"))
                {
                    var response = await SendAsync(actor, HttpMethod.Get, url, null, "en", $"GET {url}", recorder);
                    if (response is { Status: HttpStatusCode.OK })
                    {
                        answered.Add(page);
                    }

                    if (response is not { Status: HttpStatusCode.OK } || !response.IsHtml)
                    {
                        continue;
                    }

                    getTargets.Add((page, url, actor));
                    foreach (var form in FormSpec.Read(_parser.ParseDocument(response.Body), url.Split('?')[0], actor.Role))
                    {
                        if (form.Action.StartsWith("/account/sign-out", StringComparison.Ordinal))
                        {
                            continue;
                        }

                        forms.TryAdd(form.Key, form);
                        if (
                            form.Method == "post"
                            && string.Equals(form.Action.Split('?')[0], url.Split('?')[0], StringComparison.OrdinalIgnoreCase)
                        )
                        {
                            postedHandlers.Add((page, HandlerOf(form.Action)));
                        }
                    }
                }
            }
        }

        // An address no role could open, or a POST handler whose form no role was shown, would escape the
        // fuzz without a word: each is a failure, unless it is listed with the reason it cannot be fuzzed.
        foreach (var page in addresses.Keys.Where(p => !NoPage.ContainsKey(p) && !answered.Contains(p)))
        {
            _failures.Add($"{page}: no role got a 200 from {string.Join(", ", addresses[page])}");
        }

        var routes = await PortalRoutes.LoadAsync(Portal);
        foreach (
            var (page, handler) in routes
                .Pages.Where(r => r.ViewEnginePath.Length > 0)
                .SelectMany(r => r.PostHandlers.Select(h => (r.ViewEnginePath, h)))
                .Distinct()
                .Where(p =>
                    !postedHandlers.Contains(p) && !NoForm.ContainsKey(p.ViewEnginePath + (p.h.Length > 0 ? "?handler=" + p.h : ""))
                )
        )
        {
            _failures.Add($"{page}{(handler.Length > 0 ? "?handler=" + handler : "")}: a POST handler whose form the fuzz never found");
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var postForms = forms.Values.Where(f => f.Method == "post").ToList();
        output.WriteLine(
            $"{pages.Count} pages, {addresses.Sum(a => a.Value.Count)} addresses, "
                + $"{postForms.Count} forms that post, {forms.Count - postForms.Count} that get"
        );

        // 2. Forms: one field, all fields, duplicated, dropped or strange fields, sometimes no token.
        var perForm = Math.Max(12, FormPosts / Math.Max(1, postForms.Count));
        foreach (var form in postForms)
        {
            var actor = actors[form.Role];

            // A form of buttons only (publish, withdraw, endorse) has nothing to type into: a few tries do.
            var tries = form.Fields.Any(f => f.Name != FormSpec.Token) ? perForm : 4;
            for (var i = 0; i < tries; i++)
            {
                await FuzzPostAsync(actor, form, values, random, counts, recorder, localized, englishOnly);
            }

            // The same form, untouched, from everyone else (with their own token): other people's records.
            foreach (var other in actors.Values.Where(a => a != actor))
            {
                var fields = form
                    .Fields.Select(f => f.Name == FormSpec.Token ? f with { Value = other.Token } : f)
                    .Select(f => (f.Name, new FuzzValue("original", f.Value)))
                    .ToList();
                await PostAndCheckAsync(
                    other,
                    form,
                    fields,
                    "cross-post by " + other.Role,
                    "en",
                    null,
                    counts,
                    recorder,
                    localized,
                    englishOnly
                );
                Count("forged: another person's form");
            }
        }

        output.WriteLine($"forms fuzzed after {clock.Elapsed.TotalSeconds:0} s, {_requests} requests so far");

        // 3. Query strings: the names the page models bind on GET and the fields of GET forms.
        var queryTargets = getTargets
            .DistinctBy(t => t.Page)
            .Select(t => (t.Url, t.Actor, Names: QueryNames(t.Page, forms.Values, t.Url)))
            .Where(t => t.Names.Count > 0)
            .ToList();
        queryTargets.Add(("/language/fr", actors["visitor"], ["returnUrl"]));
        var perQuery = Math.Max(10, QueryRequests / Math.Max(1, queryTargets.Count));
        foreach (var (url, actor, names) in queryTargets)
        {
            var path = url.Split('?')[0];
            for (var i = 0; i < perQuery; i++)
            {
                var pairs = Enumerable
                    .Range(0, 1 + random.Next(3))
                    .Select(_ => (Name: names[random.Next(names.Count)], Value: values.For(FieldKind.Text, "")))
                    .ToList();
                if (random.Next(10) == 0)
                {
                    pairs.Add(("handler", values.Any("")));
                }

                var query = string.Join(
                    '&',
                    pairs.Select(p =>
                        Encoding.ASCII.GetString(FuzzValue.Percent(Encoding.UTF8.GetBytes(p.Name)))
                        + "="
                        + Encoding.ASCII.GetString((p.Value with { Escaped = true }).Encode())
                    )
                );
                var language = Language(random);
                var client = path.StartsWith("/language", StringComparison.Ordinal)
                    ? await Actor.SignInAsync(factory, "visitor", _parser)
                    : actor;
                await SendAsync(
                    client,
                    HttpMethod.Get,
                    path + "?" + query,
                    null,
                    language,
                    $"GET {path} ? {string.Join(", ", pairs.Select(p => p.Name + " = " + p.Value.Describe()))}",
                    recorder
                );
                Count("query string: " + pairs[0].Value.Kind);
            }
        }

        output.WriteLine($"query strings fuzzed after {clock.Elapsed.TotalSeconds:0} s, {_requests} requests so far");

        // 4. Route values: each parameter of each route replaced by generated values.
        foreach (
            var template in factory
                .Services.GetRequiredService<EndpointDataSource>()
                .Endpoints.OfType<RouteEndpoint>()
                .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
                .Select(e => e.RoutePattern)
                .Where(p => p.Parameters.Count > 0)
                .DistinctBy(p => p.RawText)
        )
        {
            for (var i = 0; i < 4; i++)
            {
                var url =
                    "/"
                    + string.Join(
                        '/',
                        template.PathSegments.Select(segment =>
                            string.Concat(
                                segment.Parts.Select(part =>
                                    part switch
                                    {
                                        Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                                        Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => Encoding.ASCII.GetString(
                                            (values.Any("1") with { Escaped = true }).Encode()
                                        ),
                                        Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
                                        _ => "",
                                    }
                                )
                            )
                        )
                    );
                var actor = actors[Roles[random.Next(Roles.Length)]];
                await SendAsync(
                    actor,
                    HttpMethod.Get,
                    url.Length > 12_000 ? url[..12_000] : url,
                    null,
                    Language(random),
                    $"GET {url[..Math.Min(url.Length, 200)]} (route {template.RawText})",
                    recorder
                );
                Count("route value");
            }
        }

        output.WriteLine($"routes fuzzed after {clock.Elapsed.TotalSeconds:0} s, {_requests} requests so far");

        // 5. What was accepted must be whole: every page, feed and export still renders for everyone.
        foreach (var (page, urls) in addresses.Where(a => a.Key != "/Language"))
        {
            foreach (var url in urls)
            {
                foreach (var actor in new[] { actors["visitor"], actors["support unit"] })
                {
                    await SendAsync(actor, HttpMethod.Get, url, null, "en", $"GET {url} after the fuzz", recorder);
                    Count("pages after the fuzz");
                }
            }
        }

        output.WriteLine(
            $"{_requests} requests: {_rejected} posts refused (rows unchanged checked), {_accepted} accepted, "
                + $"{_messagesChecked} refusals checked for a localized message"
        );
        foreach (var (kind, count) in _tried.OrderByDescending(t => t.Value))
        {
            output.WriteLine($"  {count.ToString(CultureInfo.InvariantCulture).PadLeft(6)}  {kind}");
        }

        foreach (var line in _notKept.Take(20))
        {
            output.WriteLine("typed text not given back: " + line);
        }

        Assert.True(_requests >= 2000, $"only {_requests} requests");
        // One line per kind of failure (page, status, exception, where), with its count and a first example.
        var grouped = _failures
            .GroupBy(f =>
                Regex.Replace(f.Split('\n')[0], @"(as [a-z ]+) \[.*$", "$1")
                + " | "
                + string.Join(" | ", f.Split('\n').Skip(1).Select(l => Regex.Replace(l.Trim(), ": .*", "")))
            )
            .Select(g => $"{g.Count()} × {g.First()}")
            .ToList();
        Assert.True(
            _failures.Count == 0,
            $"Fuzz seed {FuzzValues.Seed}: {_failures.Count} failures of {grouped.Count} kinds:\n" + string.Join("\n", grouped.Take(60))
        );
    }

    private async Task FuzzPostAsync(
        Actor actor,
        FormSpec form,
        FuzzValues values,
        Random random,
        RowCounter counts,
        ExceptionRecorder recorder,
        Dictionary<string, Dictionary<string, string>> localized,
        HashSet<string> englishOnly
    )
    {
        var fields = form.Fields.Select(f => (f.Name, Value: new FuzzValue("original", f.Value))).ToList();
        var editable = form.Fields.Select((f, i) => (f, i)).Where(x => x.f.Name != FormSpec.Token).ToList();
        string strategy;
        FieldSpec? single = null;
        var choice = random.Next(100);
        if (editable.Count == 0 || choice < 3)
        {
            strategy = "no antiforgery token";
            fields.RemoveAll(f => f.Name == FormSpec.Token);
        }
        else if (choice < 63)
        {
            var (field, index) = editable[random.Next(editable.Count)];
            single = field;
            fields[index] = (field.Name, field.Kind == FieldKind.File ? values.Any("") : values.For(field.Kind, field.Value));
            strategy = $"{field.Name} ({field.Kind})";
        }
        else if (choice < 78)
        {
            foreach (var (field, index) in editable)
            {
                fields[index] = (field.Name, values.For(field.Kind, field.Value));
            }

            strategy = "every field";
        }
        else if (choice < 88)
        {
            var (field, _) = editable[random.Next(editable.Count)];
            for (var copies = 1 + random.Next(3); copies > 0; copies--)
            {
                fields.Add((field.Name, values.For(field.Kind, field.Value)));
            }

            strategy = $"{field.Name} duplicated";
        }
        else if (choice < 94)
        {
            var (field, _) = editable[random.Next(editable.Count)];
            fields.RemoveAll(f => f.Name == field.Name);
            strategy = $"{field.Name} left out";
        }
        else if (choice < 98)
        {
            var (field, _) = editable[random.Next(editable.Count)];
            fields.Add((values.StrangeKey(field.Name), values.Any(field.Value)));
            strategy = "strange field name";
        }
        else
        {
            for (var extra = 0; extra < 1100; extra++)
            {
                fields.Add(($"Extra{extra}", new FuzzValue("many", "x")));
            }

            strategy = "1 100 extra fields";
        }

        var kind = single is null ? strategy : fields.First(f => f.Name == single.Name).Value.Kind;
        Count("form: " + (single is null ? strategy : kind));
        var description =
            $"{strategy}: "
            + string.Join(", ", fields.Where(f => f.Value.Kind != "original").Take(4).Select(f => f.Name + " = " + f.Value.Describe()));
        await PostAndCheckAsync(actor, form, fields, description, Language(random), single, counts, recorder, localized, englishOnly);
    }

    private async Task PostAndCheckAsync(
        Actor actor,
        FormSpec form,
        List<(string Name, FuzzValue Value)> fields,
        string description,
        string language,
        FieldSpec? single,
        RowCounter counts,
        ExceptionRecorder recorder,
        Dictionary<string, Dictionary<string, string>> localized,
        HashSet<string> englishOnly
    )
    {
        var before = await counts.ReadAsync();
        using HttpContent content = form.Multipart ? Multipart(form, fields) : UrlEncoded(fields);
        var response = await SendAsync(
            actor,
            HttpMethod.Post,
            form.Action,
            content,
            language,
            $"POST {form.Action} as {actor.Role} [{language}] {description}",
            recorder
        );
        if (response is null)
        {
            return;
        }

        var after = await counts.ReadAsync();
        var location = response.Location ?? "";
        var page = response.IsHtml && response.Status == HttpStatusCode.OK ? _parser.ParseDocument(response.Body) : null;
        // A refusal is the form shown again with its fields marked invalid, whether or not the page
        // also put up the error summary (CheckMessages fails a refusal that shows no reason).
        var refusedOnForm =
            page is not null
            && (
                page.GetElementById("form-errors") is not null
                || page.QuerySelector("main [aria-invalid=true], main .is-invalid, main .input-validation-error") is not null
            );
        var refused =
            (int)response.Status is >= 400 and < 500
            || location.Contains("/account/sign-in", StringComparison.Ordinal)
            || location.Contains("/account/access-denied", StringComparison.Ordinal)
            || refusedOnForm;
        if (!refused)
        {
            _accepted++;
            return;
        }

        _rejected++;
        var changed = RowCounter.Difference(before, after);
        if (changed.Length > 0)
        {
            _failures.Add(
                $"refused ({(int)response.Status}) but rows changed [{changed}]: POST {form.Action} as {actor.Role}: {description}"
            );
        }

        if (page is not null && refusedOnForm)
        {
            _messagesChecked++;
            CheckMessages(page, language, localized, englishOnly, $"POST {form.Action} as {actor.Role} [{language}] {description}");
            if (single is { Kind: FieldKind.Text } && fields.First(f => f.Name == single.Name).Value is { IsTypable: true } typed)
            {
                var shown = (page.GetElementsByName(single.Name) is [var control, ..] ? control : null) switch
                {
                    IHtmlTextAreaElement area => area.Value,
                    IHtmlInputElement input => input.Value,
                    _ => null,
                };
                if (
                    shown is not null
                    && shown.Replace("\r\n", "\n", StringComparison.Ordinal) != typed.Text!.Replace("\r\n", "\n", StringComparison.Ordinal)
                )
                {
                    _notKept.Add($"{form.Action} {single.Name}: sent {typed.Describe()}, shown \"{shown[..Math.Min(shown.Length, 60)]}\"");
                }
            }
        }
    }

    private void CheckMessages(
        IHtmlDocument page,
        string language,
        Dictionary<string, Dictionary<string, string>> localized,
        HashSet<string> englishOnly,
        string context
    )
    {
        var summary = page.GetElementById("form-errors");
        if (summary is null)
        {
            _failures.Add($"fields marked invalid but no error summary: {context}");
        }
        else if (!summary.TextContent.Contains(localized[language]["Form.HasErrors"], StringComparison.Ordinal))
        {
            _failures.Add($"the refusal does not say so in {language}: {context}");
        }

        var messages = page.QuerySelectorAll("#form-errors li, .invalid-feedback, .field-validation-error")
            .Select(m => m.TextContent.Trim())
            .Where(m => m.Length > 0)
            .ToList();
        if (messages.Count == 0)
        {
            _failures.Add($"refused without saying why (no message beside a field or in the summary): {context}");
        }

        foreach (var message in messages)
        {
            if (ResourceKey().IsMatch(message))
            {
                _failures.Add($"a resource key instead of a message (\"{message}\"): {context}");
            }
            else if (language != "en" && (englishOnly.Contains(message) || EnglishFrameworkMessage().IsMatch(message)))
            {
                _failures.Add($"an English message in {language} (\"{message}\"): {context}");
            }
        }
    }

    private async Task<Response?> SendAsync(
        Actor actor,
        HttpMethod method,
        string url,
        HttpContent? content,
        string language,
        string description,
        ExceptionRecorder recorder
    )
    {
        var id = (++_requests).ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.TryAddWithoutValidation("X-Fuzz-Id", id);
        request.Headers.AcceptLanguage.ParseAdd(language);
        try
        {
            using var response = await actor.Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500)
            {
                var exception = recorder.Take(id);
                _failures.Add(
                    $"{(int)response.StatusCode}: {Trim(description)}\n"
                        + $"    {exception?.GetType().FullName}: {Trim(exception?.Message ?? "")}\n"
                        + $"    at {Where(exception)}"
                );
            }

            return new Response(
                response.StatusCode,
                response.Headers.Location?.ToString(),
                body,
                response.Content.Headers.ContentType?.MediaType == "text/html"
            );
        }
        catch (InvalidOperationException ex)
            when (ex.Message.Contains("null characters", StringComparison.Ordinal) && recorder.Take(id) is null)
        {
            // The in-memory test client itself refuses a NUL in the path (Kestrel answers 400 before the portal sees it).
            return null;
        }
        catch (Exception ex)
        {
            var exception = recorder.Take(id) ?? ex;
            _failures.Add(
                $"broken response: {Trim(description)}\n"
                    + $"    {exception.GetType().FullName}: {Trim(exception.Message)}\n"
                    + $"    at {Where(exception)}"
            );
            return null;
        }
    }

    private static string Where(Exception? exception) =>
        exception?.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("CoCreation", StringComparison.Ordinal))
        ?? exception?.StackTrace?.Split('\n').FirstOrDefault()?.Trim()
        ?? "";

    private static string Trim(string text) => text.Length > 400 ? text[..400] + "…" : text;

    private void Count(string kind) => _tried[kind] = _tried.GetValueOrDefault(kind) + 1;

    private static string Language(Random random) =>
        random.Next(10) switch
        {
            0 => "fr",
            1 => "es",
            _ => "en",
        };

    private static ByteArrayContent UrlEncoded(List<(string Name, FuzzValue Value)> fields)
    {
        var body = new List<byte>();
        foreach (var (name, value) in fields)
        {
            if (body.Count > 0)
            {
                body.Add((byte)'&');
            }

            body.AddRange(FuzzValue.Percent(Encoding.UTF8.GetBytes(name)));
            body.Add((byte)'=');
            body.AddRange(value.Encode());
        }

        var content = new ByteArrayContent([.. body]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return content;
    }

    private static MultipartFormDataContent Multipart(FormSpec form, List<(string Name, FuzzValue Value)> fields)
    {
        var content = new MultipartFormDataContent();
        var files = form.Fields.Where(f => f.Kind == FieldKind.File).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            var bytes = value.Raw ?? Encoding.UTF8.GetBytes(value.Text ?? "");
            if (files.Contains(name))
            {
                if (value.Kind == "original")
                {
                    continue;
                }

                var file = new ByteArrayContent(bytes);
                file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(
                    bytes.Length % 2 == 0 ? "image/png" : "text/csv"
                );
                content.Add(
                    file,
                    name,
                    bytes.Length % 3 == 0 ? "../../etc/passwd"
                        : bytes.Length % 3 == 1 ? "cover\u202Egnp.exe"
                        : "import.csv"
                );
            }
            else if (string.IsNullOrWhiteSpace(name))
            {
                var part = new ByteArrayContent(bytes);
                part.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("form-data")
                {
                    Name = "\"" + name + "\"",
                };
                content.Add(part);
            }
            else
            {
                content.Add(new ByteArrayContent(bytes), name);
            }
        }

        return content;
    }

    /// <summary>Names a GET request of <paramref name="page"/> reads: its page model's
    /// bound properties and handler parameters, and its GET forms' fields.</summary>
    private static List<string> QueryNames(string page, IEnumerable<FormSpec> forms, string url)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var path = url.Split('?')[0];
        foreach (var form in forms.Where(f => f.Method == "get" && f.Action.Split('?')[0] == path))
        {
            names.UnionWith(form.Fields.Select(f => f.Name));
        }

        var model = typeof(Program).Assembly.GetType("CoCreation.Web.Pages" + page.Replace('/', '.') + "Model");
        if (model is not null)
        {
            foreach (var property in model.GetProperties())
            {
                if (
                    property.GetCustomAttributes(typeof(Microsoft.AspNetCore.Mvc.BindPropertyAttribute), true)
                    is [Microsoft.AspNetCore.Mvc.BindPropertyAttribute { SupportsGet: true }]
                )
                {
                    if (property.PropertyType == typeof(string) || property.PropertyType.IsValueType)
                    {
                        names.Add(property.Name);
                    }
                    else
                    {
                        foreach (var nested in property.PropertyType.GetProperties().Where(p => p.CanWrite))
                        {
                            names.Add(nested.Name);
                            names.Add(property.Name + "." + nested.Name);
                        }
                    }
                }
            }

            foreach (var handler in model.GetMethods().Where(m => m.Name.StartsWith("OnGet", StringComparison.Ordinal)))
            {
                names.UnionWith(handler.GetParameters().Select(p => p.Name!));
            }
        }

        return [.. names];
    }

    private static Dictionary<string, string> Strings(IServiceProvider services, string language)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(language);
            return services
                .GetRequiredService<IStringLocalizer<SharedResource>>()
                .GetAllStrings(includeParentCultures: language == "en")
                .ToDictionary(s => s.Name, s => s.Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]+(\.[A-Za-z0-9]+)+$")]
    private static partial Regex ResourceKey();

    [GeneratedRegex(
        @"(^The value '.*' is (not valid|invalid))|(^The .* field is required)|(must not be empty\.$)|(^'.*' (must|is not))"
            + @"|(^A value for the '.*' parameter)|(^The field .* must)",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex EnglishFrameworkMessage();

    /// <summary>Every page of the portal with real addresses from the demo data,
    /// and forged ones (records that do not exist or belong to others).</summary>
    private static Dictionary<string, List<string>> Addresses(KnownIds ids) =>
        new(StringComparer.Ordinal)
        {
            ["/Index"] = ["/"],
            ["/Error"] = ["/error", "/error/404"],
            ["/Language"] = ["/language/fr?returnUrl=/members"],
            ["/Account/AccessDenied"] = ["/account/access-denied"],
            ["/Account/ChangePassword"] = ["/account/change-password"],
            ["/Account/Index"] = ["/account"],
            ["/Account/MyWork"] = ["/my-work"],
            ["/Account/AcceptInvitation"] = ["/account/accept-invitation?code=forged", "/account/accept-invitation"],
            ["/Account/MyData"] = ["/account/my-data"],
            ["/Account/DeleteAccount"] = ["/account/delete"],
            ["/Account/MyDataDownload"] = ["/account/my-data.json"],
            ["/Account/ConfirmEmail"] = ["/account/confirm-email?userId=" + ids.AuthorId + "&code=forged"],
            ["/Account/ForgotPassword"] = ["/account/forgot-password"],
            ["/Account/Register"] = ["/account/register"],
            ["/Account/ResetPassword"] = ["/account/reset-password?userId=" + ids.AuthorId + "&code=forged"],
            ["/Account/SignIn"] = ["/account/sign-in?returnUrl=/submissions/mine"],
            ["/Account/SignInTwoFactor"] = ["/account/sign-in-two-factor"],
            ["/Account/SignOut"] = ["/account/sign-out"],
            ["/Account/SignOutEverywhere"] = ["/account/sign-out-everywhere"],
            ["/Account/TwoFactor"] = ["/account/two-factor", "/account/two-factor?required=True"],
            ["/ActionPlans/Details"] = [$"/members/{ids.PlanMember}/plans/{ids.PlanCycle}", "/members/FR/plans/1999-2001"],
            ["/ActionPlans/Edit"] = [$"/members/{ids.PlanMember}/plans/edit?cycle={ids.PlanCycle}", "/members/FR/plans/edit"],
            ["/ActionPlans/EditCommitment"] =
            [
                $"/members/{ids.PlanMember}/plans/{ids.PlanCycle}/commitment",
                $"/members/{ids.PlanMember}/plans/{ids.PlanCycle}/commitment/{ids.OgpId}",
                $"/members/FR/plans/{ids.PlanCycle}/commitment/{ids.OgpId}",
            ],
            ["/ActionPlans/EditMilestone"] =
            [
                $"/members/{ids.PlanMember}/plans/{ids.PlanCycle}/commitment/{ids.OgpId}/milestone",
                $"/members/{ids.PlanMember}/plans/{ids.PlanCycle}/commitment/{ids.OgpId}/milestone/999999",
            ],
            ["/ActionPlans/RecordProgress"] = [$"/members/{ids.PlanMember}/plans/{ids.PlanCycle}/commitment/{ids.OgpId}/progress"],
            ["/ActionPlans/AssessCommitment"] = [$"/members/{ids.PlanMember}/plans/{ids.PlanCycle}/commitment/{ids.OgpId}/irm"],
            ["/Admin/Accounts/Details"] = ["/admin/accounts/" + ids.AuthorId, "/admin/accounts/" + Guid.Empty],
            ["/Admin/Accounts/Index"] = ["/admin/accounts"],
            ["/Admin/Audit"] = ["/admin/audit"],
            ["/Admin/Security"] = ["/admin/security"],
            ["/Answers/Answer"] = ["/answers/" + ids.ForwardedOwn, "/answers/" + ids.ForwardedOther],
            ["/Answers/Index"] = ["/answers"],
            ["/Answers/Members"] = ["/answers/members"],
            ["/Api/Index"] = ["/api"],
            ["/Blog/Author"] = ["/blog/authors/" + ids.BlogAuthorId, "/blog/authors/" + Guid.Empty],
            ["/Blog/CallForPosts"] = [$"/campaigns/{ids.Slug}/call-for-posts"],
            ["/Blog/Cover"] = ["/blog/covers/none.png", "/blog/covers/..%2F..%2Fappsettings.json"],
            ["/Blog/Details"] =
            [
                "/blog/" + ids.BlogPublished,
                "/blog/" + ids.BlogInReview,
                "/blog/" + ids.BlogPublished + "?translate=en",
                "/blog/" + ids.BlogInReview + "?translate=fr",
            ],
            ["/Blog/Edit"] = ["/blog/" + ids.BlogInReview + "/edit"],
            ["/Blog/Feed"] = ["/blog/feed.atom"],
            ["/Blog/Index"] = ["/blog"],
            ["/Blog/Mine"] = ["/blog/mine"],
            ["/Blog/Review"] = ["/blog/" + ids.BlogInReview + "/review"],
            ["/Blog/ReviewQueue"] = ["/blog/review"],
            ["/Blog/Write"] = ["/blog/write"],
            ["/Campaigns/Calendar"] = [$"/campaigns/{ids.Slug}/calendar.ics"],
            ["/Campaigns/Create"] = ["/campaigns/create"],
            ["/Campaigns/Dashboard"] = [$"/campaigns/{ids.Slug}/dashboard", "/campaigns/no-such-campaign/dashboard"],
            ["/Campaigns/Details"] = [$"/campaigns/{ids.Slug}", "/campaigns/no-such-campaign"],
            ["/Campaigns/Edit"] = [$"/campaigns/{ids.Slug}/edit"],
            ["/Campaigns/Index"] = ["/campaigns"],
            ["/Campaigns/ShareImage"] = [$"/campaigns/{ids.Slug}/share-fr.png", "/campaigns/no-such-campaign/share-en.png"],
            ["/Commitments/Details"] = ["/commitments/" + ids.OgpId, "/commitments/XX0000"],
            ["/Events/Cancel"] = ["/events/cancel/" + ids.CancellationCode, "/events/cancel/" + Guid.NewGuid()],
            ["/Events/Confirm"] = [$"/events/{ids.UpcomingEvent}/confirm?token=forged"],
            ["/Events/Create"] = ["/events/create"],
            ["/Events/Details"] = ["/events/" + ids.UpcomingEvent, "/events/" + ids.PastEvent, "/events/999999"],
            ["/Events/Edit"] = [$"/events/{ids.UpcomingEvent}/edit"],
            ["/Events/Feed"] = ["/events/feed.atom"],
            ["/Events/Ics"] = [$"/events/{ids.UpcomingEvent}.ics"],
            ["/Events/Index"] = ["/events", "/events?past=true"],
            ["/Events/Mine"] = ["/events/mine"],
            ["/Events/Registrants"] = [$"/events/{ids.UpcomingEvent}/registrants"],
            ["/Events/RegistrantsCsv"] = [$"/events/{ids.UpcomingEvent}/registrants.csv"],
            ["/Members/Create"] = ["/members/create"],
            ["/Members/Details"] = ["/members/AR", "/members/ZZ"],
            ["/Members/Evidence"] = ["/members/AR/evidence", "/members/ZZ/evidence"],
            ["/Members/EvidenceZip"] = ["/members/AR/evidence.zip", "/members/ZZ/evidence.zip"],
            ["/Forums/Details"] = ["/members/AR/forum", "/members/ZZ/forum"],
            ["/Forums/Rules"] = ["/members/AR/forum/rules", "/members/FR/forum/rules"],
            ["/Forums/Member"] =
            [
                "/members/AR/forum/member",
                $"/members/AR/forum/member/{ids.ForumMember}",
                "/members/AR/forum/member/999999",
            ],
            ["/Forums/Decision"] =
            [
                "/members/AR/forum/decision",
                $"/members/AR/forum/decision/{ids.ForumDecision}",
                "/members/AR/forum/decision/999999",
            ],
            ["/Members/Edit"] = ["/members/AR/edit"],
            ["/Members/InviteContact"] = ["/members/FR/invite-contact", "/members/ZZ/invite-contact"],
            ["/Members/Index"] = ["/members"],
            ["/Comments/Feed"] = [$"/submissions/{ids.Published}/comments.atom", "/members/AR/comments.atom", "/members/ZZ/comments.atom"],
            ["/Comments/Reply"] = [$"/comments/{ids.Comment}/reply", "/comments/999999999/reply"],
            ["/Comments/Edit"] = [$"/comments/{ids.OwnComment}/edit", $"/comments/{ids.Comment}/edit"],
            ["/Comments/Delete"] = [$"/comments/{ids.OwnOldComment}/delete", $"/comments/{ids.Comment}/delete"],
            ["/Comments/Report"] = [$"/comments/{ids.Comment}/report", $"/comments/{ids.OwnComment}/report"],
            ["/Moderation/Comments"] = ["/moderation/comments"],
            ["/Moderation/Comment"] = [$"/moderation/comments/{ids.QueuedComment}", "/moderation/comments/999999999"],
            ["/Moderation/Reported"] = [$"/moderation/reported/{ids.ReportedSubmission}", "/moderation/reported/999999999"],
            ["/Submissions/Report"] =
            [
                $"/submissions/{ids.Published}/report",
                $"/submissions/{ids.Own}/report",
                $"/submissions/{ids.Pending}/report",
                $"/submissions/{ids.Published}/report?done=true",
                "/submissions/999999999/report",
            ],
            ["/Moderation/Dashboard"] = ["/moderation/dashboard"],
            ["/Moderation/Edit"] = [$"/moderation/{ids.Pending}/edit"],
            ["/Moderation/Import"] = ["/moderation/import"],
            ["/Moderation/Index"] = ["/moderation", "/moderation?Filter.Stage=ToForward"],
            ["/Moderation/Review"] = ["/moderation/" + ids.Pending, "/moderation/" + ids.Published],
            ["/Newsletter/Confirm"] = ["/newsletter/confirm?token=forged"],
            ["/Newsletter/Editions/Compose"] = ["/newsletter/editions/compose", "/newsletter/editions/compose/" + ids.Edition],
            ["/Newsletter/Editions/Details"] = ["/newsletter/editions/" + ids.Edition],
            ["/Newsletter/Editions/Index"] = ["/newsletter/editions"],
            ["/Newsletter/Index"] = ["/newsletter"],
            ["/Newsletter/Unsubscribe"] = ["/newsletter/unsubscribe/" + ids.UnsubscribeCode, "/newsletter/unsubscribe/forged"],
            ["/Notifications/Unsubscribe"] = ["/notifications/unsubscribe/" + ids.NotificationsCode, "/notifications/unsubscribe/forged"],
            ["/Account/Follow"] = ["/account/follow"],
            ["/Account/Following"] = ["/account/following"],
            ["/Account/Notifications"] = ["/account/notifications", "/account/notifications?after=12345"],
            ["/Newsletter/WebVersion"] = ["/newsletter/" + ids.Edition],
            ["/OpenData/Download"] = ["/open-data/members.csv", "/open-data/submissions.json", "/open-data/no-such.csv"],
            ["/OpenData/Index"] = ["/open-data"],
            ["/Scorecards/ForMember"] = ["/members/AR/scorecard", "/members/AR/scorecard?cycle=1999-2001", "/members/ZZ/scorecard"],
            ["/Scorecards/Index"] = ["/scorecards", "/scorecards?region=Europe&after=FR", "/scorecards?region=Nowhere&after=%00"],
            ["/Submissions/Details"] =
            [
                "/submissions/" + ids.Published,
                "/submissions/" + ids.Pending,
                "/submissions/" + ids.Own,
                "/submissions/" + ids.Published + "?translate=en",
                "/submissions/" + ids.Pending + "?translate=en",
            ],
            ["/Submissions/Download"] = ["/submissions/export.csv", "/submissions/export.json"],
            ["/Submissions/Feed"] = ["/submissions/feed.atom", "/submissions/answers.atom"],
            ["/Submissions/Index"] = ["/submissions"],
            ["/Submissions/Mine"] = ["/submissions/mine"],
            ["/Submissions/Submit"] = ["/submissions/submit?member=AR"],
            ["/Timelines/Activity"] =
            [
                "/members/AR/timeline/activity",
                $"/members/AR/timeline/activity/{ids.Activity}",
                $"/members/FR/timeline/activity/{ids.Activity}",
            ],
            ["/Timelines/Details"] = ["/members/AR/timeline", "/members/ES/timeline/preview", "/members/AR/timeline?month=2017-03"],
            ["/Timelines/Edit"] = ["/members/AR/timeline/edit", "/members/FR/timeline/edit"],
            ["/Timelines/Feed"] = ["/members/AR/timeline/feed.atom", "/timelines/feed.atom"],
            ["/Timelines/Ics"] = ["/members/AR/timeline.ics", $"/members/AR/timeline/activities/{ids.Activity}.ics"],
            ["/Timelines/Index"] = ["/timelines"],
        };

    private sealed record Response(HttpStatusCode Status, string? Location, string Body, bool IsHtml);

    /// <summary>Sees the exception behind each 5xx (the portal shows people only a friendly page).</summary>
    private sealed class ExceptionRecorder : IExceptionHandler
    {
        private readonly ConcurrentDictionary<string, Exception> _byRequest = new();

        public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (httpContext.Request.Headers.TryGetValue("X-Fuzz-Id", out var id))
            {
                _byRequest[id.ToString()] = exception;
            }

            return ValueTask.FromResult(false);
        }

        public Exception? Take(string id) => _byRequest.TryRemove(id, out var exception) ? exception : null;
    }

    /// <summary>A signed-in (or anonymous) browser: its cookies and its antiforgery token.</summary>
    private sealed class Actor(string role, HttpClient http)
    {
        public string Role => role;

        public HttpClient Http => http;

        public string Token { get; private set; } = "";

        public static async Task<Actor> SignInAsync(WebApplicationFactory<Program> factory, string role, HtmlParser parser)
        {
            var http = factory.CreateClient(
                new WebApplicationFactoryClientOptions
                {
                    BaseAddress = new Uri("https://portal.test"),
                    AllowAutoRedirect = false,
                    HandleCookies = true,
                }
            );
            var actor = new Actor(role, http);
            var email = role switch
            {
                "participant" => "participant@demo.cocreation.example",
                "other participant" => "author01@demo.cocreation.example",
                "official" => "official@demo.cocreation.example",
                "support unit" => "support@demo.cocreation.example",
                "administrator" => "admin@demo.cocreation.example",
                _ => null,
            };
            var signIn = parser.ParseDocument(await http.GetStringAsync("/account/sign-in"));
            var token = signIn.QuerySelector($"input[name={FormSpec.Token}]")!.GetAttribute("value")!;
            if (email is null)
            {
                actor.Token = token;
                return actor;
            }

            using var posted = await http.PostAsync(
                "/account/sign-in",
                new FormUrlEncodedContent(
                    new Dictionary<string, string>
                    {
                        [FormSpec.Token] = token,
                        ["Data.Email"] = email,
                        ["Data.Password"] = Data.Seed.DemoData.DemoPassword,
                    }
                )
            );
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            var home = parser.ParseDocument(await http.GetStringAsync("/"));
            actor.Token = home.QuerySelector($"input[name={FormSpec.Token}]")!.GetAttribute("value")!;
            return actor;
        }
    }

    /// <summary>
    /// Each table's rows and a checksum of their contents, read before and after each refused post: a
    /// refusal stores nothing, neither a new row nor a change to an old one. Columns that legitimately
    /// move during a refusal or behind its back are left out of the checksum: the outbox sender marks
    /// messages sent in the background (its rows are only counted), and a wrong password counts
    /// towards the account's lockout.
    /// </summary>
    private sealed class RowCounter(NpgsqlConnection connection, string sql)
    {
        private static readonly Dictionary<string, string[]> Volatile = new(StringComparer.Ordinal)
        {
            ["users"] = ["access_failed_count", "lockout_end", "concurrency_stamp"],
        };

        private static readonly HashSet<string> CountedOnly = new(StringComparer.Ordinal) { "outbox_messages" };

        public static async Task<RowCounter> CreateAsync(NpgsqlConnection connection)
        {
            var columns = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            await using (
                var command = new NpgsqlCommand(
                    """
                    SELECT c.table_name, c.column_name FROM information_schema.columns c
                    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                      -- keys belong to the host; rate_limit_hits counts attempts, refused ones too, by design
                      AND c.table_name NOT IN ('data_protection_keys', '__EFMigrationsHistory', 'rate_limit_hits')
                    ORDER BY c.table_name, c.ordinal_position
                    """,
                    connection
                )
            )
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    var table = reader.GetString(0);
                    columns.TryAdd(table, []);
                    if (!Volatile.GetValueOrDefault(table, []).Contains(reader.GetString(1)))
                    {
                        columns[table].Add(reader.GetString(1));
                    }
                }
            }

            string Checksum(string table) =>
                CountedOnly.Contains(table)
                    ? "0"
                    : $"coalesce(sum(hashtextextended(row({string.Join(", ", columns[table].Select(c => $"x.\"{c}\""))})::text, 0)"
                        + "::numeric), 0)";
            return new RowCounter(
                connection,
                string.Join(
                    " UNION ALL ",
                    columns.Keys.Select(t => $"SELECT '{t}', count(*) || ' rows, checksum ' || {Checksum(t)} FROM \"{t}\" x")
                )
            );
        }

        public async Task<Dictionary<string, string>> ReadAsync()
        {
            var tables = new Dictionary<string, string>(StringComparer.Ordinal);
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables[reader.GetString(0)] = reader.GetString(1);
            }

            return tables;
        }

        public static string Difference(Dictionary<string, string> before, Dictionary<string, string> after) =>
            string.Join(
                ", ",
                after
                    .Where(a => before.GetValueOrDefault(a.Key) != a.Value)
                    .Select(a => $"{a.Key} {before.GetValueOrDefault(a.Key)} → {a.Value}")
            );
    }

    /// <summary>Real ids from the demo data, for addresses and as "other people's records" in hidden fields.</summary>
    private sealed record KnownIds
    {
        public string Slug { get; init; } = "";
        public long Published { get; init; }
        public long Pending { get; init; }
        public long Own { get; init; }
        public long ForwardedOwn { get; init; }
        public long ForwardedOther { get; init; }
        public int UpcomingEvent { get; init; }
        public int PastEvent { get; init; }
        public Guid CancellationCode { get; init; }
        public Guid AuthorId { get; init; }
        public Guid BlogAuthorId { get; init; }
        public long BlogPublished { get; init; }
        public long BlogInReview { get; init; }
        public int Edition { get; init; }
        public string UnsubscribeCode { get; init; } = "";

        public string NotificationsCode { get; init; } = "";
        public string PlanMember { get; init; } = "";
        public string PlanCycle { get; init; } = "";
        public string OgpId { get; init; } = "";
        public int Activity { get; init; }
        public int ForumMember { get; init; }
        public int ForumDecision { get; init; }
        public long Comment { get; init; }
        public long OwnComment { get; init; }
        public long OwnOldComment { get; init; }
        public long QueuedComment { get; init; }

        public long ReportedSubmission { get; init; }
        public List<string> OthersIds { get; init; } = [];

        public static async Task<KnownIds> LoadAsync(NpgsqlConnection db)
        {
            // A missing record would send the fuzz to an address that only answers 404: say so instead.
            async Task<T> One<T>(string sql)
            {
                await using var command = new NpgsqlCommand(sql, db);
                return await command.ExecuteScalarAsync() is T value
                    ? value
                    : throw new InvalidOperationException($"The demo data holds no row for the fuzz: {sql}");
            }

            var participant = await One<Guid>("SELECT id FROM users WHERE email = 'participant@demo.cocreation.example'");
            var official =
                "SELECT m.id FROM members m JOIN official_assignments a ON a.member_id = m.id JOIN users u ON u.id = a.user_id "
                + "WHERE u.email = 'official@demo.cocreation.example'";
            var ids = new KnownIds
            {
                Slug = await One<string>("SELECT slug FROM campaigns ORDER BY id LIMIT 1"),
                // Not a help request: the Support Unit answers those itself, so their review page has no forward form.
                Published = await One<long>(
                    "SELECT id FROM submissions WHERE status = 'Published' AND kind <> 'HelpRequest' ORDER BY id LIMIT 1"
                ),
                Pending = await One<long>("SELECT id FROM submissions WHERE status = 'Pending' ORDER BY id LIMIT 1"),
                Own = await One<long>($"SELECT id FROM submissions WHERE author_id = '{participant}' ORDER BY id LIMIT 1"),
                ForwardedOwn = await One<long>(
                    $"SELECT id FROM submissions WHERE status = 'Forwarded' AND member_id IN ({official}) ORDER BY id LIMIT 1"
                ),
                // Forwarding waits for a contact where the demo has no official: another member's answered one serves as well.
                ForwardedOther = await One<long>(
                    $"SELECT id FROM submissions WHERE status IN ('Forwarded', 'Answered') "
                        + $"AND member_id NOT IN ({official}) ORDER BY id LIMIT 1"
                ),
                UpcomingEvent = await One<int>("SELECT id FROM events WHERE schedule_starts_at > now() ORDER BY id LIMIT 1"),
                PastEvent = await One<int>("SELECT id FROM events WHERE schedule_starts_at < now() ORDER BY id LIMIT 1"),
                CancellationCode = await One<Guid>("SELECT cancellation_code FROM registrations ORDER BY id LIMIT 1"),
                AuthorId = await One<Guid>("SELECT id FROM users WHERE email = 'author01@demo.cocreation.example'"),
                BlogAuthorId = await One<Guid>("SELECT author_id FROM blog_posts WHERE status = 'Published' ORDER BY id LIMIT 1"),
                BlogPublished = await One<long>("SELECT id FROM blog_posts WHERE status = 'Published' ORDER BY id LIMIT 1"),
                BlogInReview = await One<long>("SELECT id FROM blog_posts WHERE status <> 'Published' ORDER BY id LIMIT 1"),
                Edition = await One<int>("SELECT id FROM editions ORDER BY id LIMIT 1"),
                UnsubscribeCode = await One<string>("SELECT unsubscribe_code FROM subscribers ORDER BY id LIMIT 1"),
                // The demo participant's notification settings (a daily digest), for the unsubscribe page.
                NotificationsCode = await One<string>(
                    "SELECT s.unsubscribe_code FROM notification_settings s JOIN users u ON u.id = s.person_id "
                        + "WHERE u.email = 'participant@demo.cocreation.example'"
                ),
                PlanMember = await One<string>(
                    "SELECT m.code FROM national_action_plans p JOIN members m ON m.id = p.member_id ORDER BY p.id LIMIT 1"
                ),
                PlanCycle = await One<string>("SELECT cycle FROM national_action_plans ORDER BY id LIMIT 1"),
                OgpId = await One<string>("SELECT ogp_id FROM commitments ORDER BY id LIMIT 1"),
                Activity = await One<int>("SELECT a.id FROM timeline_activities a ORDER BY a.id LIMIT 1"),
                ForumMember = await One<int>(
                    "SELECT fm.id FROM forum_members fm JOIN forums f ON f.id = fm.forum_id JOIN members m ON m.id = f.member_id "
                        + "WHERE m.code = 'AR' ORDER BY fm.id LIMIT 1"
                ),
                ForumDecision = await One<int>(
                    "SELECT d.id FROM forum_decisions d JOIN forums f ON f.id = d.forum_id JOIN members m ON m.id = f.member_id "
                        + "WHERE m.code = 'AR' ORDER BY d.id LIMIT 1"
                ),
                Comment = await One<long>(
                    "SELECT id FROM comments WHERE parent_id IS NULL AND status = 'Published' "
                        + $"AND author_id <> '{participant}' ORDER BY id LIMIT 1"
                ),
                // The newest: the one DemoAdditions wrote, still within its edit window.
                OwnComment = await One<long>($"SELECT id FROM comments WHERE author_id = '{participant}' ORDER BY id DESC LIMIT 1"),
                // The demo's own: past its edit window, so a fuzzed deletion leaves the edit form above to be found.
                OwnOldComment = await One<long>($"SELECT id FROM comments WHERE author_id = '{participant}' ORDER BY id LIMIT 1"),
                QueuedComment = await One<long>("SELECT id FROM comments WHERE status = 'AwaitingReview' ORDER BY id LIMIT 1"),
                ReportedSubmission = await One<long>(
                    "SELECT id FROM submissions WHERE status = 'UnderReview' OR open_reports > 0 ORDER BY id LIMIT 1"
                ),
            };
            var others = new List<string>();
            await using (
                var command = new NpgsqlCommand(
                    """
                    (SELECT id::text FROM submissions ORDER BY id DESC LIMIT 8)
                    UNION ALL (SELECT id::text FROM users ORDER BY email LIMIT 4)
                    UNION ALL (SELECT id::text FROM events ORDER BY id LIMIT 3)
                    UNION ALL (SELECT id::text FROM blog_posts ORDER BY id LIMIT 3)
                    UNION ALL (SELECT code FROM members ORDER BY code LIMIT 3)
                    """,
                    db
                )
            )
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    others.Add(reader.GetString(0));
                }
            }

            return ids with
            {
                OthersIds = others,
            };
        }
    }
}
