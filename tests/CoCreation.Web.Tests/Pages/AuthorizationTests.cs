using CoCreation.Web.Infrastructure.Identity;

namespace CoCreation.Web.Tests.Pages;

/// <summary>Who may open which staff page: every role against every protected page.</summary>
public sealed class AuthorizationTests(WebFixture portal) : PortalTest(portal)
{
    private static readonly string[] StaffPages =
    [
        "/members/create",
        "/members/ar/edit",
        "/campaigns/create",
        "/campaigns/global-cocreation-week-2017/edit",
    ];
    private static readonly string[] AdministratorPages = ["/admin/accounts", "/admin/audit"];

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_back()
    {
        await Scenario.LoadCampaignAsync(Portal);
        using var browser = Portal.CreateClient(followRedirects: false);
        foreach (var page in (await StaffPagesAsync()).Concat(AdministratorPages).Append("/account/change-password"))
        {
            await browser.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, browser.Status);
            Assert.StartsWith(
                "https://portal.test/account/sign-in?ReturnUrl=",
                browser.LastResponse!.Headers.Location!.ToString(),
                StringComparison.Ordinal
            );
        }
    }

    [Theory]
    [InlineData(Roles.Participant, false, false)]
    [InlineData(Roles.GovernmentOfficial, false, false)]
    [InlineData(Roles.SupportUnit, true, false)]
    [InlineData(Roles.Administrator, true, true)]
    public async Task Each_role_opens_exactly_the_pages_it_may(string role, bool staff, bool administrator)
    {
        await Scenario.LoadCampaignAsync(Portal);
        await Portal.CreateUserAsync("someone@example.org", roles: role);
        using var browser = await Portal.SignedInClientAsync("someone@example.org");

        foreach (var page in await StaffPagesAsync())
        {
            await browser.GetAsync(page);
            Assert.True((browser.Status == HttpStatusCode.OK) == staff, $"{role} {page}: {browser.Status}");
            Assert.True((browser.Status == HttpStatusCode.Forbidden) == !staff, $"{role} {page}: {browser.Status}");
        }

        foreach (var page in AdministratorPages)
        {
            await browser.GetAsync(page);
            Assert.True((browser.Status == HttpStatusCode.OK) == administrator, $"{role} {page}: {browser.Status}");

            // A refusal is a 403 page, never another error (a 500 would have passed the line above).
            Assert.True((browser.Status == HttpStatusCode.Forbidden) == !administrator, $"{role} {page}: {browser.Status}");
        }
    }

    [Fact]
    public async Task A_participant_cannot_post_to_a_staff_form_either()
    {
        await Scenario.LoadCampaignAsync(Portal);
        await Portal.CreateUserAsync("someone@example.org", roles: Roles.Participant);
        using var browser = await Portal.SignedInClientAsync("someone@example.org");
        var home = await browser.GetAsync("/");
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        await browser.PostAsync(
            "/members/create",
            new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Data.Code"] = "KE",
                ["Data.Name.En"] = "Kenya",
                ["Data.JoinedOn"] = "2011-09-20",
            }
        );

        Assert.Equal(HttpStatusCode.Forbidden, browser.Status);
        Assert.Null(await Portal.QueryAsync(new Web.Features.Members.Details.Query("KE")));
    }

    [Fact]
    public async Task A_visitor_refused_by_a_handler_is_sent_to_sign_in_and_a_signed_in_person_gets_403()
    {
        await Scenario.LoadCampaignAsync(Portal);
        await Portal.CreateUserAsync("someone@example.org", roles: Roles.Participant);
        using var visitor = Portal.CreateClient(followRedirects: false);
        using var participant = await Portal.SignedInClientAsync("someone@example.org", followRedirects: false);

        // The draft preview is refused by the timeline's own member check, not by a folder rule.
        await visitor.GetAsync("/members/ar/timeline/preview");
        await participant.GetAsync("/members/ar/timeline/preview");

        Assert.Equal(HttpStatusCode.Redirect, visitor.Status);
        Assert.StartsWith(
            "https://portal.test/account/sign-in?ReturnUrl=",
            visitor.LastResponse!.Headers.Location!.ToString(),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.Forbidden, participant.Status);
    }

    /// <summary>The staff pages, with the events' pages for the seeded Americas webinar.</summary>
    private async Task<IEnumerable<string>> StaffPagesAsync()
    {
        var americas = await Portal.WithDbAsync(db =>
            db.Events.Where(e => e.Region == Domain.Members.Region.Americas).Select(e => e.Id).SingleAsync()
        );
        return StaffPages.Concat([
            "/events/create",
            $"/events/{americas}/edit",
            $"/events/{americas}/registrants",
            $"/events/{americas}/registrants.csv",
        ]);
    }
}

/// <summary>
/// The authorization matrix (ASVS V8): every page that needs a signed-in person, enumerated from the
/// portal's endpoints with real ids in its route, against anonymous visitors, a participant, an
/// official of the page's member (Argentina), an official of another member (France), the support unit
/// and an administrator. Forbidden means a redirect to sign in or a 403 (404 where the record itself
/// is hidden); never a 500.
/// </summary>
public sealed class AuthorizationMatrixTests(WebFixture portal) : PortalTest(portal)
{
    private enum Actor
    {
        Anonymous,
        Participant,
        OfficialOfMember,
        OfficialOfOtherMember,
        SupportUnit,
        Administrator,
    }

    /// <summary>An official of the other member (official-fr@example.org, of <see cref="PortalRoutes.MemberB"/>), whom the
    /// demo's administrator assigned.</summary>
    private async Task AddOfficialOfOtherMemberAsync()
    {
        var (officialB, _) = await Portal.CreateUserAsync("official-fr@example.org", PortalRoutes.DemoPassword, Roles.GovernmentOfficial);
        var admin = await Portal.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "admin@demo.cocreation.example"));
        await Portal.SendAsync(
            new Web.Features.Admin.Accounts.AssignMembers.Command(officialB.Id, [PortalRoutes.MemberB.ToUpperInvariant()]),
            CurrentActor.For(admin.Id, admin.Email!, Roles.Administrator)
        );
    }

    [Fact]
    public async Task Every_protected_page_answers_each_role_and_member_as_its_policy_says()
    {
        var routes = await PortalRoutes.LoadAsync(Portal);
        await AddOfficialOfOtherMemberAsync();
        var clients = new Dictionary<Actor, Testing.PortalClient>
        {
            [Actor.Anonymous] = Portal.CreateClient(followRedirects: false),
            [Actor.Participant] = await PortalRoutes.SignedInDemoClientAsync(Portal, "participant@demo.cocreation.example"),
            [Actor.OfficialOfMember] = await PortalRoutes.SignedInDemoClientAsync(Portal, "official@demo.cocreation.example"),
            [Actor.OfficialOfOtherMember] = await PortalRoutes.SignedInDemoClientAsync(Portal, "official-fr@example.org"),
            [Actor.SupportUnit] = await PortalRoutes.SignedInDemoClientAsync(Portal, "support@demo.cocreation.example"),
            [Actor.Administrator] = await PortalRoutes.SignedInDemoClientAsync(Portal, "admin@demo.cocreation.example"),
        };

        var protectedPages = routes.Pages.Where(p => p.RequiresSignIn && !p.AllowsAnonymous).ToList();
        Assert.True(protectedPages.Count >= 25, string.Join(", ", protectedPages.Select(p => p.Path)));

        // The plan's editors are gated at the page, as their commands require an official or staff: a participant's
        // request stops there, before a handler loads anything.
        foreach (
            var editor in new[]
            {
                "/ActionPlans/Edit",
                "/ActionPlans/EditCommitment",
                "/ActionPlans/EditMilestone",
                "/ActionPlans/RecordProgress",
                "/ActionPlans/AssessCommitment",
                "/Forums/Rules",
                "/Forums/Member",
                "/Forums/Decision",
            }
        )
        {
            Assert.True(protectedPages.Exists(p => p.ViewEnginePath == editor), $"{editor} has no gate in PagesSetup");
        }

        var wrong = new List<string>();
        foreach (var page in protectedPages)
        {
            foreach (var (actor, client) in clients)
            {
                using var response = await client.Http.GetAsync(page.Path);
                var status = (int)response.StatusCode;
                var location = response.Headers.Location?.ToString() ?? "";
                var expected = Expect(page, actor);
                var ok = expected switch
                {
                    Outcome.SignIn => status == 302
                        && location.StartsWith("https://portal.test/account/sign-in?ReturnUrl=", StringComparison.Ordinal),
                    Outcome.Forbidden => status == 403 || IsAccessDenied(status, location),
                    Outcome.Hidden => status is 403 or 404 || IsAccessDenied(status, location),
                    // /account/follow is a form's target: its address alone leads to the list of what one follows.
                    Outcome.Allowed => status == 200
                        || (page.ViewEnginePath == "/Account/Follow" && status == 302 && location.EndsWith("/account/following")),
                    _ => false,
                };
                if (!ok || status >= 500)
                {
                    wrong.Add($"{actor} GET {page.Path}: {status} {location}, expected {expected}");
                }
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    /// <summary>
    /// Every form about one member's record (its timeline, activities, plans, commitments, the answers
    /// to its submissions, its own page), enumerated from the routes, posted with the values the
    /// member's own official sees in it, by an official of another member and by a participant: each
    /// is refused and not one row of the database changes.
    /// </summary>
    [Fact]
    public async Task Every_member_scoped_form_refuses_an_official_of_another_member_and_a_participant_and_changes_nothing()
    {
        var routes = await PortalRoutes.LoadAsync(Portal);
        await AddOfficialOfOtherMemberAsync();
        using var owner = await PortalRoutes.SignedInDemoClientAsync(Portal, "official@demo.cocreation.example");
        using var support = await PortalRoutes.SignedInDemoClientAsync(Portal, "support@demo.cocreation.example");
        var intruders = new Dictionary<Actor, Testing.PortalClient>
        {
            [Actor.OfficialOfOtherMember] = await PortalRoutes.SignedInDemoClientAsync(Portal, "official-fr@example.org"),
            [Actor.Participant] = await PortalRoutes.SignedInDemoClientAsync(Portal, "participant@demo.cocreation.example"),
        };
        var tokens = new Dictionary<Actor, string>();
        foreach (var (actor, client) in intruders)
        {
            tokens[actor] = (await client.GetAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        }

        var forms = routes
            .Pages.Where(p => p.PostHandlers.Count > 0 && IsMemberScoped(p.Template.TrimStart('/')))
            // The conversation under a member's timeline is open to every participant, as on any public page.
            .SelectMany(p => p.PostHandlers.Where(h => h != "Comment").Select(handler => (Page: p, Handler: handler)))
            .ToList();
        var covered = forms.Select(f => f.Page.ViewEnginePath).Distinct().ToList();
        foreach (
            var expected in new[]
            {
                "/Timelines/Edit",
                "/Timelines/Activity",
                "/ActionPlans/Edit",
                "/ActionPlans/EditCommitment",
                "/Answers/Answer",
                "/Members/Edit",
                "/Forums/Rules",
                "/Forums/Member",
                "/Forums/Decision",
            }
        )
        {
            Assert.True(covered.Contains(expected), $"{expected} not among the member-scoped forms: {string.Join(", ", covered)}");
        }

        var posts = new List<(string Url, List<KeyValuePair<string, string>> Fields, Testing.PortalClient Viewer)>();
        foreach (var (page, handler) in forms)
        {
            // The form as someone allowed sees it: the member's official, or the support unit for staff pages.
            var viewer = page.Policies.Contains(Roles.StaffPolicy) ? support : owner;
            var shown = await viewer.GetAsync(page.Path);
            Assert.True(viewer.Status == HttpStatusCode.OK, $"GET {page.Path} by someone allowed: {viewer.Status}");
            var form = shown
                .QuerySelectorAll("main form")
                .OfType<AngleSharp.Html.Dom.IHtmlFormElement>()
                .Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase))
                .FirstOrDefault(f =>
                    (f.GetAttribute("action") ?? "") is var action
                    && (
                        handler.Length == 0
                            ? action.Length == 0
                                || (
                                    string.Equals(action.Split('?')[0], page.Path.Split('?')[0], StringComparison.OrdinalIgnoreCase)
                                    && !action.Contains("handler=", StringComparison.OrdinalIgnoreCase)
                                )
                            : action.Contains("handler=" + handler, StringComparison.OrdinalIgnoreCase)
                    )
                );
            posts.Add(
                form is null
                    ? (page.PostUrl(handler), FormOverrides.Select(o => new KeyValuePair<string, string>(o.Key, o.Value)).ToList(), viewer)
                    : (string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Path : form.GetAttribute("action")!, FieldsOf(form), viewer)
            );
        }

        var before = await DatabaseChecksum.TakeAsync(Portal);
        var wrong = new List<string>();
        foreach (var (url, fields, _) in posts)
        {
            foreach (var (actor, client) in intruders)
            {
                var withToken = fields
                    .Where(f => f.Key != "__RequestVerificationToken")
                    .Append(new("__RequestVerificationToken", tokens[actor]));
                using var content = new FormUrlEncodedContent(withToken);
                using var response = await client.Http.PostAsync(url, content);
                var status = (int)response.StatusCode;
                if (!(status == 403 || IsAccessDenied(status, response.Headers.Location?.ToString() ?? "")))
                {
                    wrong.Add($"{actor} POST {url}: {status} {response.Headers.Location}");
                }
            }
        }

        foreach (var client in intruders.Values)
        {
            client.Dispose();
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.Equal(before, await DatabaseChecksum.TakeAsync(Portal));

        // The same posts by someone allowed pass: the refusals came from who sent them, not from what.
        foreach (var (url, fields, viewer) in posts)
        {
            var token = (await viewer.GetAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            await viewer.PostAsync(
                url,
                fields.Where(f => f.Key != "__RequestVerificationToken").Append(new("__RequestVerificationToken", token))
            );
            var location = viewer.LastResponse!.Headers.Location?.ToString() ?? "";
            Assert.True(
                viewer.Status is HttpStatusCode.Redirect or HttpStatusCode.OK && !IsAccessDenied((int)viewer.Status, location),
                $"allowed POST {url}: {viewer.Status} {location}"
            );
        }

        Assert.NotEqual(before, await DatabaseChecksum.TakeAsync(Portal));
    }

    /// <summary>Pages about one member's record, by their address.</summary>
    private static bool IsMemberScoped(string template) =>
        template.StartsWith("members/{code}", StringComparison.Ordinal) || template.StartsWith("answers/{id", StringComparison.Ordinal);

    /// <summary>Values that make the empty "new ..." forms valid, so a refusal cannot come from validation.</summary>
    private static readonly Dictionary<string, string> FormOverrides = new()
    {
        ["CycleForm.Cycle"] = "2019-2021",
        ["PhaseForm.Name.En"] = "Hijacked",
        ["RenameForm.Name.En"] = "Hijacked",
        ["Data.Kind"] = "Workshop",
        ["Data.Title.En"] = "Hijacked",
        ["Data.TimeZone"] = "UTC",
        ["Data.StartsLocal"] = "2031-01-01T10:00",
        ["Data.EndsLocal"] = "2031-01-01T11:00",
        ["Data.Place"] = "Somewhere",
        ["Data.Languages"] = "en",
        ["Data.Cycle"] = "2031-2033",
        ["Data.OgpId"] = "AR0999",
        ["Data.Outcome"] = "Answered",
        ["Data.Reason"] = "Hijacked answer.",
    };

    /// <summary>What the form would send as shown, with <see cref="FormOverrides"/> in its empty fields.</summary>
    private static List<KeyValuePair<string, string>> FieldsOf(AngleSharp.Html.Dom.IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case AngleSharp.Html.Dom.IHtmlInputElement { Type: "checkbox" or "radio" } box
                    when box.IsChecked && !string.IsNullOrEmpty(box.Name):
                    fields.Add(new(box.Name, box.Value));
                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement { Type: "checkbox" or "radio" or "submit" or "button" }:
                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    fields.Add(new(input.Name, input.Value));
                    break;
                case AngleSharp.Html.Dom.IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
                case AngleSharp.Html.Dom.IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name, select.Value ?? ""));
                    break;
            }
        }

        foreach (var (name, value) in FormOverrides)
        {
            var present = fields.FindIndex(f => f.Key == name);
            if (present < 0 && form.Elements.Any(e => e.GetAttribute("name") == name))
            {
                fields.Add(new(name, value));
            }
            else if (present >= 0 && string.IsNullOrEmpty(fields[present].Value))
            {
                fields[present] = new(name, value);
            }
        }

        return fields;
    }

    /// <summary>Signed in but not allowed: the access-denied page, which answers 403.</summary>
    private static bool IsAccessDenied(int status, string location) =>
        status == 302 && location.StartsWith("https://portal.test/account/access-denied", StringComparison.Ordinal);

    private enum Outcome
    {
        SignIn,
        Forbidden,
        Hidden,
        Allowed,
    }

    private static Outcome Expect(PortalRoutes.PageRoute page, Actor actor)
    {
        if (actor == Actor.Anonymous)
        {
            return Outcome.SignIn;
        }

        var roles = actor switch
        {
            Actor.Participant => new[] { Roles.Participant },
            Actor.OfficialOfMember or Actor.OfficialOfOtherMember => [Roles.GovernmentOfficial],
            Actor.SupportUnit => [Roles.SupportUnit],
            _ => [Roles.Administrator],
        };
        bool Satisfies(string? policy) =>
            policy switch
            {
                null or "" => true,
                Roles.StaffPolicy => roles.Contains(Roles.SupportUnit) || roles.Contains(Roles.Administrator),
                Roles.AdministratorPolicy => roles.Contains(Roles.Administrator),
                Roles.AnsweringPolicy => roles.Contains(Roles.GovernmentOfficial)
                    || roles.Contains(Roles.SupportUnit)
                    || roles.Contains(Roles.Administrator),
                _ => throw new InvalidOperationException($"{page.Path}: unknown policy {policy}; add it to this matrix"),
            };
        if (!page.Policies.All(Satisfies))
        {
            return Outcome.Forbidden;
        }

        var template = page.Template.TrimStart('/');

        // Pages about one member's record: only those who act for that member (and staff).
        if (IsMemberScoped(template) && actor == Actor.OfficialOfOtherMember)
        {
            return Outcome.Hidden;
        }

        // A comment is edited or deleted by its author only: the demo participant wrote the one these pages show.
        if (
            template.StartsWith("comments/", StringComparison.Ordinal)
            && (template.EndsWith("/edit", StringComparison.Ordinal) || template.EndsWith("/delete", StringComparison.Ordinal))
            && actor != Actor.Participant
        )
        {
            return Outcome.Forbidden;
        }

        // A blog post is edited by its author only (the demo posts belong to example authors).
        if (template.StartsWith("blog/{id:long}/edit", StringComparison.Ordinal))
        {
            return Outcome.Hidden;
        }

        return Outcome.Allowed;
    }
}
