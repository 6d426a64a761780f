using CoCreation.Domain.Comments;
using CoCreation.Domain.Common;
using CoCreation.Domain.Tests.Common;

namespace CoCreation.Domain.Tests.Comments;

public sealed class CommentTests
{
    private static readonly DateTimeOffset Now = new(2017, 3, 28, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly Guid Reader = Guid.NewGuid();
    private static readonly Guid Moderator = Guid.NewGuid();
    private static readonly CommentTarget Proposal = CommentTarget.Submission(42);

    public enum Move
    {
        Edit,
        Delete,
        Report,
        Restore,
        ModeratorEdit,
        Remove,
    }

    /// <summary>Every move from every state: which are legal and where they lead.</summary>
    public static TheoryData<CommentStatus, Move, CommentStatus?> Moves()
    {
        var legal = new Dictionary<(CommentStatus, Move), CommentStatus>
        {
            [(CommentStatus.Published, Move.Edit)] = CommentStatus.Published,
            [(CommentStatus.Published, Move.Delete)] = CommentStatus.Deleted,
            [(CommentStatus.Published, Move.Report)] = CommentStatus.Published,
            [(CommentStatus.Published, Move.Restore)] = CommentStatus.Published,
            [(CommentStatus.Published, Move.ModeratorEdit)] = CommentStatus.Published,
            [(CommentStatus.Published, Move.Remove)] = CommentStatus.Removed,
            [(CommentStatus.AwaitingReview, Move.Edit)] = CommentStatus.AwaitingReview,
            [(CommentStatus.AwaitingReview, Move.Delete)] = CommentStatus.Deleted,
            [(CommentStatus.AwaitingReview, Move.Restore)] = CommentStatus.Published,
            [(CommentStatus.AwaitingReview, Move.ModeratorEdit)] = CommentStatus.AwaitingReview,
            [(CommentStatus.AwaitingReview, Move.Remove)] = CommentStatus.Removed,
        };
        return StateMachine.EveryMove(legal);
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public void Each_move_is_legal_only_from_its_states(CommentStatus from, Move move, CommentStatus? expected)
    {
        var comment = In(from);

        void Act()
        {
            var later = Now.AddMinutes(5);
            switch (move)
            {
                case Move.Edit:
                    comment.Edit(Author, "Corrected words", "en", Comment.DefaultEditWindow, later);
                    break;
                case Move.Delete:
                    comment.Delete(Author, later);
                    break;
                case Move.Report:
                    comment.CountReport(Reader, threshold: 3);
                    break;
                case Move.Restore:
                    comment.Restore(Moderator, later);
                    break;
                case Move.ModeratorEdit:
                    comment.EditAsModerator(Moderator, "Without the phone number", later);
                    break;
                case Move.Remove:
                    comment.Remove(Moderator, "Insults another participant.", later);
                    break;
            }
        }

        if (expected is { } next)
        {
            Act();
            Assert.Equal(next, comment.Status);
        }
        else
        {
            var refused = Assert.Throws<DomainException>(Act);
            Assert.Equal("Domain.Comment.IllegalMove", refused.Code);
            Assert.Equal(from, comment.Status);
        }
    }

    [Fact]
    public void A_comment_shows_at_once_and_is_announced_once()
    {
        var comment = Posted();

        Assert.Equal(CommentStatus.Published, comment.Status);
        Assert.Equal(Now, comment.PublishedAt);
        Assert.False(comment.Held);
        comment.Restore(Moderator, Now.AddHours(1));
        Assert.Single(comment.DomainEvents.OfType<CommentPublished>());
        Assert.Equal(Now, comment.PublishedAt);
    }

    [Fact]
    public void A_flagged_authors_comment_waits_and_is_announced_when_the_support_unit_lets_it_through()
    {
        var comment = Posted(flagged: true);

        Assert.Equal((CommentStatus.AwaitingReview, true, null), (comment.Status, comment.Held, comment.PublishedAt));
        Assert.Empty(comment.DomainEvents);
        comment.Restore(Moderator, Now.AddHours(2));
        Assert.Equal((CommentStatus.Published, false, Now.AddHours(2)), (comment.Status, comment.Held, comment.PublishedAt));
        Assert.Single(comment.DomainEvents.OfType<CommentPublished>());
        Assert.Equal(Moderator, comment.ModeratedBy);
    }

    [Fact]
    public void One_level_of_replies_a_reply_to_a_reply_is_refused()
    {
        var comment = Posted();
        var reply = Comment.Reply(comment, new NewComment(Reader, "Rosa", CommentRole.Official, "Gracias", "es", null, false), Now);

        Assert.True(reply.IsReply);
        Assert.Equal((Proposal, 7, CommentRole.Official), (reply.Target, reply.MemberId, reply.AuthorRole));
        var refused = Assert.Throws<DomainException>(() =>
            Comment.Reply(reply, new NewComment(Author, "Ana", CommentRole.Participant, "Merci", "fr", null, false), Now)
        );
        Assert.Equal("Domain.Comment.ReplyToReply", refused.Code);
    }

    [Theory]
    [InlineData(CommentStatus.AwaitingReview)]
    [InlineData(CommentStatus.Removed)]
    [InlineData(CommentStatus.Deleted)]
    public void Nobody_replies_to_a_comment_the_public_cannot_read(CommentStatus status)
    {
        var refused = Assert.Throws<DomainException>(() =>
            Comment.Reply(In(status), new NewComment(Reader, "Rosa", CommentRole.Participant, "?", "es", null, false), Now)
        );

        Assert.Equal("Domain.Comment.ParentNotOpen", refused.Code);
    }

    [Theory]
    [InlineData("", "en", "Domain.Comment.TextRequired")]
    [InlineData("   ", "en", "Domain.Comment.TextRequired")]
    [InlineData("Hello", "xx", "Domain.Comment.LanguageUnknown")]
    [InlineData("Hello", "EN", "Domain.Comment.LanguageUnknown")]
    [InlineData("Hello", "", "Domain.Comment.LanguageUnknown")]
    public void Empty_words_and_unknown_languages_are_refused(string text, string language, string code)
    {
        var refused = Assert.Throws<DomainException>(() =>
            Comment.Post(Proposal, 7, new NewComment(Author, "Ana", CommentRole.Participant, text, language, null, false), Now)
        );

        Assert.Equal(code, refused.Code);
    }

    [Fact]
    public void Words_longer_than_the_maximum_are_refused_and_a_known_language_of_any_script_is_kept()
    {
        var refused = Assert.Throws<DomainException>(() =>
            Comment.Post(
                Proposal,
                7,
                new NewComment(Author, "Ana", CommentRole.Participant, new string('a', Comment.TextMax + 1), "en", null, false),
                Now
            )
        );
        var hebrew = Comment.Post(Proposal, 7, new NewComment(Author, "Ana", CommentRole.Participant, "  שלום  ", "he", null, false), Now);

        Assert.Equal("Domain.Comment.TextTooLong", refused.Code);
        Assert.Equal(("שלום", "he"), (hebrew.Text, hebrew.Language));
    }

    [Fact]
    public void Its_author_edits_within_the_window_only_and_nobody_else_edits_or_deletes_it()
    {
        var comment = Posted();

        comment.Edit(Author, "Fixed a typo", "fr", Comment.DefaultEditWindow, Now.AddMinutes(15));
        var late = Assert.Throws<DomainException>(() =>
            comment.Edit(Author, "Again", "fr", Comment.DefaultEditWindow, Now.AddMinutes(15).AddSeconds(1))
        );
        var other = Assert.Throws<DomainException>(() => comment.Edit(Reader, "Mine now", "en", Comment.DefaultEditWindow, Now));
        var otherDelete = Assert.Throws<DomainException>(() => comment.Delete(Reader, Now));

        Assert.Equal(("Fixed a typo", "fr", Now.AddMinutes(15)), (comment.Text, comment.Language, comment.EditedAt));
        Assert.Equal("Domain.Comment.EditWindowClosed", late.Code);
        Assert.Equal("Domain.Comment.NotTheAuthor", other.Code);
        Assert.Equal("Domain.Comment.NotTheAuthor", otherDelete.Code);
        Assert.Null(comment.OriginalText);
    }

    [Fact]
    public void A_deleted_comment_keeps_its_place_but_not_its_words()
    {
        var comment = Posted();

        comment.Delete(Author, Now.AddDays(2));

        Assert.Equal((CommentStatus.Deleted, ""), (comment.Status, comment.Text));
    }

    [Fact]
    public void The_threshold_of_reports_hides_it_and_a_restore_settles_the_reports()
    {
        var comment = Posted();

        Assert.False(comment.CountReport(Guid.NewGuid(), threshold: 3));
        Assert.False(comment.CountReport(Guid.NewGuid(), threshold: 3));
        Assert.Equal(CommentStatus.Published, comment.Status);
        Assert.True(comment.CountReport(Guid.NewGuid(), threshold: 3));
        Assert.Equal((CommentStatus.AwaitingReview, false, 3), (comment.Status, comment.Held, comment.OpenReports));

        comment.Restore(Moderator, Now.AddHours(1));

        Assert.Equal((CommentStatus.Published, 0), (comment.Status, comment.OpenReports));
        Assert.False(comment.CountReport(Guid.NewGuid(), threshold: 3));
    }

    [Fact]
    public void Its_author_cannot_report_their_own_comment()
    {
        var refused = Assert.Throws<DomainException>(() => Posted().CountReport(Author, threshold: 3));

        Assert.Equal("Domain.Comment.ReportOwn", refused.Code);
    }

    [Fact]
    public void The_support_units_edit_keeps_the_authors_first_words()
    {
        var comment = Posted();

        comment.EditAsModerator(Moderator, "Call me at [removed]", Now.AddHours(1));
        comment.EditAsModerator(Moderator, "Call me", Now.AddHours(2));

        Assert.Equal(("Call me", "Call me at +54 11 5555 1234"), (comment.Text, comment.OriginalText));
        Assert.Equal(Now.AddHours(2), comment.EditedAt);
    }

    [Fact]
    public void A_removal_needs_a_reason_the_author_reads()
    {
        var comment = Posted();

        var refused = Assert.Throws<DomainException>(() => comment.Remove(Moderator, " ", Now));
        comment.Remove(Moderator, "Personal data of a third person.", Now);

        Assert.Equal("Domain.Comment.ReasonRequired", refused.Code);
        Assert.Equal((CommentStatus.Removed, "Personal data of a third person."), (comment.Status, comment.RemovalReason));
    }

    [Theory]
    [InlineData(ReportReason.Spam, null, null, null)]
    [InlineData(ReportReason.Spam, "   ", null, null)]
    [InlineData(ReportReason.Other, "  ", "Domain.Comment.ReportTextRequired", null)]
    [InlineData(ReportReason.Other, "  It repeats the same link everywhere\n", null, "It repeats the same link everywhere")]
    [InlineData((ReportReason)99, null, "Domain.Comment.ReportReasonUnknown", null)]
    public void A_report_of_another_kind_says_why(ReportReason reason, string? text, string? refusal, string? kept)
    {
        ReaderReport Make() => ReaderReport.OfComment(1, Reader, reason, text, null, Now);

        if (refusal is null)
        {
            var report = Make();
            Assert.Equal((reason, kept), (report.Reason, report.Text));
        }
        else
        {
            Assert.Equal(refusal, Assert.Throws<DomainException>(Make).Code);
        }
    }

    [Theory]
    [InlineData(CommentStatus.Published, false, null)]
    [InlineData(CommentStatus.Published, true, "Domain.Comment.ReplyToReply")]
    [InlineData(CommentStatus.AwaitingReview, false, "Domain.Comment.ParentNotOpen")]
    [InlineData(CommentStatus.Deleted, false, "Domain.Comment.ParentNotOpen")]
    public void The_pages_say_why_a_comment_cannot_be_answered_as_the_reply_itself_would_refuse(
        CommentStatus status,
        bool isReply,
        string? refusal
    ) => Assert.Equal(refusal, Comment.ReplyRefusal(status, isReply ? 1 : null));

    [Theory]
    [InlineData(CommentStatus.Published, 15, true)]
    [InlineData(CommentStatus.AwaitingReview, 0, true)]
    [InlineData(CommentStatus.Published, 16, false)]
    [InlineData(CommentStatus.Removed, 0, false)]
    public void Its_author_may_edit_an_open_comment_within_the_window(CommentStatus status, int minutesLater, bool editable) =>
        Assert.Equal(editable, Comment.IsEditable(status, Now, TimeSpan.FromMinutes(15), Now.AddMinutes(minutesLater)));

    private static Comment Posted(bool flagged = false) =>
        Comment.Post(
            Proposal,
            7,
            new NewComment(Author, "Ana", CommentRole.Participant, "Call me at +54 11 5555 1234", "es", null, flagged),
            Now
        );

    private static Comment In(CommentStatus status)
    {
        var comment = Posted(flagged: status == CommentStatus.AwaitingReview);
        switch (status)
        {
            case CommentStatus.Removed:
                comment.Remove(Moderator, "Off topic.", Now);
                break;
            case CommentStatus.Deleted:
                comment.Delete(Author, Now);
                break;
        }

        return comment;
    }
}
