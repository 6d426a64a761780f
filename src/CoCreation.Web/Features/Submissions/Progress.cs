using CoCreation.Domain.Submissions;

namespace CoCreation.Web.Features.Submissions;

/// <summary>
/// A submission's life cycle as four stages (sent → moderated → forwarded → answered), each with the date it was
/// reached, for the step tracker on its page. The last stage reached is the present one; a submission that was
/// refused, marked as spam or withdrawn stops there, and the stages after it are never reached.
/// </summary>
public static class Progress
{
    public enum StageState
    {
        Done,
        Waiting,
        Stopped,
        NotReached,
    }

    /// <param name="Label">The resource key of the stage's name as it stands (e.g. "Status.Published", "Status.Rejected").</param>
    /// <param name="Present">Where the submission stands now (the last stage reached): aria-current="step".</param>
    public sealed record Stage(string Label, DateTimeOffset? At, StageState State, bool Present);

    private static readonly string[] NotYet = ["Step.Submitted", "Progress.Moderation", "Status.Forwarded", "Submission.Answer"];

    public static IReadOnlyList<Stage> Of(SubmissionStatus status, IReadOnlyList<Details.Step> history)
    {
        var reached = new (string Label, DateTimeOffset? At, StageState State)?[4];
        var last = -1;
        void Reach(int index, string label, DateTimeOffset? at, StageState state = StageState.Done)
        {
            reached[index] = (label, at, state);
            last = Math.Max(last, index);
        }

        foreach (var step in history)
        {
            switch (step.Kind)
            {
                case SubmissionStepKind.Submitted:
                    Reach(0, "Step.Submitted", step.At);
                    break;
                case SubmissionStepKind.Published:
                    Reach(1, "Status.Published", step.At);
                    break;
                case SubmissionStepKind.Rejected:
                    Reach(1, "Status.Rejected", step.At, StageState.Stopped);
                    break;
                case SubmissionStepKind.MarkedSpam:
                    Reach(1, "Status.Spam", step.At, StageState.Stopped);
                    break;
                case SubmissionStepKind.AwaitingContact:
                    Reach(2, "Status.AwaitingContact", step.At, StageState.Waiting);
                    break;
                case SubmissionStepKind.Forwarded:
                    Reach(2, "Status.Forwarded", step.At);
                    break;
                case SubmissionStepKind.Answered:
                    Reach(3, "Status.Answered", step.At);
                    break;
                case SubmissionStepKind.Withdrawn:
                    Reach(Math.Min(last + 1, 3), "Status.Withdrawn", step.At, StageState.Stopped);
                    break;
                case SubmissionStepKind.Removed:
                    Reach(Math.Min(last + 1, 3), "Status.Removed", step.At, StageState.Stopped);
                    break;
            }
        }

        // A visitor is not shown every step (a withdrawal, say): the state itself still says where it stopped.
        var stopLabel = status switch
        {
            SubmissionStatus.Withdrawn => "Status.Withdrawn",
            SubmissionStatus.Removed => "Status.Removed",
            SubmissionStatus.Rejected => "Status.Rejected",
            SubmissionStatus.Spam => "Status.Spam",
            _ => null,
        };
        if (stopLabel is not null && (last < 0 || reached[last]!.Value.State != StageState.Stopped))
        {
            var index = status is SubmissionStatus.Withdrawn or SubmissionStatus.Removed ? Math.Min(last + 1, 3) : 1;
            Reach(index, stopLabel, null, StageState.Stopped);
        }

        if (last < 0)
        {
            Reach(0, "Step.Submitted", null);
        }

        return Enumerable
            .Range(0, 4)
            .Select(i =>
                reached[i] is { } r && i <= last
                    ? new Stage(r.Label, r.At, r.State, i == last)
                    : new Stage(NotYet[i], null, StageState.NotReached, false)
            )
            .ToList();
    }
}
