using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Events;

/// <summary>After the event the support unit ticks who came; every confirmed registrant not ticked was absent.</summary>
public static class Attendance
{
    [Allow(Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command(int EventId, IReadOnlyList<long> Present) : ICommand<bool>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text) =>
            RuleFor(c => c.Present).Must(p => p.Count <= 100_000).WithMessage(_ => text["Validation.Choice"]);
    }

    public sealed class Handler(PortalDbContext db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var planned = await EventLock.LoadLockedAsync(db, command.EventId, cancellationToken);
            if (planned is null)
            {
                return false;
            }

            var present = command.Present.ToHashSet();
            planned.RecordAttendance(present, clock.GetUtcNow());
            audit.Record(
                "event.attendance",
                nameof(Domain.Events.Event),
                planned.Id,
                null,
                new { Present = planned.Registrations.Where(r => r.Attended == true).Select(r => r.Id).Order().ToList() }
            );
            return true;
        }
    }
}
