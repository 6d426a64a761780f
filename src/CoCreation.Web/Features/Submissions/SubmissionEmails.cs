using CoCreation.Domain.Submissions;
using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure.Email;
using CoCreation.Web.Infrastructure.Localization;
using CoCreation.Web.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoCreation.Web.Features.Submissions;

/// <summary>
/// Tells people what happened, through the outbox, in each reader's own language: the author at every
/// decision that concerns them (not a spam mark, not a light edit; readers' reports hiding it, its restoring and its
/// removal with the reason, yes). Officials get one digest per
/// forwarding decision (<see cref="ForwardedDigest"/>), however many submissions it forwarded.
/// </summary>
public sealed class SubmissionEmails(
    PortalDbContext db,
    EmailOutbox outbox,
    PortalLinks links,
    IStringLocalizer<SharedResource> text,
    ForwardedDigest forwarded
) : INotificationHandler<SubmissionStepTaken>
{
    public async ValueTask Handle(SubmissionStepTaken notification, CancellationToken cancellationToken)
    {
        var submission = notification.Submission;
        var step = notification.Step;
        if (step is SubmissionStepKind.MarkedSpam or SubmissionStepKind.Edited)
        {
            return;
        }

        var link = links.To(Paths.Submission(submission.Id));
        if (submission.AuthorId is { } authorId)
        {
            var author = await db
                .Users.AsNoTracking()
                .Where(u => u.Id == authorId)
                .Select(u => new
                {
                    u.Email,
                    u.DisplayName,
                    u.PreferredLanguage,
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (author?.Email is not null)
            {
                using var language = LanguageScope.In(author.PreferredLanguage);
                var paragraphs = new List<string>
                {
                    text["Email.Greeting", author.DisplayName],
                    text[$"Email.Submission.{step}", submission.Title],
                };
                if (step is SubmissionStepKind.Rejected or SubmissionStepKind.Answered or SubmissionStepKind.Removed)
                {
                    paragraphs.Add(
                        step switch
                        {
                            SubmissionStepKind.Answered => $"{text["Outcome." + submission.Outcome]}: {submission.AnswerReason}",
                            SubmissionStepKind.Removed => submission.RemovalReason ?? "",
                            _ => submission.RejectionReason ?? "",
                        }
                    );
                }

                outbox.Enqueue(
                    author.Email,
                    text[$"Email.Submission.{step}.Subject", submission.Title],
                    paragraphs,
                    new EmailAction(text["Email.Submission.Action"], link)
                );
            }
        }

        if (step == SubmissionStepKind.Forwarded)
        {
            forwarded.Add(submission);
        }
    }
}
