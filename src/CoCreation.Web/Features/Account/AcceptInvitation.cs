using CoCreation.Domain.Members;
using CoCreation.Web.Features.Submissions;
using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Mediator;
using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Features.Account;

/// <summary>
/// A government point of contact accepts the support unit's emailed invitation: a new person chooses a
/// name and password (the link proved the mailbox, so the email counts as confirmed) and is signed in;
/// someone who already has an account signs in with it first. Either way they become an official of the
/// member, and what waited for a government contact is delivered to them.
/// </summary>
public static class AcceptInvitation
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(string? Code) : IQuery<Model?>;

    /// <param name="AccountExists">The invited address already has an account: accept by signing in with it.</param>
    /// <param name="SignedInAsInvited">The person signed in is the invited address.</param>
    public sealed record Model(
        string Email,
        string Name,
        LocalizedText MemberName,
        string MemberCode,
        bool AccountExists,
        bool SignedInAsInvited
    );

    [Allow(Audience.Anonymous)]
    [ChangesPublicData]
    public sealed record Command : ICommand<Result>
    {
        public string? Code { get; set; }

        /// <summary>Accept with the account signed in now: no new name or password.</summary>
        public bool WithMyAccount { get; set; }

        public string DisplayName { get; set; } = "";

        public string Password { get; set; } = "";

        public string ConfirmPassword { get; set; } = "";
    }

    public enum Result
    {
        /// <summary>A new official account; the page signs the person in.</summary>
        Created,

        /// <summary>The signed-in account became an official of the member.</summary>
        Added,
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            When(
                c => !c.WithMyAccount,
                () =>
                {
                    RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(100);
                    RuleFor(c => c.Password).NewPassword(text);
                    RuleFor(c => c.ConfirmPassword).RepeatsPassword(c => c.Password, text);
                }
            );
        }
    }

    public sealed class QueryHandler(PortalDbContext db, CurrentActor actor, TimeProvider clock) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var invitation = await FindOpenAsync(db, query.Code, clock.GetUtcNow(), cancellationToken);
            if (invitation is null)
            {
                return null;
            }

            var member = await db
                .Members.AsNoTracking()
                .Where(m => m.Id == invitation.MemberId)
                .Select(m => new { m.Code, m.Name })
                .SingleAsync(cancellationToken);
            var normalized = invitation.Email.ToUpperInvariant();
            var account = await db
                .Users.AsNoTracking()
                .Where(u => u.NormalizedEmail == normalized)
                .Select(u => (Guid?)u.Id)
                .SingleOrDefaultAsync(cancellationToken);
            return new Model(
                invitation.Email,
                invitation.Name,
                member.Name,
                member.Code,
                account is not null,
                account is not null && account == actor.UserId
            );
        }
    }

    public sealed class Handler(
        PortalDbContext db,
        UserManager<PortalUser> users,
        SignInManager<PortalUser> signIn,
        CurrentActor actor,
        HeldForwarding held,
        AuditTrail audit,
        TimeProvider clock,
        IStringLocalizer<SharedResource> text,
        Notifications.Happenings happenings
    ) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var invitation = await FindOpenAsync(db, command.Code, now, cancellationToken, track: true)
                ?? throw new InputException("", text["Invite.Invalid"]);
            var existing = await users.FindByEmailAsync(invitation.Email);
            PortalUser user;
            Result result;
            if (existing is not null)
            {
                if (actor.UserId != existing.Id)
                {
                    throw new InputException("", text["Invite.SignInFirst", invitation.Email]);
                }

                user = existing;
                result = Result.Added;
            }
            else
            {
                if (actor.IsAuthenticated)
                {
                    throw new InputException("", text["Invite.OtherAccount", invitation.Email]);
                }

                if (command.WithMyAccount)
                {
                    // Only a tampered form asks for this: there is no account to accept with.
                    throw new InputException("", text["Invite.Invalid"]);
                }

                user = new PortalUser
                {
                    UserName = invitation.Email,
                    Email = invitation.Email,
                    EmailConfirmed = true,
                    DisplayName = command.DisplayName.Trim(),
                    PreferredLanguage = invitation.Language,
                    CreatedAt = now,
                };
                await AccountRules.CheckPasswordPolicyAsync(users, invitation.Email, command.Password, nameof(Command.Password));
                (await users.CreateAsync(user, command.Password)).ThrowIfFailed(nameof(Command.Password));
                result = Result.Created;
            }

            if (!await users.IsInRoleAsync(user, Roles.GovernmentOfficial))
            {
                (await users.AddToRoleAsync(user, Roles.GovernmentOfficial)).ThrowIfFailed("");
            }

            if (!await db.OfficialAssignments.AnyAsync(a => a.UserId == user.Id && a.MemberId == invitation.MemberId, cancellationToken))
            {
                db.OfficialAssignments.Add(new OfficialAssignment(user.Id, invitation.MemberId, now));
            }

            await happenings.FollowForAsync(user.Id, Domain.Notifications.FollowedKind.Member, invitation.MemberId, cancellationToken);

            invitation.Accept(user.Id, now);
            audit.Record(
                "member.contact-accepted",
                "Account",
                user.Id.ToString(),
                null,
                new { invitation.MemberId, Roles = new[] { Roles.GovernmentOfficial } }
            );
            await held.DeliverAsync([invitation.MemberId], cancellationToken);

            // The session carries the new role at once (and, for a new account, starts here).
            if (result == Result.Created)
            {
                await signIn.SignInAsync(user, isPersistent: false);
            }
            else
            {
                await signIn.RefreshSignInAsync(user);
            }

            return result;
        }
    }

    private static async Task<ContactInvitation?> FindOpenAsync(
        PortalDbContext db,
        string? code,
        DateTimeOffset now,
        CancellationToken cancellationToken,
        bool track = false
    )
    {
        if (string.IsNullOrEmpty(code) || code.Length > 100)
        {
            return null;
        }

        var hash = ContactInvitation.Hash(code);
        var invitations = track ? db.ContactInvitations : db.ContactInvitations.AsNoTracking();
        var invitation = await invitations.SingleOrDefaultAsync(i => i.SecretHash == hash, cancellationToken);
        return invitation is not null && invitation.IsOpen(now) ? invitation : null;
    }
}
