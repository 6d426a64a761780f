using System.Security.Claims;
using CoCreation.Domain.Comments;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Moderation;
using CoCreation.Web.Features.Submissions;
using CoCreation.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoCreation.Testing;

/// <summary>The people of a submission's life: a participant, the support unit, and officials of Argentina
/// and of Colombia (an administrator assigned them), on the Global Co-creation Week's members.</summary>
/// <remarks>
/// How tests build their situations, one way everywhere: a static method, named for the situation, on a
/// class that takes the fixture as its first parameter (<c>Scenario.CreateAsync(Portal)</c>,
/// <c>TestEvents.AddWebinarAsync(Portal, …)</c>, <c>BlogScenario.PeopleAsync(Portal)</c>). Commands a test
/// sends come from static methods without the fixture (<see cref="Proposal"/>, <c>TestEvents.Webinar</c>).
/// This was already the form of most setup, needs no state, reads as what the test stands on, and
/// leaves <see cref="PortalFixture"/> with only the means to talk to the portal. Situations that more than
/// one test project needs live here, in CoCreation.Testing; the others in their one project, beside their tests.
/// </remarks>
public sealed class Scenario
{
    public required ClaimsPrincipal Participant { get; init; }

    public required Guid ParticipantId { get; init; }

    public required ClaimsPrincipal Support { get; init; }

    public required ClaimsPrincipal ArgentinaOfficial { get; init; }

    public required ClaimsPrincipal ColombiaOfficial { get; init; }

    /// <summary>Loads the Global Co-creation Week (30 members and the campaign) as ./run.sh does.</summary>
    public static async Task LoadCampaignAsync(PortalFixture portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Web.Data.Seed.DemoData>().LoadCampaignAsync(CancellationToken.None);
    }

    /// <summary>Loads the whole demo as ./run.sh does, unless the database holds it already; true when it loaded.</summary>
    public static async Task<bool> LoadDemoAsync(PortalFixture portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Web.Data.Seed.DemoData>().LoadIfEmptyAsync(CancellationToken.None);
    }

    public static async Task<Scenario> CreateAsync(PortalFixture portal)
    {
        await LoadCampaignAsync(portal);
        var (participant, participantPrincipal) = await portal.CreateUserAsync("ana@example.org", roles: Roles.Participant);
        var (_, support) = await portal.CreateUserAsync("support@example.org", roles: Roles.SupportUnit);
        var (_, admin) = await portal.CreateUserAsync("admin@example.org", roles: Roles.Administrator);
        var (ar, arPrincipal) = await portal.CreateUserAsync("official.ar@example.org", roles: Roles.GovernmentOfficial);
        var (co, coPrincipal) = await portal.CreateUserAsync("official.co@example.org", roles: Roles.GovernmentOfficial);
        await portal.SendAsync(new CoCreation.Web.Features.Admin.Accounts.AssignMembers.Command(ar.Id, ["AR"]), admin);
        await portal.SendAsync(new CoCreation.Web.Features.Admin.Accounts.AssignMembers.Command(co.Id, ["CO"]), admin);
        return new Scenario
        {
            Participant = participantPrincipal,
            ParticipantId = participant.Id,
            Support = support,
            ArgentinaOfficial = arPrincipal,
            ColombiaOfficial = coPrincipal,
        };
    }

    /// <summary>Sends <paramref name="submission"/> as the participant; the support unit publishes it.</summary>
    public static async Task<long> PublishedAsync(PortalFixture portal, Scenario people, Submit.Command submission)
    {
        var id = (await portal.SendAsync(submission, people.Participant))!.Value;
        await portal.SendAsync(new Decide.Command([id], Decide.Decision.Publish), people.Support);
        return id;
    }

    /// <summary>The status the database holds for the submission <paramref name="id"/>: what a test checks a move stored.</summary>
    public static Task<SubmissionStatus> SubmissionStatusAsync(PortalFixture portal, long id) =>
        portal.WithDbAsync(db => db.Submissions.Where(s => s.Id == id).Select(s => s.Status).SingleAsync());

    /// <summary>As <see cref="PublishedAsync"/>, and the support unit forwards it to its member's officials.</summary>
    public static async Task<long> ForwardedAsync(PortalFixture portal, Scenario people, Submit.Command submission)
    {
        var id = await PublishedAsync(portal, people, submission);
        await portal.SendAsync(new Decide.Command([id], Decide.Decision.Forward), people.Support);
        return id;
    }

    public static Submit.Command Proposal(string member = "AR", string language = "es") =>
        new()
        {
            MemberCode = member,
            Kind = SubmissionKind.CommitmentProposal,
            Title = "Publicar todos los contratos públicos",
            Problem = "Los contratos públicos no se publican y nadie puede seguir el gasto.",
            ProposedCommitment = "Publicar todos los contratos en formato de datos abiertos.",
            ExpectedResults = "Más competencia y menos corrupción.",
            PolicyArea = "open-contracting",
            Language = language,
            IdempotencyKey = Guid.NewGuid(),
        };

    /// <summary>An official's answer to the submission <paramref name="id"/>, as the answer form sends it.</summary>
    public static Web.Features.Answers.Answer.Command Answer(long id, AnswerOutcome outcome, string reason, params int[] commitmentIds) =>
        new()
        {
            Id = id,
            Outcome = outcome,
            Reason = reason,
            Language = "en",
            CommitmentIds = [.. commitmentIds],
        };

    /// <summary>A reader's report of the submission <paramref name="id"/>, as the report form sends it.</summary>
    public static Web.Features.Submissions.Report.Command Report(long id, ReportReason reason = ReportReason.Spam, string? text = null) =>
        Filled<Web.Features.Submissions.Report.Command>(id, reason, text);

    /// <summary>A reader's report of the comment <paramref name="id"/>, as the report form sends it.</summary>
    public static Web.Features.Comments.Report.Command ReportComment(
        long id,
        ReportReason? reason = ReportReason.Spam,
        string? text = null
    ) => Filled<Web.Features.Comments.Report.Command>(id, reason, text);

    private static T Filled<T>(long id, ReportReason? reason, string? text)
        where T : Web.Features.Comments.ReportForm, new() =>
        new()
        {
            Id = id,
            Reason = reason,
            Text = text,
            IdempotencyKey = Guid.NewGuid(),
        };

    public static Submit.Command Question(string member = "AR") =>
        new()
        {
            MemberCode = member,
            Kind = SubmissionKind.Question,
            Title = "When are the co-creation workshops?",
            Body = "Where is the calendar of the workshops with civil society published?",
            Language = "en",
            IdempotencyKey = Guid.NewGuid(),
        };
}
