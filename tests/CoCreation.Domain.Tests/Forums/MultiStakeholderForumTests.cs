using CoCreation.Domain.Common;
using CoCreation.Domain.Forums;

namespace CoCreation.Domain.Tests.Forums;

public sealed class MultiStakeholderForumTests
{
    private static readonly DateTimeOffset Now = new(2018, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_member_sits_for_government_civil_society_or_other_and_nothing_else()
    {
        Assert.Equal(["Government", "CivilSociety", "Other"], Enum.GetNames<ForumSector>());
        var unknown = Assert.Throws<DomainException>(() => new ForumMemberDetails("Ana", "Poder Ciudadano", (ForumSector)7));
        Assert.Equal("Domain.Forum.SectorUnknown", unknown.Code);
        Assert.Equal(
            "Domain.Forum.NameInvalid",
            Assert.Throws<DomainException>(() => new ForumMemberDetails(" ", "ACIJ", ForumSector.CivilSociety)).Code
        );
        Assert.Equal(
            "Domain.Forum.OrganisationInvalid",
            Assert.Throws<DomainException>(() => new ForumMemberDetails("Ana", new string('x', 301), ForumSector.CivilSociety)).Code
        );
    }

    [Theory]
    [InlineData(4, 4, 1, 9, 44, 56, true)]
    [InlineData(5, 2, 1, 8, 63, 37, false)]
    [InlineData(3, 2, 1, 6, 50, 50, true)]
    [InlineData(1, 0, 0, 1, 100, 0, false)]
    [InlineData(0, 0, 2, 2, 0, 100, true)]
    [InlineData(1, 1, 1, 3, 33, 67, true)]
    public void The_balance_counts_each_side_and_is_at_parity_when_non_government_members_are_at_least_as_many(
        int government,
        int civilSociety,
        int other,
        int total,
        int governmentPercent,
        int othersPercent,
        bool atParity
    )
    {
        var sectors = Enumerable
            .Repeat(ForumSector.Government, government)
            .Concat(Enumerable.Repeat(ForumSector.CivilSociety, civilSociety))
            .Concat(Enumerable.Repeat(ForumSector.Other, other));

        var balance = ForumBalance.Of(sectors);

        Assert.Equal(total, balance.Total);
        Assert.Equal(civilSociety + other, balance.NonGovernment);
        Assert.Equal(governmentPercent, balance.GovernmentPercent);
        Assert.Equal(othersPercent, balance.NonGovernmentPercent);
        Assert.Equal(atParity, balance.AtParity);
    }

    [Fact]
    public void An_empty_forum_has_no_share_and_is_not_at_parity()
    {
        var balance = ForumBalance.Of([]);

        Assert.Null(balance.GovernmentPercent);
        Assert.Null(balance.NonGovernmentPercent);
        Assert.False(balance.AtParity);
    }

    [Fact]
    public void Members_are_added_changed_and_removed_and_the_balance_follows()
    {
        var forum = MultiStakeholderForum.Create(1, Now);
        var minister = forum.AddMember(new ForumMemberDetails("Laura", "Ministerio de Modernización", ForumSector.Government), Now);
        var ngo = forum.AddMember(new ForumMemberDetails(" Gustavo ", " Poder Ciudadano ", ForumSector.CivilSociety), Now);
        Assert.Equal(("Gustavo", "Poder Ciudadano"), (ngo.Name, ngo.Organisation));
        Assert.True(forum.Balance.AtParity);

        forum.ChangeMember(ngo, new ForumMemberDetails("Gustavo", "Secretaría de Innovación", ForumSector.Government), Now.AddDays(1));
        Assert.False(forum.Balance.AtParity);
        Assert.Equal(Now.AddDays(1), forum.UpdatedAt);

        forum.RemoveMember(minister, Now.AddDays(2));
        Assert.Equal([ngo], forum.Members);
        Assert.Equal(Now.AddDays(2), forum.UpdatedAt);
    }

    [Fact]
    public void A_decision_is_dated_no_later_than_tomorrow_and_its_link_is_a_web_address()
    {
        var forum = MultiStakeholderForum.Create(1, Now);
        var official = Guid.NewGuid();

        var future = Assert.Throws<DomainException>(() =>
            forum.RecordDecision(new ForumDecisionDetails(new DateOnly(2018, 6, 3), "Aprobar el plan", "es", null), official, Now)
        );
        Assert.Equal("Domain.Forum.DecisionInFuture", future.Code);
        Assert.Equal(
            "Domain.Timeline.LinkInvalid",
            Assert.Throws<DomainException>(() => new ForumDecisionDetails(new DateOnly(2018, 5, 1), "Aprobar", "es", "acta.pdf")).Code
        );
        Assert.Equal(
            "Domain.Forum.DecisionTextInvalid",
            Assert.Throws<DomainException>(() => new ForumDecisionDetails(new DateOnly(2018, 5, 1), "  ", "es", null)).Code
        );

        var decision = forum.RecordDecision(
            new ForumDecisionDetails(new DateOnly(2018, 6, 2), "Aprobar el plan", "es", "https://example.gob.ar/acta.pdf"),
            official,
            Now
        );
        Assert.Equal(
            (new DateOnly(2018, 6, 2), "https://example.gob.ar/acta.pdf", official),
            (decision.DecidedOn, decision.Link, decision.AuthorId)
        );
        Assert.Single(forum.Decisions);
    }

    [Fact]
    public void Rules_are_a_text_per_language_and_a_link_either_may_be_absent()
    {
        var forum = MultiStakeholderForum.Create(1, Now);

        forum.PublishRules(new LocalizedText(null, null, "Se reúne cada seis meses."), null, Now);
        Assert.Equal("Se reúne cada seis meses.", forum.Rules!.In("en"));
        forum.PublishRules(null, "https://example.gob.ar/reglamento.pdf", Now);
        Assert.Null(forum.Rules);
        Assert.Equal("https://example.gob.ar/reglamento.pdf", forum.RulesLink);
        Assert.Equal(
            "Domain.Forum.RulesTooLong",
            Assert.Throws<DomainException>(() => forum.PublishRules(new LocalizedText(new string('x', 8001)), null, Now)).Code
        );
        Assert.Equal(
            "Domain.Timeline.LinkInvalid",
            Assert.Throws<DomainException>(() => forum.PublishRules(null, "javascript:x", Now)).Code
        );
    }
}
