using CoCreation.Domain.Events;
using CoCreation.Domain.Newsletter;
using CoCreation.Web.Features.Events;
using CoCreation.Web.Features.Moderation;
using CoCreation.Web.Features.Submissions;
using CoCreation.Web.Infrastructure.Identity;
using CoCreation.Web.Tests.Features.Events;

namespace CoCreation.Web.Tests.Pages;

public sealed class DeleteAccountPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_participant_deletes_their_account_and_their_published_submission_stays_without_their_name()
    {
        var people = await Scenario.CreateAsync(Portal);
        var (_, ben) = await Portal.CreateUserAsync("ben@example.org", roles: Roles.Participant);
        var published = (await Portal.SendAsync(Scenario.Proposal(), people.Participant))!.Value;
        var pending = (await Portal.SendAsync(Scenario.Question(), people.Participant))!.Value;
        var bens = (await Portal.SendAsync(Scenario.Proposal(), ben))!.Value;
        await Portal.SendAsync(new Decide.Command([published, bens], Decide.Decision.Publish), people.Support);
        await Portal.SendAsync(new Endorse.Command(bens), people.Participant);
        var webinar = await Portal.WithDbAsync(async db =>
        {
            var one = TestEvents.Webinar(DateTimeOffset.UtcNow.AddDays(10), capacity: 1);
            db.Events.Add(one);
            db.Subscribers.Add(Subscriber.Confirm("ana@example.org", "es", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            return one.Id;
        });
        Assert.Equal(RegistrationStatus.Confirmed, await Portal.SendAsync(new Register.Command(webinar), people.Participant));
        Assert.Equal(RegistrationStatus.Waiting, await Portal.SendAsync(new Register.Command(webinar), ben));

        var name = await Portal.WithDbAsync(db => db.Submissions.Where(s => s.Id == published).Select(s => s.AuthorName).SingleAsync());
        Assert.NotEmpty(name);
        using var ana = await Portal.SignedInClientAsync("ana@example.org");
        var page = await ana.GetAsync("/account/delete");
        Assert.Equal(HttpStatusCode.OK, ana.Status);

        // A wrong password: one clear message, and nothing is gone.
        var refused = await ana.SubmitAsync(
            page,
            "main form",
            new Dictionary<string, string> { ["Data.Password"] = "not my password at all" }
        );
        Assert.Equal("The current password is not correct.", refused.QuerySelector("#Data_Password-error")!.TextContent.Trim());
        Assert.True(await Portal.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "ana@example.org")));

        var done = await ana.SubmitAsync(
            refused,
            "main form",
            new Dictionary<string, string> { ["Data.Password"] = TestAccounts.Password }
        );
        Assert.Contains("Your account is deleted", done.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        await Portal.WithDbAsync(async db =>
        {
            Assert.False(await db.Users.AnyAsync(u => u.Email == "ana@example.org"));
            var kept = await db.Submissions.SingleAsync(s => s.Id == published);
            Assert.Equal((null, "", null), (kept.AuthorId, kept.AuthorName, kept.Organisation));
            Assert.False(await db.Submissions.AnyAsync(s => s.Id == pending));
            Assert.Equal(1, (await db.Submissions.SingleAsync(s => s.Id == bens)).EndorsementCount);
            Assert.False(await db.Endorsements.AnyAsync(e => e.SubmissionId == bens));
            Assert.False(await db.Subscribers.AnyAsync(s => s.Email == "ana@example.org"));
            var seats = await db.Set<Registration>().Where(r => r.EventId == webinar).OrderBy(r => r.Sequence).ToListAsync();
            Assert.Equal((RegistrationStatus.Cancelled, "", ""), (seats[0].Status, seats[0].Registrant.Name, seats[0].Registrant.Email));
            Assert.Equal(RegistrationStatus.Confirmed, seats[1].Status);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "account.deleted"));
        });

        // Everyone still reads the submission and its place in the list, signed by nobody.
        using var visitor = Portal.CreateClient();
        var details = await visitor.GetAsync($"/submissions/{published}");
        Assert.Contains("a former participant", details.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(name, details.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(
            "un antiguo participante",
            (await visitor.GetAsync("/submissions", "es")).QuerySelector("main")!.TextContent,
            StringComparison.Ordinal
        );

        // And the account no longer signs in.
        using var again = Portal.CreateClient();
        var failed = await again.SignInAsync("ana@example.org");
        Assert.NotNull(failed.QuerySelector(".validation-summary-errors, [role=alert]"));
    }

    [Fact]
    public async Task Staff_close_their_accounts_through_an_administrator()
    {
        var people = await Scenario.CreateAsync(Portal);
        using var support = await Portal.SignedInClientAsync("support@example.org");
        var refused = await support.SendFormAsync(
            "/account/delete",
            new Dictionary<string, string> { ["Data.Password"] = TestAccounts.Password }
        );
        Assert.Contains("closed by an administrator", refused.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(await Portal.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "support@example.org")));
        _ = people;
    }
}
