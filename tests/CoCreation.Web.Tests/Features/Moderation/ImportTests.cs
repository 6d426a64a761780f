using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Moderation;

namespace CoCreation.Web.Tests.Features.Moderation;

public sealed class ImportTests(WebFixture portal) : PortalTest(portal)
{
    private const string ArgentinaPost = "#myNAPask #Argentina Publiquen todos los contratos de obra pública, con avances y pagos";

    private const string Posts = $"""
        handle,text,date,url,language
        @civica_ar,"{ArgentinaPost}",2017-03-28T14:05:00Z,https://twitter.example/civica_ar/1,es
        lena_dk,#OGPcocreate #Denmark when is the first co-creation workshop?,2017-03-29T09:00:00Z,https://twitter.example/lena_dk/2,en
        @nobody,Just a nice day #Argentina,2017-03-29T10:00:00Z,https://twitter.example/nobody/3,en
        @someone,#OGPcocreate quand commence la consultation ?,2017-03-29T11:00:00Z,https://twitter.example/someone/4,fr
        @dates,#myNAPask #CostaRica datos abiertos,not a date,https://twitter.example/dates/5,es
        ,#myNAPask #CostaRica no handle,2017-03-29T11:00:00Z,https://twitter.example/x/6,es
        @cr,"#myNAPask #CostaRica
        Un registro público de beneficiarios finales",2017-03-30T08:00:00Z,https://twitter.example/cr/7,es
        """;

    [Fact]
    public async Task Good_posts_become_pending_submissions_bad_rows_are_reported_by_line_and_a_reupload_is_ignored()
    {
        var people = await Scenario.CreateAsync(Portal);

        var first = await Portal.SendAsync(new Import.Command(Posts, null), people.Support);

        Assert.Equal(3, first.Imported);
        Assert.Equal(
            [(4, "NoCampaignHashtag"), (5, "NoCountry"), (6, "BadDate"), (7, "MissingField")],
            first.Errors.Select(e => (e.Line, Key(e.Message)))
        );
        var stored = await Portal.WithDbAsync(db =>
            db.Submissions.OrderBy(s => s.SubmittedAt)
                .Join(
                    db.Members,
                    s => s.MemberId,
                    m => m.Id,
                    (s, m) =>
                        new
                        {
                            s.AuthorName,
                            s.Kind,
                            s.Status,
                            m.Code,
                            s.Language,
                            s.ProposedCommitment,
                        }
                )
                .ToListAsync()
        );
        Assert.Equal(
            [
                ("@civica_ar", SubmissionKind.CommitmentProposal, "AR"),
                ("@lena_dk", SubmissionKind.Question, "DK"),
                ("@cr", SubmissionKind.CommitmentProposal, "CR"),
            ],
            stored.Select(s => (s.AuthorName, s.Kind, s.Code))
        );
        Assert.All(stored, s => Assert.Equal(SubmissionStatus.Pending, s.Status));
        Assert.Contains("beneficiarios finales", stored[2].ProposedCommitment, StringComparison.Ordinal);

        var again = await Portal.SendAsync(new Import.Command(Posts, "FR"), people.Support);
        Assert.Equal(1, again.Imported);
        Assert.Equal(3, again.AlreadyThere);
        Assert.Equal(4, await Portal.WithDbAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task Json_posts_are_read_too_and_garbage_is_one_clear_error()
    {
        var people = await Scenario.CreateAsync(Portal);
        const string json = """
            [{"handle":"@ana","text":"#OGPcocreate #Perú ¿cuándo empieza?","date":"2017-03-28T10:00:00Z",
            "url":"https://twitter.example/ana/9","language":"es"}]
            """;

        var result = await Portal.SendAsync(new Import.Command(json, null), people.Support);
        var garbage = await Portal.SendAsync(new Import.Command("\u00ff\u00fe not csv at all", null), people.Support);

        Assert.Equal(1, result.Imported);
        Assert.Equal(
            "PE",
            await Portal.WithDbAsync(db => db.Submissions.Join(db.Members, s => s.MemberId, m => m.Id, (s, m) => m.Code).SingleAsync())
        );
        Assert.Equal(0, garbage.Imported);
        Assert.Single(garbage.Errors);
    }

    [Fact]
    public async Task An_overlong_post_is_reported_and_a_long_title_is_cut_between_whole_characters()
    {
        var people = await Scenario.CreateAsync(Portal);
        var longText = "#myNAPask #Argentina " + new string('a', 4100);
        var emojiText = "#OGPcocreate #Argentina " + string.Concat(Enumerable.Repeat("🌍", 130));
        var csv =
            "handle,text,date,url,language\n"
            + $"@long,{longText},2017-03-28T10:00:00Z,https://twitter.example/long/1,es\n"
            + $"@emoji,{emojiText},2017-03-28T10:00:00Z,HTTPS://Twitter.Example/emoji/2,en\n";

        var result = await Portal.SendAsync(new Import.Command(csv, null), people.Support);
        var again = await Portal.SendAsync(
            new Import.Command(csv.Replace("HTTPS://Twitter.Example", "https://twitter.example", StringComparison.Ordinal), null),
            people.Support
        );

        Assert.Equal(1, result.Imported);
        Assert.Equal(2, Assert.Single(result.Errors).Line);
        Assert.Equal(1, again.AlreadyThere);
        var title = await Portal.WithDbAsync(db => db.Submissions.Select(s => s.Title).SingleAsync());
        Assert.EndsWith("…", title, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(title[^2]));
    }

    [Fact]
    public async Task A_malformed_csv_row_is_reported_by_its_line_and_the_rows_before_it_are_imported()
    {
        var people = await Scenario.CreateAsync(Portal);
        const string csv = """
            Handle , TEXT,date,url,language
            @ok,#OGPcocreate #Argentina when does it start?,2017-03-28T10:00:00Z,https://twitter.example/ok/1,es
            @stray,#OGPcocreate #Argentina what does "open" mean here?,2017-03-28T10:00:00Z,https://twitter.example/stray/2,en

            @broken,"#myNAPask #Argentina a quote never closed,2017-03-28T10:00:00Z,https://twitter.example/broken/3,es
            @lost,#OGPcocreate #Argentina swallowed by the open quote,2017-03-28T10:00:00Z,https://twitter.example/lost/4,es
            """;

        var result = await Portal.SendAsync(new Import.Command(csv, null), people.Support);
        var notCsv = await Portal.SendAsync(new Import.Command("name;message\nana;hola", null), people.Support);

        Assert.Equal(2, result.Imported);
        Assert.Equal([(5, "MissingField")], result.Errors.Select(e => (e.Line, Key(e.Message))));
        Assert.Contains(
            "#OGPcocreate #Argentina what does \"open\" mean here?",
            await Portal.WithDbAsync(db => db.Submissions.Select(s => s.Body).ToListAsync())
        );
        Assert.Equal(
            [(1, "The file could not be read as CSV with a header line (handle, text, date, url, language) or as a JSON array.")],
            notCsv.Errors.Select(e => (e.Line, e.Message))
        );
    }

    private static string Key(string message) =>
        message switch
        {
            _ when message.Contains("neither", StringComparison.Ordinal) => "NoCampaignHashtag",
            _ when message.Contains("names no country", StringComparison.Ordinal) => "NoCountry",
            _ when message.Contains("not a date", StringComparison.Ordinal) => "BadDate",
            _ when message.Contains("required", StringComparison.Ordinal) => "MissingField",
            _ => message,
        };
}
