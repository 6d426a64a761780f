using CoCreation.Domain.Events;
using CoCreation.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Features.Account;

/// <summary>
/// A participant deletes their account (QUALITY.md, privacy), confirming with their password. Their public
/// submissions stay — the answers belong to everyone — without their name, organisation or account; the
/// ones never published are deleted; their endorsements go (the counts stay); their event registrations no
/// longer name them and a seat they held at an event still to come goes to the next person waiting; their
/// newsletter subscription is deleted; the account goes. Staff accounts are closed by an administrator, and
/// someone who wrote blog posts asks the Support Unit first (a post stays signed by its author). The audit
/// trail, append-only, keeps that it happened.
/// </summary>
public static class DeleteAccount
{
    [Allow(Audience.Participant)]
    public sealed record Command : PasswordAgainForm, ICommand;

    public sealed class Validator : PasswordAgainValidator<Command>;

    public sealed class Handler(
        PortalDbContext db,
        UserManager<PortalUser> users,
        SignInManager<PortalUser> signIn,
        CurrentActor actor,
        AuditTrail audit,
        TimeProvider clock,
        PasswordConfirmation passwords
    ) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.SignedInAsync(actor);
            if (Roles.IsStaff(actor.Principal))
            {
                throw new DomainException("Account.Delete.Staff");
            }

            // The page is rate-limited like the other account forms, so it is no way to guess a password.
            await passwords.RequireAsync(user, command.Password, nameof(Command.Password));

            if (await db.BlogPosts.AnyAsync(p => p.AuthorId == user.Id, cancellationToken))
            {
                throw new DomainException("Account.Delete.HasBlogPosts");
            }

            var now = clock.GetUtcNow();
            var email = user.Email ?? "";
            foreach (var submission in await db.Submissions.Where(s => s.AuthorId == user.Id).ToListAsync(cancellationToken))
            {
                if (submission.IsPublic)
                {
                    submission.RemoveAuthor();
                }
                else
                {
                    db.Submissions.Remove(submission);
                }
            }

            // Comments are part of public conversations: they stay, signed "a former participant", like submissions.
            foreach (var comment in await db.Comments.Where(c => c.AuthorId == user.Id).ToListAsync(cancellationToken))
            {
                comment.RemoveAuthor();
            }

            var person = new Registrant(user.Id, user.DisplayName, email);
            var registeredAt = await AccountRules
                .RegistrationsOf(db, user.Id, email)
                .Select(r => r.EventId)
                .Distinct()
                .ToListAsync(cancellationToken);
            foreach (
                var registered in await db
                    .Events.Include(e => e.Registrations)
                    .Where(e => registeredAt.Contains(e.Id))
                    .ToListAsync(cancellationToken)
            )
            {
                registered.Forget(person, now);
            }

            await db.Subscribers.Where(s => s.Email.ToLower() == email.ToLower()).ExecuteDeleteAsync(cancellationToken);

            // What they followed and were told goes with the account; what they did stays, no longer naming them.
            await db.Follows.Where(f => f.PersonId == user.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Notifications.Where(n => n.PersonId == user.Id).ExecuteDeleteAsync(cancellationToken);
            await db.NotificationSettings.Where(s => s.PersonId == user.Id).ExecuteDeleteAsync(cancellationToken);
            await db
                .Happenings.Where(h => h.ActorId == user.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.ActorId, (Guid?)null), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            (await users.DeleteAsync(user)).ThrowIfFailed("");
            audit.Record("account.deleted", "Account", user.Id.ToString(), null, null);
            await signIn.SignOutAsync();
            return Unit.Value;
        }
    }
}
