using CoCreation.Domain.Comments;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Comments;
using CoCreation.Web.Infrastructure;
using CoCreation.Web.Infrastructure.Mediator;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Submissions;

/// <summary>
/// A confirmed reader reports a published submission that is not theirs, once per account, with the reasons a comment is
/// reported for (one <see cref="ReaderReport"/> serves both). At Portal:Comments:ReportsToHide reports since the support
/// unit last looked, it is hidden from every public page, feed, download and the API until the support unit decides.
/// A double click stores one report (idempotency key) and a filled honeypot stores nothing.
/// </summary>
public static class Report
{
    [Allow(Audience.Participant)]
    [ChangesPublicData]
    public sealed record Command : ReportForm, ICommand<Outcome?>, IHoneypotForm<Outcome?>
    {
        /// <summary>A robot is told its report was taken and the submission is still public, as if nothing happened.</summary>
        Outcome? IHoneypotForm<Outcome?>.RobotAnswer => new(true);
    }

    /// <param name="StillPublic">False when this report hid it: the reader can no longer open its page.</param>
    public sealed record Outcome(bool StillPublic);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            this.ReportFormRules(text, "SubmissionReport.ChooseReason");
        }
    }

    /// <summary>Null when there is no submission the reader could read.</summary>
    public sealed class Handler(
        PortalDbContext db,
        CurrentActor actor,
        TimeProvider clock,
        IOptions<PortalOptions> options,
        IStringLocalizer<SharedResource> text,
        ILogger<Handler> logger
    ) : ICommandHandler<Command, Outcome?>
    {
        public async ValueTask<Outcome?> Handle(Command command, CancellationToken cancellationToken)
        {
            var userId = actor.RequireUserId();
            // Locked for the transaction: three readers reporting at the same moment all count, in turn.
            var submission = await db
                .Submissions.FromSql($"SELECT *, xmin FROM submissions WHERE id = {command.Id} FOR UPDATE")
                .SingleOrDefaultAsync(cancellationToken);
            if (submission is null || (!submission.IsPublic && submission.AuthorId != userId))
            {
                return null;
            }

            if (
                await command.SentAgainAsync(
                    db.ReaderReports.Where(r => r.SubmissionId == submission.Id && r.ReporterId == userId),
                    "Domain.Submission.AlreadyReported",
                    cancellationToken
                )
            )
            {
                return new Outcome(submission.IsPublic);
            }

            await Contributor.RequireConfirmedAsync(db, actor, text, cancellationToken);
            var now = clock.GetUtcNow();
            var hidden = submission.CountReport(userId, options.Value.Comments.ReportsToHide, now);
            db.ReaderReports.Add(
                ReaderReport.OfSubmission(submission.Id, userId, command.Reason!.Value, command.Text, command.IdempotencyKey, now)
            );
            if (hidden)
            {
                logger.LogInformation(
                    "Submission {SubmissionId} hidden for review after {Reports} reports",
                    submission.Id,
                    submission.OpenReports
                );
            }

            return new Outcome(!hidden);
        }
    }
}
