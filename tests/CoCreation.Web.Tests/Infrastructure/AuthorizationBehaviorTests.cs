using System.Reflection;
using System.Security.Claims;
using CoCreation.Web.Features.Admin.Accounts;
using CoCreation.Web.Features.Events;
using CoCreation.Web.Features.Moderation;
using CoCreation.Web.Features.Newsletter;
using CoCreation.Web.Infrastructure.Identity;
using CoCreation.Web.Infrastructure.Mediator;
using CoCreation.Web.Tests.Features.Submissions;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CoCreation.Web.Tests.Infrastructure;

/// <summary>Every command and query says who may send it, and the mediator holds to it whoever sends it.</summary>
public sealed class MessageDeclarationTests
{
    [Fact]
    public void Every_command_and_query_declares_who_may_send_it()
    {
        var messages = new[] { typeof(Program).Assembly, typeof(Domain.Members.Member).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsInterface: false })
            .Where(t => typeof(IMessage).IsAssignableFrom(t) || typeof(IStreamMessage).IsAssignableFrom(t))
            // Domain events are published by the transaction behavior, never sent by a person.
            .Where(t => !typeof(INotification).IsAssignableFrom(t))
            .ToList();

        Assert.True(messages.Count >= 120, $"Only {messages.Count} messages found: the enumeration missed some.");
        var undeclared = messages.Where(t => t.GetCustomAttribute<AllowAttribute>(inherit: false) is null).Select(t => t.FullName).ToList();
        Assert.True(undeclared.Count == 0, "Say who may send each of these with [Allow(Audience...)]: " + string.Join(", ", undeclared));
        var notMessages = typeof(Program)
            .Assembly.GetTypes()
            .Where(t => t.IsDefined(typeof(AllowAttribute), false) && !messages.Contains(t))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(notMessages.Count == 0, "[Allow] on a type the mediator never sends: " + string.Join(", ", notMessages));
    }

    [Fact]
    public void Only_background_work_is_declared_for_the_portal_itself()
    {
        var system = typeof(Program)
            .Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<AllowAttribute>(inherit: false)?.Audience.HasFlag(Audience.System) == true)
            .Select(t => t.FullName!.Replace("CoCreation.Web.Features.", "", StringComparison.Ordinal))
            .Order()
            .ToList();

        Assert.Equal(
            [
                "Events.Reminders+Command",
                "Newsletter.Dispatch+Command",
                "Notifications.Emails+Command",
                "Notifications.FanOut+Command",
                "Submissions.ResponseReminders+Command",
            ],
            system
        );
    }
}

public sealed class AuthorizationBehaviorTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Staff_and_administrator_commands_that_trusted_their_page_folder_now_refuse_a_participant_sending_them_directly()
    {
        var people = await Scenario.CreateAsync(Portal);
        var pending = (await Portal.SendAsync(Scenario.Question(), people.Participant))!.Value;
        var before = await DatabaseChecksum.TakeAsync(Portal);

        // Each of these handlers relied on the /moderation, /members/create or /admin folder rule alone.
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Portal.SendAsync(new Decide.Command([pending], Decide.Decision.Publish), people.Participant)
        );
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Portal.SendAsync(new Decide.Command([pending], Decide.Decision.Publish), people.ArgentinaOfficial)
        );
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(NewMember("KE", "Kenya"), people.Participant));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Portal.SendAsync(new SetRoles.Command(people.ParticipantId, [Roles.Participant, Roles.Administrator]), people.Participant)
        );
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Portal.SendAsync(new SetRoles.Command(people.ParticipantId, [Roles.Participant, Roles.Administrator]), people.Support)
        );
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Portal.SendAsync(new SetLockout.Command(people.ParticipantId, Locked: true), people.ArgentinaOfficial)
        );
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Portal.SendAsUserAsync(new Web.Features.Moderation.Index.Query(), people.Participant)
        );

        Assert.Equal(before, await DatabaseChecksum.TakeAsync(Portal));

        // The support unit still moderates, and an administrator may do what the support unit does.
        var (_, admin) = await Portal.CreateUserAsync("root@example.org", roles: Roles.Administrator);
        Assert.Equal(1, (await Portal.SendAsync(new Decide.Command([pending], Decide.Decision.Publish), admin)).Count);
    }

    [Fact]
    public async Task A_refused_sender_is_refused_before_validation_and_learns_nothing_from_the_validator()
    {
        var people = await Scenario.CreateAsync(Portal);
        var before = await DatabaseChecksum.TakeAsync(Portal);
        var nobody = new ClaimsPrincipal(new ClaimsIdentity());

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(NewMember("", ""), people.Participant));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Portal.SendAsync(new SetRoles.Command(people.ParticipantId, ["Emperor"]), people.Participant)
        );
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Portal.SendAsync(new Decide.Command([], (Decide.Decision)99, new string('x', 5000)), nobody)
        );
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Portal.SendAsync(new Web.Features.Submissions.Endorse.Command(1), nobody)
        );

        Assert.Equal(before, await DatabaseChecksum.TakeAsync(Portal));

        // For someone allowed, the validator still answers.
        await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(NewMember("", ""), people.Support));
    }

    [Fact]
    public async Task Background_work_is_sent_by_the_portal_itself_and_by_no_person()
    {
        var people = await Scenario.CreateAsync(Portal);
        var pretender = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "system")], "portal"));

        foreach (var person in new[] { people.Participant, people.Support, pretender, new ClaimsPrincipal(new ClaimsIdentity()) })
        {
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(new Dispatch.Command(10), person));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(new Reminders.Command(), person));
        }

        Assert.Equal(0, await Portal.SendAsync(new Dispatch.Command(10), CurrentActor.System));
        Assert.Equal(0, await Portal.Services.GetRequiredService<Reminders.Worker>().RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await Portal.Services.GetRequiredService<Dispatch.Worker>().RunOnceAsync(10, CancellationToken.None));

        // The portal itself is no member of staff.
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(NewMember("KE", "Kenya"), CurrentActor.System));
        Assert.False(await Portal.WithDbAsync(db => db.Members.AnyAsync(m => m.Code == "KE")));
    }

    /// <summary>The support unit's form to add a member, with only a code and an English name filled in.</summary>
    private static Web.Features.Members.Create.Command NewMember(string code, string name) =>
        new()
        {
            Code = code,
            Name = new() { En = name },
        };
}
