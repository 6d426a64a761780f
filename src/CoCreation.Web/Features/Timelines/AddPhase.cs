using CoCreation.Domain.Common;
using CoCreation.Domain.Timelines;
using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Identity;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Localization;

namespace CoCreation.Web.Features.Timelines;

/// <summary>Adds a phase (awareness, consultation, drafting…) at the end of the current timeline.</summary>
public static class AddPhase
{
    public sealed record Command : ICommand<bool>
    {
        public string Code { get; set; } = "";

        public string NameEn { get; set; } = "";

        public string? NameFr { get; set; }

        public string? NameEs { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.NameEn).NotEmpty().WithMessage(_ => text["Validation.Required"]).MaximumLength(120).WithMessage(_ => text["Validation.MaxLength", 120]);
            RuleFor(c => c.NameFr).MaximumLength(120).WithMessage(_ => text["Validation.MaxLength", 120]);
            RuleFor(c => c.NameEs).MaximumLength(120).WithMessage(_ => text["Validation.MaxLength", 120]);
        }
    }

    /// <summary>False when no member has that code.</summary>
    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            if (await TimelineAccess.LoadForChangeAsync(db, actor, command.Code, cancellationToken) is not { } loaded)
            {
                return false;
            }

            var timeline = loaded.Timeline ?? throw new DomainException("Domain.Timeline.StartFirst");
            var before = TimelineAccess.Snapshot(timeline);
            var phase = timeline.AddPhase(new LocalizedText(command.NameEn, command.NameFr, command.NameEs), actor.RequireUserId(), clock.GetUtcNow());
            audit.Record("timeline.phase-added", nameof(CoCreationTimeline), timeline.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), before, new { Timeline = TimelineAccess.Snapshot(timeline), Phase = new { phase.Name.En, phase.Name.Fr, phase.Name.Es, phase.Order } });
            return true;
        }
    }
}
