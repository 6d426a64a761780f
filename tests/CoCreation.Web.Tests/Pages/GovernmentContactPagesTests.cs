using AngleSharp.Html.Dom;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Moderation;
using CoCreation.Web.Infrastructure.Identity;

namespace CoCreation.Web.Tests.Pages;

/// <summary>
/// Forwarding reaches someone: to a member without officials it waits, publicly as "waiting for a
/// government contact"; the support unit is told before and after; the contact it invites accepts by
/// email and receives what waited.
/// </summary>
public sealed class GovernmentContactPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Forwarding_to_a_member_without_officials_waits_until_the_invited_contact_accepts()
    {
        var people = await Scenario.CreateAsync(Portal);
        var france = (await Portal.SendAsync(Scenario.Proposal("FR", "fr"), people.Participant))!.Value;
        var argentina = (await Portal.SendAsync(Scenario.Proposal("AR"), people.Participant))!.Value;
        await Portal.SendAsync(new Decide.Command([france, argentina], Decide.Decision.Publish), people.Support);

        using var support = await Portal.SignedInClientAsync("support@example.org");
        var review = await support.GetAsync($"/moderation/{france}");
        Assert.Contains(
            "Nobody in the government (France) has joined the portal yet",
            review.QuerySelector("#no-contact")!.TextContent,
            StringComparison.Ordinal
        );
        Assert.Null((await support.GetAsync($"/moderation/{argentina}")).QuerySelector("#no-contact"));

        // Bulk forwarding says which were held, and keeps the others going.
        var queue = await support.GetAsync("/moderation?Filter.Stage=ToForward");
        Assert.Contains(
            "no government contact yet",
            queue.QuerySelector($"#select-{france}")!.Closest("tr")!.TextContent,
            StringComparison.Ordinal
        );
        foreach (var id in new[] { france, argentina })
        {
            ((IHtmlInputElement)queue.QuerySelector($"#select-{id}")!).IsChecked = true;
        }

        var after = await support.SubmitAsync(
            queue,
            "main form[method=post]",
            new Dictionary<string, string>(),
            "button[formaction*='handler=Forward']"
        );
        var held = after.QuerySelector("#held-for-contact")!;
        Assert.Contains("waiting for a government contact", held.TextContent, StringComparison.Ordinal);
        Assert.Equal([$"/moderation/{france}"], held.QuerySelectorAll("li a[lang]").Select(a => a.GetAttribute("href")));
        Assert.Equal(SubmissionStatus.Forwarded, await Scenario.SubmissionStatusAsync(Portal, argentina));
        Assert.Equal(SubmissionStatus.AwaitingContact, await Scenario.SubmissionStatusAsync(Portal, france));

        // The public and the author are told the truth.
        using var visitor = Portal.CreateClient();
        var page = await visitor.GetAsync($"/submissions/{france}");
        Assert.Contains("Waiting for a government contact", page.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Forwarded to the government", page.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
        await Portal.Smtp.WaitForAsync("ana@example.org", m =>
            m.Subject!.StartsWith("Waiting for a government contact", StringComparison.Ordinal)
        );

        // The dashboard lists the member; the support unit invites its contact, in French.
        var dashboard = await support.GetAsync("/moderation/dashboard");
        var row = dashboard
            .QuerySelectorAll("#without-contact-table tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Contains("France", StringComparison.Ordinal));
        Assert.Equal("1", row.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.DoesNotContain(dashboard.QuerySelectorAll("#without-contact-table th[scope=row]"), th =>
            th.TextContent.Contains("Argentina", StringComparison.Ordinal)
        );
        var invite = await support.GetAsync(row.QuerySelector("a")!.GetAttribute("href")!);
        var refused = await support.SubmitAsync(
            invite,
            "main form[method=post]",
            new Dictionary<string, string>
            {
                ["Data.Name"] = "Claire Martin",
                ["Data.Email"] = "not an address",
                ["Data.Language"] = "fr",
            }
        );
        Assert.Equal("Claire Martin", refused.QuerySelector("input[name='Data.Name']")!.GetAttribute("value"));
        Assert.Equal(0, await Portal.WithDbAsync(db => db.ContactInvitations.CountAsync()));
        var sent = await support.SubmitAsync(
            refused,
            "main form[method=post]",
            new Dictionary<string, string> { ["Data.Email"] = "claire.martin@gouv.example" }
        );
        Assert.NotNull(sent.QuerySelector("[role=status]"));
        var invitation = await Portal.Smtp.WaitForAsync("claire.martin@gouv.example");
        Assert.StartsWith("Invitation (France)\u00a0: répondre sur le portail", invitation.Subject, StringComparison.Ordinal);
        Assert.Contains("Contributions qui vous attendent déjà\u00a0: 1.", invitation.TextBody, StringComparison.Ordinal);

        // The contact accepts: a new official account, signed in, with what waited.
        var link = EmailedLinks.Invitation().Match(invitation.TextBody!).Value;
        using var contact = Portal.CreateClient();
        var accept = await contact.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal("Claire Martin", accept.QuerySelector("input[name='Data.DisplayName']")!.GetAttribute("value"));
        var tooShort = await contact.SubmitAsync(
            accept,
            "main form",
            new Dictionary<string, string> { ["Data.Password"] = "short", ["Data.ConfirmPassword"] = "short" }
        );
        Assert.NotNull(tooShort.QuerySelector(".validation-summary-errors, [role=alert]"));
        Assert.Equal(SubmissionStatus.AwaitingContact, await Scenario.SubmissionStatusAsync(Portal, france));
        var answers = await contact.SubmitAsync(
            tooShort,
            "main form",
            new Dictionary<string, string>
            {
                ["Data.Password"] = "liberté égalité données ouvertes",
                ["Data.ConfirmPassword"] = "liberté égalité données ouvertes",
            }
        );
        Assert.Equal("/answers", contact.AddressOf(answers).AbsolutePath);
        Assert.Contains($"/answers/{france}", answers.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        Assert.Equal(SubmissionStatus.Forwarded, await Scenario.SubmissionStatusAsync(Portal, france));
        var official = await Portal.WithDbAsync(db =>
            db.Users.Where(u => u.Email == "claire.martin@gouv.example")
                .Select(u => new
                {
                    u.EmailConfirmed,
                    u.PreferredLanguage,
                    u.DisplayName,
                })
                .SingleAsync()
        );
        Assert.Equal((true, "fr", "Claire Martin"), (official.EmailConfirmed, official.PreferredLanguage, official.DisplayName));
        await Portal.Smtp.WaitForAsync("ana@example.org", m =>
            m.Subject!.StartsWith("Forwarded to the government", StringComparison.Ordinal)
            && m.TextBody!.Contains("/submissions/" + france, StringComparison.Ordinal)
        );

        // The link works once.
        var again = await Portal.CreateClient().GetAsync(new Uri(link).PathAndQuery);
        Assert.Contains("not valid", again.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_with_an_account_accepts_by_signing_in_and_becomes_an_official_of_the_member()
    {
        var people = await Scenario.CreateAsync(Portal);
        await Portal.SendAsync(
            new Web.Features.Members.InviteContact.Command
            {
                Code = "fr",
                Name = "Ana",
                Email = "ana@example.org",
                Language = "es",
            },
            people.Support
        );
        var link = EmailedLinks
            .Invitation()
            .Match(
                (
                    await Portal.Smtp.WaitForAsync("ana@example.org", m => m.Subject!.StartsWith("Invitación", StringComparison.Ordinal))
                ).TextBody!
            )
            .Value;

        using var ana = Portal.CreateClient();
        var accept = await ana.GetAsync(new Uri(link).PathAndQuery);
        Assert.Null(accept.QuerySelector("input[name='Data.Password']"));
        var signIn = accept.QuerySelector("main a[href^='/account/sign-in']")!.GetAttribute("href")!;
        var back = await ana.SignInAsync("ana@example.org", signInPage: signIn);
        Assert.Equal("/account/accept-invitation", ana.AddressOf(back).AbsolutePath);
        await ana.SubmitAsync(back, "main form", new Dictionary<string, string>());

        Assert.True(
            await Portal.WithDbAsync(db =>
                db.OfficialAssignments.AnyAsync(a =>
                    a.UserId == people.ParticipantId && db.Members.Any(m => m.Id == a.MemberId && m.Code == "FR")
                )
            )
        );
        Assert.True(
            await Portal.WithDbAsync(db =>
                db.UserRoles.AnyAsync(r =>
                    r.UserId == people.ParticipantId && db.Roles.Any(x => x.Id == r.RoleId && x.Name == Roles.GovernmentOfficial)
                )
            )
        );
    }
}
