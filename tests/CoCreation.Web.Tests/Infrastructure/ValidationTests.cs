using CoCreation.Web.Infrastructure.Localization;
using CoCreation.Web.Infrastructure.Mediator;
using FluentValidation;

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

    [Theory]
    [InlineData("en", "This field is required.", "Use at most 100 characters.")]
    [InlineData("fr", "Ce champ est obligatoire.", "Utilisez au maximum 100 caractères.")]
    [InlineData("es", "Este campo es obligatorio.", "Use como máximo 100 caracteres.")]
    public async Task A_rule_that_names_no_message_answers_in_the_persons_language(string language, string required, string tooLong)
    {
        using var scope = LanguageScope.In(language);
        var empty = Features.Account.RegisterTests.NewAccount("amina@example.org");
        empty.DisplayName = "";
        var oversized = Features.Account.RegisterTests.NewAccount("amina@example.org");
        oversized.DisplayName = new string('x', 101);

        var refusedEmpty = await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(empty));
        var refusedLong = await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(oversized));

        Assert.Equal([required], refusedEmpty.Errors["DisplayName"]);
        Assert.Equal([tooLong], refusedLong.Errors["DisplayName"]);

        // Any validator, not only the portal's: the sentence is the default, not repeated per rule.
        var plain = new InlineValidator<Web.Features.Account.Register.Command>();
        plain.RuleFor(c => c.Organisation).NotEmpty().MaximumLength(3);
        var errors = plain
            .Validate(oversized with { Organisation = "" })
            .Errors.Concat(plain.Validate(oversized with { Organisation = "abcd" }).Errors);
        Assert.Equal([required, tooLong.Replace("100", "3", StringComparison.Ordinal)], errors.Select(e => e.ErrorMessage));
    }
}
