using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CoCreation.Web.Tests.Infrastructure;

public sealed class EventTimeTests(WebFixture portal) : PortalTest(portal)
{
    private static readonly DateTimeOffset Americas = new(2017, 3, 28, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_known_visitor_zone_is_written_by_the_server_and_an_unknown_one_left_to_the_browser()
    {
        var text = Portal.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        using var language = Web.Infrastructure.Localization.LanguageScope.In("en");

        var tokyo = Render(text, "portal-tz=Asia%2FTokyo");
        var unknown = Render(text, "portal-tz=Not%2FA_Zone");
        var same = Render(text, "portal-tz=America%2FArgentina%2FBuenos_Aires");

        // Noon in Buenos Aires is already the next day in Tokyo; the hour and a half ends there at 1:30 AM.
        Assert.Matches(@"your time: Wednesday, March 29, 2017, 12:00\W+AM–1:30\W+AM \(Tokyo\)", System.Net.WebUtility.HtmlDecode(tokyo));
        Assert.Contains("data-utc=\"2017-03-28T15:00:00Z\" data-utc-end=\"2017-03-28T16:30:00Z\"", unknown, StringComparison.Ordinal);
        Assert.Contains(" hidden", unknown, StringComparison.Ordinal);
        Assert.DoesNotContain("visitor-time", same, StringComparison.Ordinal);
    }

    [Fact]
    public void The_visitors_own_zone_is_named_by_its_city_in_the_page_language()
    {
        var text = Portal.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        using var language = Web.Infrastructure.Localization.LanguageScope.In("fr");

        var brussels = System.Net.WebUtility.HtmlDecode(Render(text, "portal-tz=Europe%2FBrussels"));

        Assert.Contains("(Bruxelles)", brussels, StringComparison.Ordinal);
        Assert.DoesNotContain("Europe/", brussels, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Atlantic/Faroe", "Îles Féroé")]
    [InlineData("es", "Atlantic/Faroe", "Islas Feroe")]
    [InlineData("es", "Europe/Brussels", "Bruselas")]
    [InlineData("en", "America/Bogota", "Bogotá")]
    [InlineData("fr", "America/Argentina/Buenos_Aires", "Buenos Aires")]
    public void A_zone_is_named_by_its_city_in_the_language_also_where_the_cldr_knows_it_by_an_older_id(
        string language,
        string zone,
        string city
    )
    {
        // Denmark's Atlantic/Faroe is Atlantic/Faeroe in the CLDR, Asia/Kolkata Asia/Calcutta: both ids find the name.
        using var scope = Web.Infrastructure.Localization.LanguageScope.In(language);

        Assert.Equal(city, TimeZoneChoices.City(zone));
    }

    private static string Render(IStringLocalizer text, string cookie)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.Cookie = cookie;
        using var writer = new StringWriter();
        EventTime
            .Show(text, Americas, Americas.AddMinutes(90), "America/Argentina/Buenos_Aires", http)
            .WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
