using System.Security.Claims;
using CoCreation.Domain.Comments;
using CoCreation.Web.Features.Comments;
using CoCreation.Web.Infrastructure.Identity;

namespace CoCreation.Web.Tests.Features.Comments;

/// <summary>A published proposal of Argentina by Ana (the scenario's participant), and three more readers.</summary>
public sealed class CommentScenario
{
    public required Scenario People { get; init; }

    public required long Proposal { get; init; }

    public required ClaimsPrincipal Bruno { get; init; }

    public required ClaimsPrincipal Chloe { get; init; }

    public required ClaimsPrincipal Dario { get; init; }

    public static async Task<CommentScenario> CreateAsync(PortalFixture portal)
    {
        var people = await Scenario.CreateAsync(portal);
        var proposal = await Scenario.PublishedAsync(portal, people, Scenario.Proposal());
        return new CommentScenario
        {
            People = people,
            Proposal = proposal,
            Bruno = (await portal.CreateUserAsync("bruno@example.org", roles: Roles.Participant)).Principal,
            Chloe = (await portal.CreateUserAsync("chloe@example.org", roles: Roles.Participant)).Principal,
            Dario = (await portal.CreateUserAsync("dario@example.org", roles: Roles.Participant)).Principal,
        };
    }

    public static Post.Command On(long submissionId, string text = "¿Qué organismo publicaría los contratos?", string language = "es") =>
        new()
        {
            TargetKind = CommentTargetKind.Submission,
            TargetId = submissionId,
            Text = text,
            Language = language,
            IdempotencyKey = Guid.NewGuid(),
        };

    public static Post.Command ReplyTo(long commentId, string text = "Merci pour la question.", string language = "fr") =>
        new()
        {
            ParentId = commentId,
            Text = text,
            Language = language,
            IdempotencyKey = Guid.NewGuid(),
        };

    public static Task<Discussion.Model> ThreadAsync(PortalFixture portal, long submissionId, ClaimsPrincipal? reader = null) =>
        reader is null
            ? portal.QueryAsync(new Discussion.Query(CommentTargetKind.Submission, submissionId))
            : portal.SendAsUserAsync(new Discussion.Query(CommentTargetKind.Submission, submissionId), reader);
}
