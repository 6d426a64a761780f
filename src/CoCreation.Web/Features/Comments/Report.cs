using CoCreation.Domain.Comments;
using CoCreation.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Comments;

/// <summary>
/// A reader reports a published comment, once per account. At Portal:Comments:ReportsToHide reports since the support
/// unit last looked, the comment is hidden until the support unit reviews it in its queue. A double click stores one
/// report (idempotency key) and a filled honeypot stores nothing.
/// </summary>
public static class Report
{
    [Allow(Audience.Participant)]
    [ChangesPublicData]
    public sealed record Command : ReportForm, ICommand<string?>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            this.ReportFormRules(text, "Comment.ChooseReason");
        }
    }

    /// <summary>The comment's address on its page; null when there is no comment the reader could see.</summary>
    public sealed class Handler(
        PortalDbContext db,
        CurrentActor actor,
        TimeProvider clock,
        IOptions<PortalOptions> options,
        ILogger<Handler> logger
    ) : ICommandHandler<Command, string?>
    {
        public async ValueTask<string?> Handle(Command command, CancellationToken cancellationToken)
        {
            var userId = actor.RequireUserId();

            // Locked for the transaction: three readers reporting at the same moment all count, in turn.
            var comment = await db
                .Comments.FromSql($"SELECT *, xmin FROM comments WHERE id = {command.Id} FOR UPDATE")
                .SingleOrDefaultAsync(cancellationToken);
            if (comment is null || (comment.Status != CommentStatus.Published && comment.AuthorId != userId))
            {
                return null;
            }

            if (!string.IsNullOrEmpty(command.Website))
            {
                logger.LogWarning("Honeypot filled on a report of comment {CommentId} by {UserId}; nothing stored", comment.Id, userId);
                return await CommentPages.LinkAsync(db, comment, cancellationToken);
            }

            if (
                await command.SentAgainAsync(
                    db.ReaderReports.Where(r => r.CommentId == comment.Id && r.ReporterId == userId),
                    "Domain.Comment.AlreadyReported",
                    cancellationToken
                )
            )
            {
                return await CommentPages.LinkAsync(db, comment, cancellationToken);
            }

            var hidden = comment.CountReport(userId, options.Value.Comments.ReportsToHide);
            db.ReaderReports.Add(
                ReaderReport.OfComment(comment.Id, userId, command.Reason!.Value, command.Text, command.IdempotencyKey, clock.GetUtcNow())
            );
            if (hidden)
            {
                logger.LogInformation("Comment {CommentId} hidden for review after {Reports} reports", comment.Id, comment.OpenReports);
            }

            return await CommentPages.LinkAsync(db, comment, cancellationToken);
        }
    }
}
