using CoCreation.Domain.Blog;
using CoCreation.Domain.Common;
using CoCreation.Domain.Tests.Common;

namespace CoCreation.Domain.Tests.Blog;

public sealed class BlogPostTests
{
    private static readonly DateTimeOffset Now = new(2017, 4, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly Guid Reviewer = Guid.NewGuid();

    private static readonly BlogPostContent Content = new(
        "Co-creating in Costa Rica",
        "What we learnt.",
        "## Lessons\n\nWe **listened**.",
        "es",
        ["cri", "CRI"],
        ["open-contracting"]
    );

    public enum Move
    {
        Edit,
        Submit,
        RequestChanges,
        Publish,
        Decline,
    }

    private static BlogPost In(BlogPostStatus status)
    {
        var post = BlogPost.Draft(Author, "Ana", null, Content, Now);
        switch (status)
        {
            case BlogPostStatus.Submitted:
                post.Submit(Author, Now);
                break;
            case BlogPostStatus.ChangesRequested:
                post.Submit(Author, Now);
                post.RequestChanges(Reviewer, "Shorter, please.", Now);
                break;
            case BlogPostStatus.Published:
                post.Submit(Author, Now);
                post.Publish(Reviewer, Now);
                break;
            case BlogPostStatus.Declined:
                post.Submit(Author, Now);
                post.Decline(Reviewer, "Self-promotion.", Now);
                break;
        }

        post.ClearDomainEvents();
        return post;
    }

    private static void Apply(BlogPost post, Move move)
    {
        switch (move)
        {
            case Move.Edit:
                post.Edit(Author, Content with { Title = "New title" }, Now);
                break;
            case Move.Submit:
                post.Submit(Author, Now);
                break;
            case Move.RequestChanges:
                post.RequestChanges(Reviewer, "Add a link to the action plan.", Now);
                break;
            case Move.Publish:
                post.Publish(Reviewer, Now);
                break;
            case Move.Decline:
                post.Decline(Reviewer, "Off topic.", Now);
                break;
        }
    }

    /// <summary>Every move from every state: which are legal and where they lead.</summary>
    public static TheoryData<BlogPostStatus, Move, BlogPostStatus?> Moves() =>
        StateMachine.EveryMove(
            new Dictionary<(BlogPostStatus, Move), BlogPostStatus>
            {
                [(BlogPostStatus.Draft, Move.Edit)] = BlogPostStatus.Draft,
                [(BlogPostStatus.Draft, Move.Submit)] = BlogPostStatus.Submitted,
                [(BlogPostStatus.Submitted, Move.RequestChanges)] = BlogPostStatus.ChangesRequested,
                [(BlogPostStatus.Submitted, Move.Publish)] = BlogPostStatus.Published,
                [(BlogPostStatus.Submitted, Move.Decline)] = BlogPostStatus.Declined,
                [(BlogPostStatus.ChangesRequested, Move.Edit)] = BlogPostStatus.ChangesRequested,
                [(BlogPostStatus.ChangesRequested, Move.Submit)] = BlogPostStatus.Submitted,
            }
        );

    [Theory]
    [MemberData(nameof(Moves))]
    public void Every_move_from_every_state_is_either_legal_or_refused_without_a_change(BlogPostStatus from, Move move, BlogPostStatus? to)
    {
        var post = In(from);
        var steps = post.History.Count;
        if (to is null)
        {
            var refused = Assert.Throws<DomainException>(() => Apply(post, move));
            Assert.Equal("Domain.BlogPost.IllegalMove", refused.Code);
            Assert.Equal(from, post.Status);
            Assert.Equal(steps, post.History.Count);
            Assert.Empty(post.DomainEvents);
            return;
        }

        Apply(post, move);
        Assert.Equal(to, post.Status);
        if (move != Move.Edit)
        {
            Assert.Equal(steps + 1, post.History.Count);
            Assert.Single(post.DomainEvents);
        }
    }

    [Fact]
    public void Comments_and_reasons_are_required_and_kept_in_the_history_and_only_the_author_edits()
    {
        var post = In(BlogPostStatus.Submitted);
        Assert.Equal(
            "Domain.BlogPost.CommentRequired",
            Assert.Throws<DomainException>(() => post.RequestChanges(Reviewer, "  ", Now)).Code
        );
        Assert.Equal("Domain.BlogPost.ReasonRequired", Assert.Throws<DomainException>(() => post.Decline(Reviewer, "", Now)).Code);
        Assert.Equal((BlogPostStatus.Submitted, 2), (post.Status, post.History.Count));
        post.RequestChanges(Reviewer, " Add a link. ", Now);
        Assert.Equal("Domain.BlogPost.NotTheAuthor", Assert.Throws<DomainException>(() => post.Edit(Reviewer, Content, Now)).Code);
        post.Edit(Author, Content with { Body = "Better text." }, Now);
        post.Submit(Author, Now);
        post.Decline(Reviewer, "Self-promotion.", Now);

        Assert.Equal("Self-promotion.", post.DeclineReason);
        Assert.Equal(
            [
                (BlogPostStepKind.Drafted, (string?)null),
                (BlogPostStepKind.Submitted, null),
                (BlogPostStepKind.ChangesRequested, "Add a link."),
                (BlogPostStepKind.Submitted, null),
                (BlogPostStepKind.Declined, "Self-promotion."),
            ],
            post.History.Select(h => (h.Kind, h.Note))
        );
    }

    [Fact]
    public void Content_is_checked_and_tidied()
    {
        var post = BlogPost.Draft(Author, "Ana", null, Content, Now);
        Assert.Equal(["CRI"], post.MemberCodes);
        Assert.Equal(
            "Domain.BlogPost.ContentRequired",
            Assert.Throws<DomainException>(() => BlogPost.Draft(Author, "Ana", null, Content with { Body = " " }, Now)).Code
        );
        Assert.Equal(
            "Domain.BlogPost.LanguageUnknown",
            Assert.Throws<DomainException>(() => BlogPost.Draft(Author, "Ana", null, Content with { Language = "tlh" }, Now)).Code
        );
        Assert.Equal(
            "Domain.BlogPost.PolicyAreaUnknown",
            Assert
                .Throws<DomainException>(() => BlogPost.Draft(Author, "Ana", null, Content with { PolicyAreas = ["astrology"] }, Now))
                .Code
        );
    }
}
