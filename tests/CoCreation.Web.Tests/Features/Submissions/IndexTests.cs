using CoCreation.Domain.Submissions;
using CoCreation.Testing;
using CoCreation.Web.Features.Moderation;
using CoCreation.Web.Infrastructure.Mediator;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Tests.Features.Submissions;

public sealed class IndexTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Search_finds_french_with_french_stemming_and_spanish_with_spanish()
    {
        var people = await Scenario.CreateAsync(Portal);
        var french = Scenario.Question("FR");
        french.Title = "Les consultations citoyennes";
        french.Body = "Quand les ateliers de co-création seront-ils organisés dans les régions ?";
        french.Language = "fr";
        var spanish = Scenario.Proposal("AR", "es");
        var ids = new[]
        {
            (await Portal.SendAsync(french, people.Participant))!.Value,
            (await Portal.SendAsync(spanish, people.Participant))!.Value,
        };
        await Portal.SendAsync(new Decide.Command(ids, Decide.Decision.Publish), people.Support);

        async Task<long[]> Find(string words) =>
            [.. (await Portal.QueryAsync(new Web.Features.Submissions.Index.Query { Q = words })).Items.Select(i => i.Id)];

        Assert.Equal([ids[0]], await Find("atelier organisé"));
        Assert.Equal([ids[0]], await Find("consultation"));
        Assert.Equal([ids[1]], await Find("contrato publicado"));
        Assert.Equal([ids[1]], await Find("corrupción"));
        Assert.Empty(await Find("budget"));
        Assert.Empty(await Find("'; DROP TABLE submissions; --"));
    }

    [Fact]
    public async Task Pages_follow_each_other_by_keyset_without_gaps_or_repeats_and_filters_combine()
    {
        var people = await Scenario.CreateAsync(Portal);
        var ids = new List<long>();
        for (var i = 0; i < 45; i++)
        {
            var command = i % 3 == 0 ? Scenario.Proposal(i % 2 == 0 ? "AR" : "CO") : Scenario.Question(i % 2 == 0 ? "AR" : "CO");
            ids.Add((await Portal.SendAsync(command, people.Participant))!.Value);
        }

        await Portal.SendAsync(new Decide.Command(ids, Decide.Decision.Publish), people.Support);

        var seen = new List<long>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await Portal.QueryAsync(new Web.Features.Submissions.Index.Query { After = after });
            seen.AddRange(page.Items.Select(i => i.Id));
            after = page.NextAfter;
            pages++;
        } while (after is not null);

        Assert.Equal(3, pages);
        Assert.Equal(ids.OrderDescending(), seen);
        var argentineProposals = await Portal.QueryAsync(
            new Web.Features.Submissions.Index.Query
            {
                Member = "ar",
                Kind = SubmissionKind.CommitmentProposal,
                PolicyArea = "open-contracting",
                Language = "es",
            }
        );
        Assert.Equal(8, argentineProposals.Items.Count);
        Assert.All(argentineProposals.Items, i => Assert.Equal("AR", i.MemberCode));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("99999999999999999999-1")]
    [InlineData("1-2-3")]
    public async Task A_mangled_cursor_is_refused_with_a_message(string after)
    {
        var refused = await Assert.ThrowsAsync<InputException>(() =>
            Portal.QueryAsync(new Web.Features.Submissions.Index.Query { After = after })
        );

        Assert.Contains("After", refused.Errors.Keys);
    }

    [Fact]
    public async Task Endorsements_count_once_per_account_and_never_for_the_author()
    {
        var people = await Scenario.CreateAsync(Portal);
        var id = await Scenario.PublishedAsync(Portal, people, Scenario.Proposal());
        var (_, fan) = await Portal.CreateUserAsync("fan@example.org", roles: Web.Infrastructure.Identity.Roles.Participant);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Portal.SendAsync(new Web.Features.Submissions.Endorse.Command(id), fan)));
        await Portal.SendAsync(new Web.Features.Submissions.Endorse.Command(id), people.Support);
        Assert.Equal(
            "Domain.Submission.CannotEndorse",
            (
                await Assert.ThrowsAsync<CoCreation.Domain.Common.DomainException>(() =>
                    Portal.SendAsync(new Web.Features.Submissions.Endorse.Command(id), people.Participant)
                )
            ).Code
        );

        Assert.Equal(2, await Portal.WithDbAsync(db => db.Submissions.Select(s => s.EndorsementCount).SingleAsync()));
        Assert.Equal(2, await Portal.WithDbAsync(db => db.Endorsements.CountAsync()));
    }
}
