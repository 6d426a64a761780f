using CoCreation.Web.Infrastructure.Mediator;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Tests.Infrastructure;

public sealed class ValidationTests(WebFixture portal) : PortalTest(portal)
{
    [Theory]
    [InlineData("Ami\0na")]
    [InlineData("bell\a")]
    [InlineData("lone-surrogate")]
    public async Task Text_no_person_types_is_refused_on_its_field_not_a_500(string name)
    {
        var command = Features.Account.RegisterTests.NewAccount("amina@example.org");
        command.DisplayName = name == "lone-surrogate" ? "broken " + (char)0xD800 + " text" : name;

        var refused = await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(command));

        Assert.Equal(["DisplayName"], refused.Errors.Keys);
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Tabs_line_breaks_and_emoji_are_fine()
    {
        var command = Features.Account.RegisterTests.NewAccount("amina@example.org");
        command.DisplayName = "Amina\t🌍";

        await Portal.SendAsync(command);

        Assert.Equal("Amina\t🌍", await Portal.WithDbAsync(db => db.Users.Select(u => u.DisplayName).SingleAsync()));
    }
}
