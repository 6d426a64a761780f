using CoCreation.Domain.Comments;
using CoCreation.Web.Infrastructure.Email;
using CoCreation.Web.Infrastructure.Localization;

namespace CoCreation.Web.Features.Comments;

/// <summary>
/// When a comment becomes public (once per comment), through the outbox and in each reader's own language: the
/// author of the comment it answers, the author of the submission it is written under, and — when the submission's
/// author speaks after the government's answer — the member's officials. Nobody is told of their own words, and
/// nobody twice for one comment.
/// </summary>
public sealed class CommentEmails(PortalDbContext db, EmailOutbox outbox, PortalLinks links, IStringLocalizer<SharedResource> text)
    : INotificationHandler<CommentPublished>
{
    private enum Why
    {
        Reply,
        OnSubmission,
        AuthorAfterAnswer,
    }

    public async ValueTask Handle(CommentPublished notification, CancellationToken cancellationToken)
    {
        var comment = notification.Comment;
        var facts = await CommentTargets.FindOpenAsync(db, comment.Target, cancellationToken);
        if (facts is null)
        {
            return;
        }

        // Who hears and why, in this order; the first reason wins (nobody twice), and the writer never hears of their words.
        var recipients = new List<(Guid Id, Why Why)>();
        void Tell(Guid? recipientId, Why why)
        {
            if (recipientId is { } id && id != comment.AuthorId && recipients.TrueForAll(r => r.Id != id))
            {
                recipients.Add((id, why));
            }
        }

        // The officials first: the author speaking after their answer is what they need to hear, even in a reply to them.
        var authorAfterAnswer = facts.AuthorId is not null && comment.AuthorId == facts.AuthorId && facts.AnsweredAt is not null;
        if (authorAfterAnswer)
        {
            var officials = await db
                .OfficialAssignments.Where(a => a.MemberId == facts.MemberId)
                .Select(a => a.UserId)
                .ToListAsync(cancellationToken);
            officials.ForEach(official => Tell(official, Why.AuthorAfterAnswer));
        }

        if (comment.ParentId is { } parentId)
        {
            Tell(await db.Comments.Where(c => c.Id == parentId).Select(c => c.AuthorId).SingleOrDefaultAsync(cancellationToken), Why.Reply);
        }

        Tell(facts.AuthorId, Why.OnSubmission);
        if (recipients.Count == 0)
        {
            return;
        }

        var ids = recipients.ConvertAll(r => r.Id);
        var people = await db
            .Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.PreferredLanguage,
            })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        foreach (var (id, why) in recipients)
        {
            if (people.GetValueOrDefault(id) is not { Email: { } email } recipient)
            {
                continue;
            }

            using var language = LanguageScope.In(recipient.PreferredLanguage);
            outbox.Enqueue(
                email,
                text[$"Email.Comment.{why}.Subject", facts.Title],
                [
                    text["Email.Greeting", recipient.DisplayName],
                    text[$"Email.Comment.{why}", AuthorText.Show(text, comment.AuthorName), facts.Title],
                    comment.Text,
                ],
                new EmailAction(text["Email.Comment.Action"], links.To(facts.LinkTo(comment.Id)))
            );
        }
    }
}
