using CoCreation.Domain.Comments;
using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure.Email;
using CoCreation.Web.Infrastructure.Localization;
using CoCreation.Web.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

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

        var told = new HashSet<Guid>();
        if (comment.AuthorId is { } writer)
        {
            told.Add(writer);
        }

        // The officials first: the author speaking after their answer is what they need to hear, even in a reply to them.
        var authorAfterAnswer = facts.AuthorId is not null && comment.AuthorId == facts.AuthorId && facts.AnsweredAt is not null;
        if (authorAfterAnswer)
        {
            var officials = await db
                .OfficialAssignments.Where(a => a.MemberId == facts.MemberId)
                .Select(a => a.UserId)
                .ToListAsync(cancellationToken);
            foreach (var official in officials)
            {
                await TellAsync(official, Why.AuthorAfterAnswer, comment, facts, told, cancellationToken);
            }
        }

        if (comment.ParentId is { } parentId)
        {
            var parentAuthor = await db
                .Comments.Where(c => c.Id == parentId)
                .Select(c => c.AuthorId)
                .SingleOrDefaultAsync(cancellationToken);
            await TellAsync(parentAuthor, Why.Reply, comment, facts, told, cancellationToken);
        }

        await TellAsync(facts.AuthorId, Why.OnSubmission, comment, facts, told, cancellationToken);
    }

    private async Task TellAsync(
        Guid? recipientId,
        Why why,
        Comment comment,
        TargetFacts facts,
        HashSet<Guid> told,
        CancellationToken cancellationToken
    )
    {
        if (recipientId is not { } id || !told.Add(id))
        {
            return;
        }

        var recipient = await db
            .Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new
            {
                u.Email,
                u.DisplayName,
                u.PreferredLanguage,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (recipient?.Email is null)
        {
            return;
        }

        using var language = LanguageScope.In(recipient.PreferredLanguage);
        var writer = string.IsNullOrEmpty(comment.AuthorName) ? text["Submission.FormerParticipant"].Value : comment.AuthorName;
        outbox.Enqueue(
            recipient.Email,
            text[$"Email.Comment.{why}.Subject", facts.Title],
            [text["Email.Greeting", recipient.DisplayName], text[$"Email.Comment.{why}", writer, facts.Title], comment.Text],
            new EmailAction(text["Email.Comment.Action"], links.To(facts.LinkTo(comment.Id)))
        );
    }
}
