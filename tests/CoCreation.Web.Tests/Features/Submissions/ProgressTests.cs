using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Submissions;
using State = CoCreation.Web.Features.Submissions.Progress.StageState;

namespace CoCreation.Web.Tests.Features.Submissions;

/// <summary>The step tracker's four stages: where a submission stands, and where a refused or withdrawn one stopped.</summary>
public sealed class ProgressTests
{
    private static readonly DateTimeOffset Sent = new(2017, 3, 27, 9, 0, 0, TimeSpan.Zero);

    private static Details.Step Step(SubmissionStepKind kind, int day) => new(kind, Sent.AddDays(day), null);

    private static List<(string, State, bool)> Stages(SubmissionStatus status, params Details.Step[] history) =>
        Progress.Of(status, history).Select(s => (s.Label, s.State, s.Present)).ToList();

    [Fact]
    public void A_forwarded_submission_stands_at_forwarded_with_the_answer_still_to_come()
    {
        Assert.Equal(
            [
                ("Step.Submitted", State.Done, false),
                ("Status.Published", State.Done, false),
                ("Status.Forwarded", State.Done, true),
                ("Submission.Answer", State.NotReached, false),
            ],
            Stages(
                SubmissionStatus.Forwarded,
                Step(SubmissionStepKind.Submitted, 0),
                Step(SubmissionStepKind.Published, 1),
                Step(SubmissionStepKind.Edited, 1),
                Step(SubmissionStepKind.Forwarded, 2)
            )
        );
    }

    [Fact]
    public void A_refused_submission_stops_at_moderation()
    {
        Assert.Equal(
            [
                ("Step.Submitted", State.Done, false),
                ("Status.Rejected", State.Stopped, true),
                ("Status.Forwarded", State.NotReached, false),
                ("Submission.Answer", State.NotReached, false),
            ],
            Stages(SubmissionStatus.Rejected, Step(SubmissionStepKind.Submitted, 0), Step(SubmissionStepKind.Rejected, 1))
        );
    }

    [Fact]
    public void A_withdrawal_a_visitor_does_not_see_in_the_history_still_shows_where_it_stopped()
    {
        var stages = Progress.Of(
            SubmissionStatus.Withdrawn,
            [Step(SubmissionStepKind.Submitted, 0), Step(SubmissionStepKind.Published, 1)]
        );
        Assert.Equal(
            ("Status.Withdrawn", State.Stopped, true, (DateTimeOffset?)null),
            (stages[2].Label, stages[2].State, stages[2].Present, stages[2].At)
        );
        Assert.Equal(State.NotReached, stages[3].State);
    }

    [Fact]
    public void A_submission_held_for_a_government_contact_waits_at_forwarding()
    {
        var stages = Progress.Of(
            SubmissionStatus.AwaitingContact,
            [Step(SubmissionStepKind.Submitted, 0), Step(SubmissionStepKind.Published, 1), Step(SubmissionStepKind.AwaitingContact, 1)]
        );
        Assert.Equal(("Status.AwaitingContact", State.Waiting, true), (stages[2].Label, stages[2].State, stages[2].Present));
    }
}
