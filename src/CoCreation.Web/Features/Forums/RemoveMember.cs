using CoCreation.Domain.Forums;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Forums;

/// <summary>Takes a person off the forum (they left it, or were entered by mistake); the audit trail keeps who they were.</summary>
public static class RemoveMember
{
    [Allow(Audience.Official | Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command(string Code, int Id) : ICommand<string?>;

    /// <summary>The member's code; null when no member has it or the forum member does not exist.</summary>
    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, string?>
    {
        public async ValueTask<string?> Handle(Command command, CancellationToken cancellationToken)
        {
            var loaded = await ForumAccess.LoadAsync(db, actor, command.Code, true, cancellationToken);
            var person = loaded?.Forum?.Members.FirstOrDefault(m => m.Id == command.Id);
            if (loaded?.Forum is not { } forum || person is null)
            {
                return null;
            }

            var before = ForumAccess.Snapshot(person);
            forum.RemoveMember(person, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("forum.member.removed", nameof(ForumMember), command.Id, before, null);
            return loaded.Member.Code;
        }
    }
}
