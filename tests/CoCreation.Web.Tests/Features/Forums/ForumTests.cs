using CoCreation.Domain.Common;
using CoCreation.Domain.Forums;
using CoCreation.Web.Features.Forums;

namespace CoCreation.Web.Tests.Features.Forums;

/// <summary>Issue 22 item 4: a member's multi-stakeholder forum, edited by its officials and the support unit, read by anyone.</summary>
public sealed class ForumTests(WebFixture portal) : PortalTest(portal)
{
    internal static EditMember.Command Person(
        string name = "Valeria Sosa",
        string organisation = "ACIJ",
        ForumSector sector = ForumSector.CivilSociety,
        string code = "ar"
    ) =>
        new()
        {
            Code = code,
            Name = name,
            Organisation = organisation,
            Sector = sector,
        };

    internal static EditDecision.Command Decision(string code = "ar") =>
        new()
        {
            Code = code,
            DecidedOn = new DateOnly(2017, 4, 12),
            Text = "La Mesa valida los borradores de compromisos.",
            Language = "es",
            Link = "https://example.gob.ar/acta-2.pdf",
        };

    internal static EditRules.Command Rules(string code = "ar") =>
        new()
        {
            Code = code,
            Rules = new() { Es = "Se reúne cada seis meses.\n\nDecide por consenso." },
            RulesLink = "https://example.gob.ar/reglamento.pdf",
        };

    [Fact]
    public async Task An_official_publishes_the_forum_of_their_member_and_a_visitor_reads_it_with_its_balance_and_audit_trail()
    {
        var people = await Scenario.CreateAsync(Portal);

        await Portal.SendAsync(Person("Laura Méndez", "Ministerio de Modernización", ForumSector.Government), people.ArgentinaOfficial);
        await Portal.SendAsync(Person("Martín Aguirre", "Oficina Anticorrupción", ForumSector.Government), people.ArgentinaOfficial);
        await Portal.SendAsync(Person(), people.ArgentinaOfficial);
        await Portal.SendAsync(Rules(), people.ArgentinaOfficial);
        await Portal.SendAsync(Decision(), people.ArgentinaOfficial);

        var page = (await Portal.QueryAsync(new Details.Query("AR")))!;
        Assert.False(page.CanEdit);
        Assert.Equal(
            [
                ("Laura Méndez", ForumSector.Government),
                ("Martín Aguirre", ForumSector.Government),
                ("Valeria Sosa", ForumSector.CivilSociety),
            ],
            page.Members.Select(m => (m.Name, m.Sector))
        );
        Assert.Equal(new ForumBalance(2, 1, 0), page.Balance);
        Assert.Equal(67, page.Balance.GovernmentPercent);
        Assert.False(page.Balance.AtParity);
        Assert.Equal("Se reúne cada seis meses.\n\nDecide por consenso.", page.Rules!.In("es"));
        Assert.Equal("https://example.gob.ar/reglamento.pdf", page.RulesLink);
        var decision = Assert.Single(page.Decisions);
        Assert.Equal(
            (new DateOnly(2017, 4, 12), "es", "https://example.gob.ar/acta-2.pdf"),
            (decision.DecidedOn, decision.Language, decision.Link)
        );

        var audit = await Audited.ActionsAsync(Portal, "forum.");
        Assert.Equal(
            ["forum.member.added", "forum.member.added", "forum.member.added", "forum.rules.published", "forum.decision.recorded"],
            audit
        );
        Assert.True((await Portal.SendAsUserAsync(new Details.Query("ar"), people.ArgentinaOfficial))!.CanEdit);
        Assert.False((await Portal.SendAsUserAsync(new Details.Query("ar"), people.ColombiaOfficial))!.CanEdit);
    }

    [Fact]
    public async Task A_change_and_a_removal_are_audited_with_what_was_there_before()
    {
        var people = await Scenario.CreateAsync(Portal);
        await Portal.SendAsync(Person(), people.ArgentinaOfficial);
        var id = await Portal.WithDbAsync(db => db.ForumMembers.Select(m => m.Id).SingleAsync());

        await Portal.SendAsync(Person(organisation: "Poder Ciudadano") with { Id = id }, people.ArgentinaOfficial);
        await Portal.SendAsync(new RemoveMember.Command("ar", id), people.ArgentinaOfficial);

        Assert.Empty((await Portal.QueryAsync(new Details.Query("ar")))!.Members);
        var trail = await Portal.WithDbAsync(db =>
            db.AuditEntries.Where(a => a.Action.StartsWith("forum.member.")).OrderBy(a => a.Id).ToListAsync()
        );
        Assert.Equal(["forum.member.added", "forum.member.updated", "forum.member.removed"], trail.Select(a => a.Action));
        Assert.Contains("ACIJ", trail[1].Before, StringComparison.Ordinal);
        Assert.Contains("Poder Ciudadano", trail[1].After, StringComparison.Ordinal);
        Assert.Contains("Poder Ciudadano", trail[2].Before, StringComparison.Ordinal);
        Assert.Null(trail[2].After);
    }

    [Fact]
    public async Task Officials_edit_only_their_own_members_forum_the_support_unit_every_one_and_nobody_else_any()
    {
        var people = await Scenario.CreateAsync(Portal);
        await Portal.SendAsync(Person(), people.ArgentinaOfficial);
        var id = await Portal.WithDbAsync(db => db.ForumMembers.Select(m => m.Id).SingleAsync());

        foreach (var outsider in new[] { people.ColombiaOfficial, people.Participant })
        {
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(Person(), outsider));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(Person() with { Id = id }, outsider));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(new RemoveMember.Command("ar", id), outsider));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(Rules(), outsider));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(Decision(), outsider));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsUserAsync(new EditMember.Query("ar", id), outsider));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsUserAsync(new EditRules.Query("ar"), outsider));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
                Portal.SendAsUserAsync(new EditDecision.Query("ar", null), outsider)
            );
        }

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(Person()));
        Assert.Single(await Portal.WithDbAsync(db => db.ForumMembers.ToListAsync()));

        // Colombia's official keeps Colombia's forum; the support unit keeps both.
        await Portal.SendAsync(Person("Mariana Salazar", "Transparencia por Colombia", code: "co"), people.ColombiaOfficial);
        await Portal.SendAsync(Person("Natalia Gómez", "MinTIC", ForumSector.Government, "co"), people.Support);
        await Portal.SendAsync(Rules() with { Code = "ar" }, people.Support);
        Assert.Equal(2, (await Portal.QueryAsync(new Details.Query("co")))!.Members.Count);
        Assert.NotNull((await Portal.QueryAsync(new Details.Query("ar")))!.Rules);
    }

    [Fact]
    public async Task A_decision_dated_in_the_future_or_a_member_without_sector_is_refused_and_nothing_is_stored()
    {
        var people = await Scenario.CreateAsync(Portal);

        var future = await Assert.ThrowsAsync<Web.Infrastructure.Mediator.InputException>(() =>
            Portal.SendAsync(Decision() with { DecidedOn = new DateOnly(2999, 1, 1) }, people.ArgentinaOfficial)
        );
        Assert.Contains(nameof(EditDecision.Command.DecidedOn), future.Errors.Keys);
        var noSector = await Assert.ThrowsAsync<Web.Infrastructure.Mediator.InputException>(() =>
            Portal.SendAsync(Person() with { Sector = null }, people.ArgentinaOfficial)
        );
        Assert.Contains(nameof(EditMember.Command.Sector), noSector.Errors.Keys);
        var nothing = await Assert.ThrowsAsync<Web.Infrastructure.Mediator.InputException>(() =>
            Portal.SendAsync(new EditRules.Command { Code = "ar" }, people.ArgentinaOfficial)
        );
        Assert.Contains(nameof(EditRules.Command.RulesLink), nothing.Errors.Keys);

        Assert.Empty(await Portal.WithDbAsync(db => db.Forums.ToListAsync()));
        Assert.Null(await Portal.QueryAsync(new Details.Query("zz")));
        Assert.Null(await Portal.SendAsync(new RemoveMember.Command("ar", 999), people.ArgentinaOfficial));
    }

    [Fact]
    public async Task The_forums_meetings_are_the_forum_meetings_of_the_published_timeline_with_their_minutes()
    {
        Assert.True(await Scenario.LoadDemoAsync(Portal));

        var colombia = (await Portal.QueryAsync(new Details.Query("co")))!;
        Assert.Equal(5, colombia.Meetings.Count);
        Assert.All(colombia.Meetings, m => Assert.Contains("Foro multiactor", m.Title.In("es"), StringComparison.Ordinal));
        Assert.Null(colombia.Meetings[0].MinutesLink);
        Assert.All(colombia.Meetings.Skip(1), m =>
            Assert.StartsWith("https://www.example.gov.co/", m.MinutesLink, StringComparison.Ordinal)
        );
        Assert.False(colombia.Balance.AtParity);
        Assert.True(colombia.Decisions.Count >= 3);

        var argentina = (await Portal.QueryAsync(new Details.Query("ar")))!;
        Assert.True(argentina.Balance.AtParity);
        Assert.All(argentina.Meetings, m => Assert.NotNull(m.MinutesLink));
        Assert.NotNull(argentina.Rules);
    }
}
