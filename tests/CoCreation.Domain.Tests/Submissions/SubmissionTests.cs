using CoCreation.Domain.Common;
using CoCreation.Domain.Submissions;
using CoCreation.Domain.Tests.Common;

namespace CoCreation.Domain.Tests.Submissions;

public sealed class SubmissionTests
{
    private static readonly DateTimeOffset Now = new(2017, 3, 28, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly Guid Moderator = Guid.NewGuid();
    private static readonly Guid Official = Guid.NewGuid();

    private static readonly SubmissionContent Proposal = new(
        "Publish all public contracts",
        "es",
        Problem: "Los contratos no son públicos.",
        ProposedCommitment: "Publicar todos los contratos en formato abierto.",
        ExpectedResults: "Menos corrupción.",
        PolicyArea: "open-contracting"
    );

    private static readonly SubmissionContent Question = new("When are the workshops?", "en", Body: "Where can I find the calendar?");

    public enum Move
    {
        Publish,
        Reject,
        Spam,
        Edit,
        Forward,
        ForwardWithoutContact,
        Deliver,
        Answer,
        Withdraw,

        /// <summary>A reader's report at a threshold of one: it hides the submission.</summary>
        ReportToHide,
        Restore,
        Remove,
    }

    private static readonly Guid Reader = Guid.NewGuid();

    /// <summary>Every move from every state: which are legal and where they lead.</summary>
    public static TheoryData<SubmissionStatus, Move, SubmissionStatus?> Moves()
    {
        var legal = new Dictionary<(SubmissionStatus, Move), SubmissionStatus>
        {
            [(SubmissionStatus.Pending, Move.Publish)] = SubmissionStatus.Published,
            [(SubmissionStatus.Pending, Move.Reject)] = SubmissionStatus.Rejected,
            [(SubmissionStatus.Pending, Move.Spam)] = SubmissionStatus.Spam,
            [(SubmissionStatus.Pending, Move.Edit)] = SubmissionStatus.Pending,
            [(SubmissionStatus.Pending, Move.Withdraw)] = SubmissionStatus.Withdrawn,
            [(SubmissionStatus.Published, Move.Spam)] = SubmissionStatus.Spam,
            [(SubmissionStatus.Published, Move.Edit)] = SubmissionStatus.Published,
            [(SubmissionStatus.Published, Move.Forward)] = SubmissionStatus.Forwarded,
            [(SubmissionStatus.Published, Move.ForwardWithoutContact)] = SubmissionStatus.AwaitingContact,
            [(SubmissionStatus.AwaitingContact, Move.Deliver)] = SubmissionStatus.Forwarded,
            [(SubmissionStatus.AwaitingContact, Move.Edit)] = SubmissionStatus.AwaitingContact,
            [(SubmissionStatus.AwaitingContact, Move.Withdraw)] = SubmissionStatus.Withdrawn,
            [(SubmissionStatus.Published, Move.Withdraw)] = SubmissionStatus.Withdrawn,
            [(SubmissionStatus.Forwarded, Move.Edit)] = SubmissionStatus.Forwarded,
            [(SubmissionStatus.Forwarded, Move.Answer)] = SubmissionStatus.Answered,
            [(SubmissionStatus.Forwarded, Move.Withdraw)] = SubmissionStatus.Withdrawn,
            [(SubmissionStatus.Published, Move.ReportToHide)] = SubmissionStatus.UnderReview,
            [(SubmissionStatus.AwaitingContact, Move.ReportToHide)] = SubmissionStatus.UnderReview,
            [(SubmissionStatus.Forwarded, Move.ReportToHide)] = SubmissionStatus.UnderReview,
            [(SubmissionStatus.Answered, Move.ReportToHide)] = SubmissionStatus.UnderReview,
            // Back where it stood before the reports hid it (In(UnderReview) hides a forwarded one).
            [(SubmissionStatus.UnderReview, Move.Restore)] = SubmissionStatus.Forwarded,
            [(SubmissionStatus.UnderReview, Move.Remove)] = SubmissionStatus.Removed,
            // Its author may still take back a forwarded one that reports hid.
            [(SubmissionStatus.UnderReview, Move.Withdraw)] = SubmissionStatus.Withdrawn,
        };
        return StateMachine.EveryMove(legal);
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public void Each_move_is_legal_only_from_its_states(SubmissionStatus from, Move move, SubmissionStatus? expected)
    {
        var submission = In(from);
        var historyBefore = submission.History.Count;

        void Act() => Apply(submission, move);

        if (expected is { } next)
        {
            Act();
            Assert.Equal(next, submission.Status);
            Assert.Equal(historyBefore + 1, submission.History.Count);
            Assert.Equal(Now.AddHours(1), submission.History[^1].At);
        }
        else
        {
            var refused = Assert.Throws<DomainException>(Act);
            Assert.Equal("Domain.Submission.IllegalMove", refused.Code);
            Assert.Equal(from, submission.Status);
            Assert.Equal(historyBefore, submission.History.Count);
        }
    }

    [Fact]
    public void Forwarding_without_a_government_contact_waits_publicly_and_the_clock_starts_at_delivery()
    {
        var submission = Submission.Submit(1, SubmissionKind.CommitmentProposal, Proposal, Author, "Ana", null, false, Now);
        submission.Publish(Moderator, Now);

        submission.Forward(Moderator, memberHasContact: false, Now.AddHours(1));

        Assert.Equal(SubmissionStatus.AwaitingContact, submission.Status);
        Assert.True(submission.IsPublic);
        Assert.Null(submission.ForwardedAt);
        Assert.True(submission.History[^1].IsPublic);
        submission.Deliver(Now.AddDays(3));
        Assert.Equal((SubmissionStatus.Forwarded, Now.AddDays(3)), (submission.Status, submission.ForwardedAt));
        Assert.Equal([SubmissionStepKind.AwaitingContact, SubmissionStepKind.Forwarded], submission.History.Skip(2).Select(h => h.Kind));
    }

    [Fact]
    public void Every_step_raises_an_event_for_the_author_emails()
    {
        var submission = Submission.Submit(1, SubmissionKind.CommitmentProposal, Proposal, Author, "Ana", null, false, Now);
        submission.Publish(Moderator, Now);
        submission.Forward(Moderator, memberHasContact: true, Now);
        submission.Answer(Official, AnswerOutcome.Included, "Included as commitment 3.", [7, 7, 9], Now);

        Assert.Equal(
            [SubmissionStepKind.Submitted, SubmissionStepKind.Published, SubmissionStepKind.Forwarded, SubmissionStepKind.Answered],
            submission.DomainEvents.Cast<SubmissionStepTaken>().Select(e => e.Step)
        );
        Assert.Equal([7, 9], submission.Commitments.Select(c => c.CommitmentId));
        Assert.Equal("Included as commitment 3.", submission.History[^1].Note);
        Assert.Equal(Official, submission.AnsweredBy);
    }

    [Fact]
    public void An_answer_needs_a_reason_and_an_outcome_that_fits_the_kind()
    {
        var proposal = In(SubmissionStatus.Forwarded);
        Assert.Equal(
            "Domain.Submission.ReasonRequired",
            Assert.Throws<DomainException>(() => proposal.Answer(Official, AnswerOutcome.Included, "  ", [], Now)).Code
        );
        Assert.Equal(
            "Domain.Submission.OutcomeDoesNotFit",
            Assert.Throws<DomainException>(() => proposal.Answer(Official, AnswerOutcome.Answered, "Yes", [], Now)).Code
        );
        Assert.Equal(
            "Domain.Submission.CommitmentsOnlyWhenIncluded",
            Assert
                .Throws<DomainException>(() => proposal.Answer(Official, AnswerOutcome.NotIncluded, "Outside our mandate.", [3], Now))
                .Code
        );

        var question = Submission.Submit(1, SubmissionKind.Question, Question, Author, "Ana", null, false, Now);
        question.Publish(Moderator, Now);
        question.Forward(Moderator, memberHasContact: true, Now);
        Assert.Equal(
            "Domain.Submission.OutcomeDoesNotFit",
            Assert.Throws<DomainException>(() => question.Answer(Official, AnswerOutcome.Included, "Yes", [], Now)).Code
        );
        question.Answer(Official, AnswerOutcome.Answered, "The workshops are on 4 April.", [], Now);
        Assert.Equal(AnswerOutcome.Answered, question.Outcome);
    }

    [Fact]
    public void Rejection_needs_a_reason_the_author_will_read()
    {
        var submission = In(SubmissionStatus.Pending);

        Assert.Equal("Domain.Submission.ReasonRequired", Assert.Throws<DomainException>(() => submission.Reject(Moderator, "", Now)).Code);
        submission.Reject(Moderator, "This is about a private company.", Now);

        Assert.Equal("This is about a private company.", submission.RejectionReason);
        Assert.Equal("This is about a private company.", submission.History[^1].Note);
    }

    [Fact]
    public void Only_the_author_may_withdraw()
    {
        var submission = In(SubmissionStatus.Published);

        Assert.Equal("Domain.Submission.NotTheAuthor", Assert.Throws<DomainException>(() => submission.Withdraw(Guid.NewGuid(), Now)).Code);
        submission.Withdraw(Author, Now);

        Assert.Equal(SubmissionStatus.Withdrawn, submission.Status);
    }

    [Fact]
    public void Its_author_may_take_back_one_that_reports_hid_unless_it_was_answered_and_that_settles_the_reports()
    {
        var hidden = In(SubmissionStatus.UnderReview);
        Assert.True(hidden.AwaitsReview);

        hidden.Withdraw(Author, Now);

        Assert.Equal((SubmissionStatus.Withdrawn, 0, false), (hidden.Status, hidden.OpenReports, hidden.AwaitsReview));
        var answered = In(SubmissionStatus.Answered);
        answered.CountReport(Reader, 1, Now);
        Assert.False(answered.CanBeWithdrawn);
        Assert.Equal("Domain.Submission.IllegalMove", Assert.Throws<DomainException>(() => answered.Withdraw(Author, Now)).Code);
        Assert.Equal(SubmissionStatus.UnderReview, answered.Status);
    }

    [Fact]
    public void A_light_edit_keeps_the_first_version_once()
    {
        var submission = In(SubmissionStatus.Pending);

        submission.Edit(Moderator, Proposal with { Title = "Publish all public contracts (edited)" }, "{\"title\":\"first\"}", Now);
        submission.Edit(Moderator, Proposal with { Title = "Second edit" }, "{\"title\":\"second\"}", Now);

        Assert.Equal("Second edit", submission.Title);
        Assert.Equal("{\"title\":\"first\"}", submission.OriginalText);
    }

    [Theory]
    [InlineData(null, "x", "open-contracting", "Domain.Submission.ProposalIncomplete")]
    [InlineData("x", null, "open-contracting", "Domain.Submission.ProposalIncomplete")]
    [InlineData("x", "x", "astrology", "Domain.Submission.PolicyAreaUnknown")]
    public void A_proposal_needs_its_problem_commitment_and_a_known_policy_area(
        string? problem,
        string? commitment,
        string area,
        string rule
    )
    {
        var content = Proposal with { Problem = problem, ProposedCommitment = commitment, PolicyArea = area };

        Assert.Equal(
            rule,
            Assert
                .Throws<DomainException>(() =>
                    Submission.Submit(1, SubmissionKind.CommitmentProposal, content, Author, "Ana", null, false, Now)
                )
                .Code
        );
    }

    [Fact]
    public void A_question_needs_a_body_and_a_known_language_and_drops_proposal_fields()
    {
        Assert.Equal(
            "Domain.Submission.BodyRequired",
            Assert
                .Throws<DomainException>(() =>
                    Submission.Submit(1, SubmissionKind.Question, Question with { Body = " " }, Author, "Ana", null, false, Now)
                )
                .Code
        );
        Assert.Equal(
            "Domain.Submission.LanguageUnknown",
            Assert
                .Throws<DomainException>(() =>
                    Submission.Submit(1, SubmissionKind.Question, Question with { Language = "tlh" }, Author, "Ana", null, false, Now)
                )
                .Code
        );

        var question = Submission.Submit(
            1,
            SubmissionKind.Question,
            Question with
            {
                PolicyArea = "health",
            },
            Author,
            "Ana",
            null,
            false,
            Now
        );
        Assert.Null(question.PolicyArea);
    }

    [Fact]
    public void A_flagged_author_is_held_and_publishing_releases_it()
    {
        var submission = Submission.Submit(1, SubmissionKind.Question, Question, Author, "Ana", null, authorFlagged: true, Now);
        Assert.True(submission.Held);

        submission.Publish(Moderator, Now);

        Assert.False(submission.Held);
        Assert.True(submission.IsPublic);
    }

    [Fact]
    public void Endorsements_are_for_others_public_submissions()
    {
        var pending = In(SubmissionStatus.Pending);
        var published = In(SubmissionStatus.Published);

        Assert.False(pending.CanBeEndorsedBy(Guid.NewGuid()));
        Assert.False(published.CanBeEndorsedBy(Author));
        Assert.True(published.CanBeEndorsedBy(Guid.NewGuid()));
    }

    [Fact]
    public void Reports_below_the_threshold_keep_it_public_and_a_restore_settles_them_without_a_step()
    {
        var submission = In(SubmissionStatus.Answered);
        var steps = submission.History.Count;

        Assert.False(submission.CountReport(Reader, 3, Now));
        Assert.False(submission.CountReport(Guid.NewGuid(), 3, Now));
        Assert.Equal((SubmissionStatus.Answered, 2, true), (submission.Status, submission.OpenReports, submission.AwaitsReview));
        submission.Restore(Moderator, Now);

        Assert.Equal((SubmissionStatus.Answered, 0, false), (submission.Status, submission.OpenReports, submission.AwaitsReview));
        Assert.Equal(steps, submission.History.Count);
        Assert.True(submission.CountReport(Guid.NewGuid(), 1, Now));
        Assert.Equal(SubmissionStatus.UnderReview, submission.Status);
        submission.Restore(Moderator, Now);
        Assert.Equal(
            (SubmissionStatus.Answered, (SubmissionStatus?)null, SubmissionStepKind.Restored),
            (submission.Status, submission.StatusBeforeReview, submission.History[^1].Kind)
        );
    }

    [Fact]
    public void Its_author_cannot_report_it_and_a_removal_needs_a_reason()
    {
        var submission = In(SubmissionStatus.Published);

        var own = Assert.Throws<DomainException>(() => submission.CountReport(Author, 3, Now));
        submission.CountReport(Reader, 3, Now);
        var noReason = Assert.Throws<DomainException>(() => submission.Remove(Moderator, "  ", Now));

        Assert.Equal(("Domain.Submission.ReportOwn", "Domain.Submission.ReasonRequired"), (own.Code, noReason.Code));
        submission.Remove(Moderator, "  Insults the officials.  ", Now);
        Assert.Equal(("Insults the officials.", false), (submission.RemovalReason, submission.IsPublic));
    }

    private static Submission In(SubmissionStatus status)
    {
        var submission = Submission.Submit(1, SubmissionKind.CommitmentProposal, Proposal, Author, "Ana", null, false, Now);
        switch (status)
        {
            case SubmissionStatus.Pending:
                break;
            case SubmissionStatus.Published:
                submission.Publish(Moderator, Now);
                break;
            case SubmissionStatus.Rejected:
                submission.Reject(Moderator, "Off topic.", Now);
                break;
            case SubmissionStatus.Spam:
                submission.MarkSpam(Moderator, Now);
                break;
            case SubmissionStatus.AwaitingContact:
                submission.Publish(Moderator, Now);
                submission.Forward(Moderator, memberHasContact: false, Now);
                break;
            case SubmissionStatus.Forwarded:
                submission.Publish(Moderator, Now);
                submission.Forward(Moderator, memberHasContact: true, Now);
                break;
            case SubmissionStatus.Answered:
                submission.Publish(Moderator, Now);
                submission.Forward(Moderator, memberHasContact: true, Now);
                submission.Answer(Official, AnswerOutcome.NotIncluded, "Outside the executive's mandate.", [], Now);
                break;
            case SubmissionStatus.Withdrawn:
                submission.Withdraw(Author, Now);
                break;
            case SubmissionStatus.UnderReview:
                submission.Publish(Moderator, Now);
                submission.Forward(Moderator, memberHasContact: true, Now);
                submission.CountReport(Reader, 1, Now);
                break;
            case SubmissionStatus.Removed:
                submission.Publish(Moderator, Now);
                submission.CountReport(Reader, 3, Now);
                submission.Remove(Moderator, "Insults.", Now);
                break;
        }

        return submission;
    }

    private static void Apply(Submission submission, Move move)
    {
        var at = Now.AddHours(1);
        switch (move)
        {
            case Move.ReportToHide:
                submission.CountReport(Guid.NewGuid(), 1, at);
                break;
            case Move.Restore:
                submission.Restore(Moderator, at);
                break;
            case Move.Remove:
                submission.Remove(Moderator, "Insults.", at);
                break;
            case Move.Publish:
                submission.Publish(Moderator, at);
                break;
            case Move.Reject:
                submission.Reject(Moderator, "Off topic.", at);
                break;
            case Move.Spam:
                submission.MarkSpam(Moderator, at);
                break;
            case Move.Edit:
                submission.Edit(Moderator, Proposal with { Title = "Edited" }, "{}", at);
                break;
            case Move.Forward:
                submission.Forward(Moderator, memberHasContact: true, at);
                break;
            case Move.ForwardWithoutContact:
                submission.Forward(Moderator, memberHasContact: false, at);
                break;
            case Move.Deliver:
                submission.Deliver(at);
                break;
            case Move.Answer:
                submission.Answer(Official, AnswerOutcome.Included, "Included.", [], at);
                break;
            case Move.Withdraw:
                submission.Withdraw(Author, at);
                break;
        }
    }

    [Fact]
    public void A_help_request_stays_with_the_support_unit_which_answers_it_once_published()
    {
        var help = Submission.Submit(1, SubmissionKind.HelpRequest, Question, Author, "Ana", null, false, Now);
        help.Publish(Moderator, Now);

        Assert.Equal(
            "Domain.Submission.HelpRequestStaysWithSupportUnit",
            Assert.Throws<DomainException>(() => help.Forward(Moderator, memberHasContact: true, Now)).Code
        );
        help.Answer(Moderator, AnswerOutcome.Answered, "Our regional lead will call you this week.", [], Now);

        Assert.Equal(SubmissionStatus.Answered, help.Status);
    }
}
