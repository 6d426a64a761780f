using CoCreation.Domain.Members;
using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Localization;

namespace CoCreation.Web.Features.Members;

/// <summary>Staff correct a member's record; its code stays, since links and exports use it.</summary>
public static class Edit
{
    [Allow(Audience.SupportUnit)]
    public sealed record Query(string Code) : IQuery<Command?>;

    [Allow(Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : MemberForm, ICommand<bool>;

    public sealed class Validator(IStringLocalizer<SharedResource> text) : MemberFormValidator<Command>(text);

    public sealed class QueryHandler(PortalDbContext db) : IQueryHandler<Query, Command?>
    {
        public async ValueTask<Command?> Handle(Query query, CancellationToken cancellationToken)
        {
            return await MemberFilter
                .WithCode(db, query.Code)
                .Select(m => new Command
                {
                    Code = m.Code,
                    Kind = m.Kind,
                    Region = m.Region,
                    Name = LocalizedInput.From(m.Name),
                    JoinedOn = m.JoinedOn,
                    IsNewMember = m.IsNewMember,
                    CycleStatus = m.CycleStatus,
                    CountryCode = db.Members.Where(p => p.Id == m.ParentId).Select(p => p.Code).FirstOrDefault(),
                    CurrentCycle = m.CurrentCycle,
                })
                .SingleOrDefaultAsync(cancellationToken);
        }
    }

    /// <summary>False when no member has that code.</summary>
    public sealed class Handler(PortalDbContext db, AuditTrail audit, TimeProvider clock, IStringLocalizer<SharedResource> text)
        : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var code = command.Code.ToUpperInvariant();
            var member = await db.Members.SingleOrDefaultAsync(m => m.Code == code, cancellationToken);
            if (member is null)
            {
                return false;
            }

            var before = MemberForm.Snapshot(member);
            member.Update(command.Region, command.ToName(), command.JoinedOn, command.IsNewMember, command.CycleStatus, clock.GetUtcNow());
            await command.ApplyPlaceAsync(db, member, text, clock.GetUtcNow(), cancellationToken);
            audit.Record("member.updated", nameof(Member), member.Code, before, MemberForm.Snapshot(member));
            return true;
        }
    }
}
