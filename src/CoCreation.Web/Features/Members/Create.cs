using CoCreation.Domain.Members;
using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Mediator;

namespace CoCreation.Web.Features.Members;

/// <summary>Staff add a member (a country or a subnational entity).</summary>
public static class Create
{
    [Allow(Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : MemberForm, ICommand<string>;

    public sealed class Validator(IStringLocalizer<SharedResource> text) : MemberFormValidator<Command>(text);

    public sealed class Handler(PortalDbContext db, AuditTrail audit, TimeProvider clock, IStringLocalizer<SharedResource> text)
        : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var member = Member.Create(
                command.Code,
                command.Kind,
                command.Region,
                command.ToName(),
                command.JoinedOn,
                command.IsNewMember,
                command.CycleStatus,
                clock.GetUtcNow()
            );
            if (await db.Members.AnyAsync(m => m.Code == member.Code, cancellationToken))
            {
                throw new InputException(nameof(Command.Code), text["Member.CodeTaken", member.Code]);
            }

            await command.ApplyPlaceAsync(db, member, text, clock.GetUtcNow(), cancellationToken);
            db.Members.Add(member);
            audit.Record("member.created", nameof(Member), member.Code, null, MemberForm.Snapshot(member));
            return member.Code;
        }
    }
}
