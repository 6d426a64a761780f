using CoCreation.Domain.ActionPlans;
using CoCreation.Web.Tests.Features.Submissions;

namespace CoCreation.Web.Tests.Pages;

public sealed class ActionPlanPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_commitment_id_of_another_member_is_refused_on_the_form_in_the_officials_language()
    {
        var people = await Scenario.CreateAsync(Portal);
        await Portal.SendAsync(PlanScenario.Plan(PlanStatus.CoCreation), people.ArgentinaOfficial);
        using var official = await Portal.SignedInClientAsync("official.ar@example.org");
        await official.ChooseLanguageAsync("es");

        var page = await official.SendFormAsync(
            "/members/ar/plans/2017-2019/commitment",
            new Dictionary<string, string> { ["Data.OgpId"] = "BR0001", ["Data.Title.En"] = "Open contracting" }
        );

        Assert.Equal(HttpStatusCode.OK, official.Status);
        Assert.NotNull(page.QuerySelector("#Data_OgpId[aria-invalid=true]"));
        Assert.Contains(
            "el código del miembro AR seguido de cuatro cifras",
            page.QuerySelector("#form-errors")!.TextContent,
            StringComparison.Ordinal
        );
        Assert.Equal("BR0001", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Data_OgpId")!).Value);
        Assert.Empty(await Portal.WithDbAsync(db => db.Commitments.ToListAsync()));
    }
}
