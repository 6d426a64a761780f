using CoCreation.Domain.Submissions;
using CoCreation.Web.Infrastructure.Email;

namespace CoCreation.Web.Features.Submissions;

/// <summary>
/// Tells people what happened, through the outbox, in each reader's own language: the author at every
/// decision that concerns them (not a spam mark, not a light edit; readers' reports hiding it, its restoring and its
/// removal with the reason, yes). Officials get one digest per
/// forwarding decision (<see cref="ForwardedDigest"/>), however many submissions it forwarded.
/// </summary>
public sealed class SubmissionEmails(
    AuthorEmails authors,
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

        if (submission.AuthorId is { } authorId)
        {
            await authors.SendAsync(
                authorId,
                $"Email.Submission.{step}",
                submission.Title,
                () =>
                    step switch
                    {
                        SubmissionStepKind.Answered => $"{text["Outcome." + submission.Outcome]}: {submission.AnswerReason}",
                        SubmissionStepKind.Removed => submission.RemovalReason ?? "",
                        SubmissionStepKind.Rejected => submission.RejectionReason ?? "",
                        _ => null,
                    },
                "Email.Submission.Action",
                links.To(Paths.Submission(submission.Id)),
                cancellationToken
            );
        }

        if (step == SubmissionStepKind.Forwarded)
        {
            forwarded.Add(submission);
        }
    }
}
