using CoCreation.Domain.Events;
using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Email;

namespace CoCreation.Web.Features.Events;

/// <summary>
/// The support unit writes to everyone with a seat (and, if chosen, everyone waiting): one email each,
/// queued in the outbox in one transaction, so all of them leave or none.
/// </summary>
public static class MessageRegistrants
{
    [Allow(Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : ICommand<int>
    {
        public int EventId { get; set; }

        public string Subject { get; set; } = "";

        public string Message { get; set; } = "";

        public bool IncludeWaiting { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Subject).NotEmpty().MaximumLength(200);
            RuleFor(c => c.Message).NotEmpty().MaximumLength(10000);
        }
    }

    /// <summary>How many people were written to.</summary>
    public sealed class Handler(
        PortalDbContext db,
        EmailOutbox outbox,
        AuditTrail audit,
        PortalLinks links,
        IStringLocalizer<SharedResource> text
    ) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var recipients = await db.Set<Registration>()
                .AsNoTracking()
                .Where(r =>
                    r.EventId == command.EventId
                    && (r.Status == RegistrationStatus.Confirmed || (command.IncludeWaiting && r.Status == RegistrationStatus.Waiting))
                )
                .OrderBy(r => r.Sequence)
                .Select(r => new
                {
                    r.Registrant.Name,
                    r.Registrant.Email,
                    r.Registrant.Language,
                    r.CancellationCode,
                })
                .ToListAsync(cancellationToken);
            var paragraphs = command
                .Message.Replace("\r\n", "\n", StringComparison.Ordinal)
                .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var recipient in recipients)
            {
                // The organiser's words as written; what the portal adds is in the registrant's language.
                using var scope = Infrastructure.Localization.LanguageScope.In(recipient.Language);
                outbox.Enqueue(
                    recipient.Email,
                    command.Subject.Trim(),
                    paragraphs,
                    new EmailAction(text["Email.Event.Open"], links.To(Paths.Event(command.EventId)))
                );
            }

            audit.Record(
                "event.messaged",
                nameof(Event),
                command.EventId,
                null,
                new
                {
                    command.Subject,
                    Recipients = recipients.Count,
                    command.IncludeWaiting,
                }
            );
            return recipients.Count;
        }
    }
}
