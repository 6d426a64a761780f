using CoCreation.Domain.Common;
using CoCreation.Domain.Members;
using CoCreation.Web.Features.Members;
using CoCreation.Web.Infrastructure.Identity;
using CoCreation.Web.Infrastructure.Mediator;

namespace CoCreation.Web.Tests.Features.Members;

public sealed class CreateTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Staff_add_a_country_and_the_audit_trail_records_who_and_what()
    {
        var (_, staff) = await Portal.CreateUserAsync("support@test.org", roles: Roles.SupportUnit);

        var code = await Portal.SendAsync(NewMember("ke"), staff);

        Assert.Equal("KE", code);
        var member = await Portal.QueryAsync(new Details.Query("ke"));
        Assert.NotNull(member);
        Assert.Equal("Kenya", member.Name.In("en"));
        Assert.Equal("Kenia", member.Name.In("es"));
        Assert.Equal(Region.AfricaMiddleEast, member.Region);
        var audit = await Portal.WithDbAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal("member.created", audit.Action);
        Assert.Equal("support@test.org", audit.ActorName);
        Assert.Equal("KE", audit.EntityId);
        Assert.Null(audit.Before);
        using var after = System.Text.Json.JsonDocument.Parse(audit.After!);
        Assert.Equal("Kenya", after.RootElement.GetProperty("en").GetString());
        Assert.Equal("AfricaMiddleEast", after.RootElement.GetProperty("region").GetString());
    }

    [Fact]
    public async Task A_second_member_with_the_same_code_is_refused_on_the_code_field()
    {
        var (_, staff) = await Portal.CreateUserAsync("support@test.org", roles: Roles.SupportUnit);
        await Portal.SendAsync(NewMember("KE"), staff);

        var refused = await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(NewMember("ke"), staff));

        Assert.Contains(nameof(Create.Command.Code), refused.Errors.Keys);
        Assert.Equal(1, await Portal.WithDbAsync(db => db.Members.CountAsync()));
    }

    [Theory]
    [InlineData("KEN")]
    [InlineData("1A")]
    [InlineData("K")]
    public async Task A_malformed_country_code_is_refused_and_nothing_is_stored(string code)
    {
        var (_, staff) = await Portal.CreateUserAsync("support@test.org", roles: Roles.SupportUnit);

        var refused = await Assert.ThrowsAsync<DomainException>(() => Portal.SendAsync(NewMember(code), staff));

        Assert.Equal("Domain.Member.CountryCodeInvalid", refused.Code);
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Members.CountAsync()));
        Assert.Equal(0, await Portal.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Missing_and_oversized_fields_come_back_per_field()
    {
        var (_, staff) = await Portal.CreateUserAsync("support@test.org", roles: Roles.SupportUnit);
        var command = NewMember("");
        command.Name = new() { En = "", Fr = new string('x', 121) };

        var refused = await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(command, staff));

        Assert.Contains("Code", refused.Errors.Keys);
        Assert.Contains("Name.En", refused.Errors.Keys);
        Assert.Contains("Name.Fr", refused.Errors.Keys);
    }

    internal static Create.Command NewMember(string code) =>
        new()
        {
            Code = code,
            Kind = MemberKind.Country,
            Region = Region.AfricaMiddleEast,
            Name = new()
            {
                En = "Kenya",
                Fr = "Kenya",
                Es = "Kenia",
            },
            JoinedOn = new DateOnly(2011, 9, 20),
            CycleStatus = CycleStatus.Implementing,
        };
}
