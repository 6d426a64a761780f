using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CoCreation.Web.Infrastructure.Identity;

namespace CoCreation.Web.Tests.Pages;

public sealed class MembersPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_filters_are_a_plain_get_form_and_an_unknown_region_is_explained_not_a_500()
    {
        await Scenario.LoadCampaignAsync(Portal);
        using var browser = Portal.CreateClient();

        var all = await browser.GetAsync("/members");
        Assert.Equal(30, all.QuerySelectorAll("tbody tr").Length);
        var americas = await browser.SubmitAsync(
            all,
            "main form[method=get]",
            new Dictionary<string, string> { ["Filter.Region"] = "Americas" }
        );
        Assert.Equal(8, americas.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("Americas", americas.QuerySelector<IHtmlSelectElement>("#Filter_Region")!.Value);

        var newOnes = await browser.GetAsync("/members?Filter.NewOnly=true&Filter.NewOnly=false");
        Assert.Equal(6, newOnes.QuerySelectorAll("tbody tr").Length);
        Assert.All(newOnes.QuerySelectorAll("tbody tr"), row => Assert.NotNull(row.QuerySelector(".badge-new")));

        var unknown = await browser.GetAsync("/members?Filter.Region=Mars&Filter.Status=%3Cscript%3E");
        Assert.Equal(HttpStatusCode.OK, browser.Status);
        Assert.NotNull(unknown.QuerySelector(".alert-warning"));
        Assert.Equal(30, unknown.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task Names_and_regions_follow_the_language_and_the_home_page_groups_members_by_region()
    {
        await Scenario.LoadCampaignAsync(Portal);
        using var browser = Portal.CreateClient();

        var french = await browser.GetAsync("/members/de", language: "fr");
        Assert.Equal(
            "Allemagne nouveau membre",
            string.Join(' ', french.QuerySelector("h1")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        );
        var home = await browser.GetAsync("/", language: "es");
        var regions = home.QuerySelectorAll("#participants ~ div h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["Américas", "Europa", "África y Oriente Medio", "Asia-Pacífico"], regions);
        Assert.Contains("#OGPcocreate", home.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("27 de marzo de 2017", home.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Support_unit_creates_a_member_through_the_form_and_a_refusal_keeps_what_was_typed()
    {
        await Portal.CreateUserAsync("support@example.org", roles: Roles.SupportUnit);
        using var browser = await Portal.SignedInClientAsync("support@example.org");

        var refused = await browser.SendFormAsync(
            "/members/create",
            new Dictionary<string, string>
            {
                ["Data.Kind"] = "Country",
                ["Data.Code"] = "KEN",
                ["Data.Name.En"] = "Kenya",
                ["Data.Name.Es"] = "Kenia",
                ["Data.Region"] = "AfricaMiddleEast",
                ["Data.JoinedOn"] = "not a date",
            }
        );
        Assert.Equal(HttpStatusCode.OK, browser.Status);
        Assert.Equal("Kenia", refused.QuerySelector<IHtmlInputElement>("#Data_Name_Es")!.Value);
        Assert.Equal("not a date", refused.QuerySelector<IHtmlInputElement>("#Data_JoinedOn")!.Value);
        Assert.NotNull(refused.QuerySelector("#Data_JoinedOn-error"));

        refused = await browser.SubmitAsync(refused, "main form", new Dictionary<string, string> { ["Data.JoinedOn"] = "2011-09-20" });
        Assert.Contains("KEN", refused.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);

        var created = await browser.SubmitAsync(
            refused,
            "main form",
            new Dictionary<string, string> { ["Data.Code"] = "ke", ["Data.JoinedOn"] = "2011-09-20" }
        );
        Assert.Equal("/members/ke", browser.AddressOf(created).AbsolutePath);
        Assert.Equal("Kenya", created.QuerySelector("h1")!.TextContent.Trim());
    }
}
