using AngleSharp.Html.Dom;
using CoCreation.Web.Tests.Features.Forums;

namespace CoCreation.Web.Tests.Pages;

/// <summary>The forum's forms over HTTP: refusals keep what was typed, in the reader's language; others' forums answer 403.</summary>
public sealed class ForumPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task In_French_a_forum_member_without_sector_is_refused_with_what_was_typed_then_saved_and_shown_with_the_balance()
    {
        await Scenario.CreateAsync(Portal);
        using var official = await Portal.SignedInClientAsync("official.ar@example.org");
        await official.ChooseLanguageAsync("fr");

        var form = await official.GetAsync("/members/ar/forum/member");
        var fields = new Dictionary<string, string>
        {
            ["Data.Name"] = "Valeria Sosa",
            ["Data.Organisation"] = "Asociación Civil por la Igualdad y la Justicia",
            ["Data.Sector"] = "",
        };
        var refused = await official.SubmitAsync(form, "main form", fields);

        Assert.Equal(HttpStatusCode.OK, official.Status);
        Assert.Contains("Choisissez le secteur du membre.", refused.QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Valeria Sosa", ((IHtmlInputElement)refused.QuerySelector("#Data_Name")!).Value);
        Assert.Equal(
            "Asociación Civil por la Igualdad y la Justicia",
            ((IHtmlInputElement)refused.QuerySelector("#Data_Organisation")!).Value
        );
        Assert.Empty(await Portal.WithDbAsync(db => db.ForumMembers.ToListAsync()));

        fields["Data.Sector"] = "CivilSociety";
        var saved = await official.SubmitAsync(refused, "main form", fields);

        Assert.Equal(HttpStatusCode.OK, official.Status);
        Assert.Equal("/members/ar/forum", official.LastResponse!.RequestMessage!.RequestUri!.AbsolutePath);
        var members = saved.QuerySelector("section[aria-labelledby=members]")!.TextContent;
        Assert.Contains("Valeria Sosa", members, StringComparison.Ordinal);
        Assert.Contains("Société civile", members, StringComparison.Ordinal);
        Assert.Contains("0\u00a0% gouvernement, 100\u00a0% non gouvernemental", members, StringComparison.Ordinal);
        Assert.Contains("Parité atteinte", members, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_Spanish_a_decision_in_the_future_and_a_bad_link_are_refused_with_the_text_kept()
    {
        await Scenario.CreateAsync(Portal);
        using var official = await Portal.SignedInClientAsync("official.ar@example.org");
        await official.ChooseLanguageAsync("es");

        var refused = await official.SendFormAsync(
            "/members/ar/forum/decision",
            new Dictionary<string, string>
            {
                ["Data.DecidedOn"] = "2999-01-01",
                ["Data.Language"] = "es",
                ["Data.Text"] = "La Mesa valida los borradores.",
                ["Data.Link"] = "acta.pdf",
            }
        );

        Assert.Equal(HttpStatusCode.OK, official.Status);
        var errors = refused.QuerySelector("#form-errors")!.TextContent;
        Assert.Contains("su fecha no puede estar en el futuro", errors, StringComparison.Ordinal);
        Assert.Equal(
            "Indique una dirección web completa que empiece por https://.",
            refused.QuerySelector("#Data_Link-error")!.TextContent.Trim()
        );
        Assert.Equal("La Mesa valida los borradores.", ((IHtmlTextAreaElement)refused.QuerySelector("#Data_Text")!).Value);
        Assert.Empty(await Portal.WithDbAsync(db => db.ForumDecisions.ToListAsync()));

        await official.SubmitAsync(
            refused,
            "main form",
            new Dictionary<string, string> { ["Data.DecidedOn"] = "2017-04-12", ["Data.Link"] = "https://example.gob.ar/acta-2.pdf" }
        );
        using var visitor = Portal.Factory.CreatePortalClient();
        var page = await visitor.GetAsync("/members/ar/forum", "es");
        var log = page.QuerySelector("section[aria-labelledby=decisions]")!;
        Assert.Contains("Registro de decisiones", log.TextContent, StringComparison.Ordinal);
        Assert.Equal("La Mesa valida los borradores.", log.QuerySelector("div[lang=es]")!.TextContent.Trim());
        Assert.Equal("https://example.gob.ar/acta-2.pdf", log.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("a[href='/members/ar/forum/decision']"));
    }

    [Fact]
    public async Task Another_members_official_and_a_participant_get_403_on_the_forum_forms_and_the_member_page_links_the_forum()
    {
        var people = await Scenario.CreateAsync(Portal);
        await Portal.SendAsync(ForumTests.Person(), people.ArgentinaOfficial);
        var id = await Portal.WithDbAsync(db => db.ForumMembers.Select(m => m.Id).SingleAsync());

        foreach (var email in new[] { "official.co@example.org", "ana@example.org" })
        {
            using var outsider = await Portal.SignedInClientAsync(email);
            foreach (
                var url in new[]
                {
                    "/members/ar/forum/rules",
                    "/members/ar/forum/member",
                    $"/members/ar/forum/member/{id}",
                    "/members/ar/forum/decision",
                }
            )
            {
                await outsider.GetAsync(url);
                Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
            }
        }

        using var official = await Portal.SignedInClientAsync("official.co@example.org");
        var own = await official.GetAsync("/members/co/forum/member");
        Assert.Equal(HttpStatusCode.OK, official.Status);
        var token = own.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await official.PostAsync($"/members/ar/forum/member/{id}?handler=Remove", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Forbidden, official.Status);
        Assert.Single(await Portal.WithDbAsync(db => db.ForumMembers.ToListAsync()));

        using var visitor = Portal.Factory.CreatePortalClient();
        var member = await visitor.GetAsync("/members/ar");
        Assert.NotNull(member.QuerySelector("section[aria-labelledby=forum] a[href='/members/ar/forum']"));
        var forum = await visitor.GetAsync("/members/ar/forum");
        Assert.Equal(HttpStatusCode.OK, visitor.Status);
        Assert.Contains("Valeria Sosa", forum.QuerySelector("section[aria-labelledby=members]")!.TextContent, StringComparison.Ordinal);
        await visitor.GetAsync("/members/zz/forum");
        Assert.Equal(HttpStatusCode.NotFound, visitor.Status);
    }
}
