using System.Security.Claims;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Submissions;
using CoCreation.Web.Infrastructure.Identity;

namespace CoCreation.Testing;

/// <summary>The people of a submission's life: a participant, the support unit, and officials of Argentina
/// and of Colombia (an administrator assigned them), on the Global Co-creation Week's members.</summary>
public sealed class Scenario
{
    public required ClaimsPrincipal Participant { get; init; }

    public required Guid ParticipantId { get; init; }

    public required ClaimsPrincipal Support { get; init; }

    public required ClaimsPrincipal ArgentinaOfficial { get; init; }

    public required ClaimsPrincipal ColombiaOfficial { get; init; }

    public static async Task<Scenario> CreateAsync(PortalFixture portal)
    {
        await portal.LoadCampaignAsync();
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
