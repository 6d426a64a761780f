using System.Collections.Frozen;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Moderation;
using CoCreation.Web.Infrastructure.Mediator;

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
    public async Task A_search_taken_from_the_full_text_index_pages_through_the_same_rows_in_the_same_order_as_the_walk()
    {
        var people = await Scenario.CreateAsync(Portal);
        var ids = new List<long>();
        for (var i = 0; i < 40; i++)
        {
            var question = Scenario.Question(i % 2 == 0 ? "AR" : "CO");
            if (i % 8 == 0)
            {
                question.Body += " Is the quipucamayoc register open?";
            }

            ids.Add((await Portal.SendAsync(question, people.Participant))!.Value);
        }

        await Portal.SendAsync(new Decide.Command(ids, Decide.Decision.Publish), people.Support);
        await Portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ANALYZE submissions"));

        // PostgreSQL's statistics of the search column, read by the shape, know that every question asks about workshops.
        using var shape = new Web.Features.Submissions.SearchShape(TimeProvider.System);
        Assert.False(await Portal.WithDbAsync(db => shape.IsRareAsync(db, "workshops", default).AsTask()));

        // Through the index and sorted, or walked newest first: the same matches, page after page.
        foreach (var words in new[] { "quipucamayoc", "workshops" })
        {
            var pages = new Dictionary<bool, List<long>>();
            foreach (var rare in new[] { true, false })
            {
                var seen = pages[rare] = [];
                string? after = null;
                do
                {
                    var page = await Portal.WithDbAsync(db =>
                        Web.Features.Submissions.Index.Public(db, new() { Q = words, After = after }, rare).Take(3).ToListAsync()
                    );
                    seen.AddRange(page.Select(i => i.Id));
                    after = page.Count == 3 ? Web.Features.Submissions.Index.Cursor.Of(page[^1]) : null;
                } while (after is not null);
            }

            Assert.Equal(words == "workshops" ? 40 : 5, pages[true].Count);
            Assert.Equal(pages[false], pages[true]);
            Assert.Equal(pages[true].OrderByDescending(id => id), pages[true]);
        }
    }

    [Fact]
    public void A_search_is_rare_when_its_lexemes_together_are_in_fewer_than_one_submission_in_two_hundred()
    {
        var statistics = new Web.Features.Submissions.SearchShape.Statistics(
            new Dictionary<string, double>
            {
                ["transpar"] = 0.012,
                ["transparent"] = 0.066,
                ["iepirkumu"] = 0.0028,
                ["o'neil"] = 0.03,
            }.ToFrozenDictionary(),
            Least: 0.0028,
            ReadAt: DateTimeOffset.UnixEpoch
        );

        // content_search_query's text: one lexeme per configuration that parsed the words, joined by |.
        Assert.False(Web.Features.Submissions.SearchShape.Share("'transpar' | 'transparent'", statistics) < SearchShapeRareBelow);
        Assert.True(Web.Features.Submissions.SearchShape.Share("'iepirkum' | 'iepirkumu'", statistics) < SearchShapeRareBelow);
        Assert.True(Web.Features.Submissions.SearchShape.Share("'zyzzyva' | 'zyzzyvas'", statistics) < SearchShapeRareBelow);
        Assert.Equal(0.03, Web.Features.Submissions.SearchShape.Share("'o''neil'", statistics), 6);
    }

    private const double SearchShapeRareBelow = Web.Features.Submissions.SearchShape.RareBelow;

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
