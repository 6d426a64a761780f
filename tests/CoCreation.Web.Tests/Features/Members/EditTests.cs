using CoCreation.Domain.Members;
using CoCreation.Web.Features.Members;
using CoCreation.Web.Infrastructure.Identity;

namespace CoCreation.Web.Tests.Features.Members;

public sealed class EditTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Editing_keeps_the_code_and_records_before_and_after()
    {
        var (_, staff) = await Portal.CreateUserAsync("support@test.org", roles: Roles.SupportUnit);
        await Portal.SendAsync(CreateTests.NewMember("KE"), staff);

        var form = await Portal.SendAsUserAsync(new Edit.Query("ke"), staff);
        Assert.NotNull(form);
        var changed = await Portal.SendAsync(
            form with
            {
                CycleStatus = CycleStatus.DevelopingNewPlan,
                Name = form.Name with { Fr = "République du Kenya" },
            },
            staff
        );

        Assert.True(changed);
        var member = await Portal.QueryAsync(new Details.Query("KE"));
        Assert.Equal(CycleStatus.DevelopingNewPlan, member!.Status);
        Assert.Equal("République du Kenya", member.Name.In("fr"));
        var audit = await Portal.WithDbAsync(db =>
            db.AuditEntries.OrderBy(a => a.Id)
                .Select(a => new
                {
                    a.Action,
                    a.Before,
                    a.After,
                })
                .ToListAsync()
        );
        Assert.Equal(["member.created", "member.updated"], audit.Select(a => a.Action));
        Assert.Contains("Implementing", audit[1].Before, StringComparison.Ordinal);
        Assert.Contains("DevelopingNewPlan", audit[1].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_an_unknown_member_changes_nothing()
    {
        var (_, staff) = await Portal.CreateUserAsync("support@test.org", roles: Roles.SupportUnit);
        var form = CreateTests.NewMember("ZZ");
        var changed = await Portal.SendAsync(
            new Edit.Command
            {
                Code = "ZZ",
                Name = new() { En = form.Name.En },
                Region = form.Region,
                JoinedOn = form.JoinedOn,
                CycleStatus = form.CycleStatus,
            },
            staff
        );

        Assert.False(changed);
        Assert.Equal(0, await Portal.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }
}
