using CoCreation.Domain.Members;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Account;
using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Email;
using CoCreation.Web.Infrastructure.Localization;

namespace CoCreation.Web.Features.Members;

/// <summary>
/// The support unit invites a member's government point of contact by email, in the contact's language.
/// The page shows who already answers for the member, the invitations still open and how many
/// submissions wait for a contact; accepting is <see cref="Account.AcceptInvitation"/>.
/// </summary>
public static class InviteContact
{
    [Allow(Audience.SupportUnit)]
    public sealed record Query(string Code) : IQuery<Model?>;

    public sealed record Model(
        string Code,
        LocalizedText Name,
        IReadOnlyList<Contact> Officials,
        IReadOnlyList<OpenInvitation> Invitations,
        int Waiting
    );

    public sealed record Contact(string Name, string? Email);

    public sealed record OpenInvitation(string Name, string Email, string Language, DateTimeOffset InvitedAt, DateTimeOffset ExpiresAt);

    [Allow(Audience.SupportUnit)]
    public sealed record Command : ICommand
    {
        public string Code { get; set; } = "";

        public string Name { get; set; } = "";

        public string Email { get; set; } = "";

        public string Language { get; set; } = "en";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Name).NotEmpty().MaximumLength(ContactInvitation.NameMax);
            RuleFor(c => c.Email).ValidEmail(text);
            RuleFor(c => c.Language).Must(l => LocalizationSetup.Languages.Contains(l)).WithMessage(_ => text["Validation.Choice"]);
        }
    }

    public sealed class QueryHandler(PortalDbContext db, TimeProvider clock) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            return await MemberFilter
                .WithCode(db, query.Code)
                .Select(m => new Model(
                    m.Code,
                    m.Name,
                    db.OfficialAssignments.Where(a => a.MemberId == m.Id)
                        .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => u)
                        .OrderBy(u => u.DisplayName)
                        .Select(u => new Contact(u.DisplayName, u.Email))
                        .ToList(),
                    db.ContactInvitations.Where(i => i.MemberId == m.Id && i.AcceptedAt == null && i.ExpiresAt > now)
                        .OrderByDescending(i => i.InvitedAt)
                        .Select(i => new OpenInvitation(i.Name, i.Email, i.Language, i.InvitedAt, i.ExpiresAt))
                        .ToList(),
                    db.Submissions.Count(s => s.MemberId == m.Id && s.Status == SubmissionStatus.AwaitingContact)
                ))
                .SingleOrDefaultAsync(cancellationToken);
        }
    }

    public sealed class Handler(
        PortalDbContext db,
        CurrentActor actor,
        EmailOutbox outbox,
        PortalLinks links,
        AuditTrail audit,
        TimeProvider clock,
        IStringLocalizer<SharedResource> text
    ) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var member = await MemberFilter
                .WithCode(db, command.Code)
                .Select(m => new
                {
                    m.Id,
                    m.Code,
                    m.Name,
                })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new DomainException("Domain.Member.Unknown");
            var now = clock.GetUtcNow();
            var (invitation, secret) = ContactInvitation.Create(
                member.Id,
                command.Email,
                command.Name,
                command.Language,
                actor.RequireUserId(),
                now
            );
            db.ContactInvitations.Add(invitation);
            var waiting = await db.Submissions.CountAsync(
                s => s.MemberId == member.Id && s.Status == SubmissionStatus.AwaitingContact,
                cancellationToken
            );

            using var language = LanguageScope.In(invitation.Language);
            var name = member.Name.In(System.Globalization.CultureInfo.CurrentUICulture);
            var paragraphs = new List<string>
            {
                text["Email.Greeting", invitation.Name],
                text["Email.Invite.Body", name],
                text["Email.Invite.Role"],
            };
            if (waiting > 0)
            {
                paragraphs.Add(text["Email.Invite.Waiting", waiting]);
            }

            paragraphs.Add(text["Email.Invite.Ignore"]);
            outbox.Enqueue(
                invitation.Email,
                text["Email.Invite.Subject", name],
                paragraphs,
                new EmailAction(text["Email.Invite.Action"], links.To(Paths.AcceptInvitation(secret)), invitation.ExpiresAt)
            );
            audit.Record("member.contact-invited", nameof(Member), member.Code, null, new { invitation.Email, invitation.Language });
            return Unit.Value;
        }
    }
}
