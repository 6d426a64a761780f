using CoCreation.Domain.Common;
using Mediator;

namespace CoCreation.Domain.Blog;

public enum BlogPostStatus
{
    Draft,
    Submitted,
    ChangesRequested,
    Published,
    Declined,
}

public enum BlogPostStepKind
{
    Drafted,
    Submitted,
    ChangesRequested,
    Published,
    Declined,
}

/// <summary>What the author writes; checked once here so every way in (page, seed, test) keeps the rules.</summary>
public sealed record BlogPostContent(
    string Title,
    string Summary,
    string Body,
    string Language,
    IReadOnlyList<string> MemberCodes,
    IReadOnlyList<string> PolicyAreas
)
{
    public const int TitleMax = 200;
    public const int SummaryMax = 600;
    public const int BodyMax = 40000;

    public BlogPostContent Checked()
    {
        if (string.IsNullOrWhiteSpace(Title) || string.IsNullOrWhiteSpace(Summary) || string.IsNullOrWhiteSpace(Body))
        {
            throw new DomainException("Domain.BlogPost.ContentRequired");
        }

        if (Title.Trim().Length > TitleMax || Summary.Trim().Length > SummaryMax || Body.Length > BodyMax)
        {
            throw new DomainException("Domain.BlogPost.TooLong");
        }

        if (!ContentLanguages.IsKnown(Language))
        {
            throw new DomainException("Domain.BlogPost.LanguageUnknown");
        }

        var areas = PolicyAreas.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct().ToList();
        if (areas.Any(a => !Common.PolicyAreas.IsKnown(a)))
        {
            throw new DomainException("Domain.BlogPost.PolicyAreaUnknown");
        }

        var members = MemberCodes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
        return new BlogPostContent(Title.Trim(), Summary.Trim(), Body.Trim(), Language, members, areas);
    }
}

/// <summary>
/// A post proposed for the partner blog and its review: draft → submitted → (changes requested →
/// submitted …) → published, or declined with a reason. Each move is checked, stamped, kept in the
/// review history and raises <see cref="BlogPostStepTaken"/> (the author is emailed).
/// </summary>
public sealed class BlogPost : Entity
{
    /// <summary>The longest reason for declining or comment to the author.</summary>
    public const int DeclineReasonMax = 4000;

    private readonly List<BlogPostStep> _history = [];

    private BlogPost() { }

    public long Id { get; private set; }

    public Guid AuthorId { get; private set; }

    public string AuthorName { get; private set; } = "";

    /// <summary>Demo content: the author is an example, not a real person.</summary>
    public bool IsExample { get; private set; }

    public int? CampaignId { get; private set; }

    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    /// <summary>Markdown, rendered and sanitized on display.</summary>
    public string Body { get; private set; } = "";

    public string Language { get; private set; } = "en";

    public List<string> MemberCodes { get; private set; } = [];

    public List<string> PolicyAreas { get; private set; } = [];

    /// <summary>The stored name of the cover image, outside the web root.</summary>
    public string? CoverImage { get; private set; }

    public BlogPostStatus Status { get; private set; }

    public string? DeclineReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public IReadOnlyList<BlogPostStep> History => _history;

    public BlogPostContent Content => new(Title, Summary, Body, Language, MemberCodes, PolicyAreas);

    public bool IsEditableByAuthor => Status is BlogPostStatus.Draft or BlogPostStatus.ChangesRequested;

    public static BlogPost Draft(
        Guid authorId,
        string authorName,
        int? campaignId,
        BlogPostContent content,
        DateTimeOffset now,
        bool isExample = false
    )
    {
        var post = new BlogPost
        {
            AuthorId = authorId,
            AuthorName = authorName,
            CampaignId = campaignId,
            IsExample = isExample,
            Status = BlogPostStatus.Draft,
            CreatedAt = now,
        };
        post.Apply(content.Checked(), now);
        post.Record(BlogPostStepKind.Drafted, authorId, now, null);
        return post;
    }

    /// <summary>The author changes the text while it is a draft or after changes were asked for.</summary>
    public void Edit(Guid authorId, BlogPostContent content, DateTimeOffset now)
    {
        RequireAuthor(authorId);
        Require(BlogPostStatus.Draft, BlogPostStatus.ChangesRequested);
        Apply(content.Checked(), now);
    }

    public void SetCover(Guid authorId, string? storedName, DateTimeOffset now)
    {
        RequireAuthor(authorId);
        Require(BlogPostStatus.Draft, BlogPostStatus.ChangesRequested);
        CoverImage = storedName;
        UpdatedAt = now;
    }

    public void Submit(Guid authorId, DateTimeOffset now)
    {
        RequireAuthor(authorId);
        Require(BlogPostStatus.Draft, BlogPostStatus.ChangesRequested);
        Status = BlogPostStatus.Submitted;
        SubmittedAt = now;
        Record(BlogPostStepKind.Submitted, authorId, now, null);
    }

    public void RequestChanges(Guid reviewerId, string comment, DateTimeOffset now)
    {
        Require(BlogPostStatus.Submitted);
        var note = Note(comment, "Domain.BlogPost.CommentRequired");
        Status = BlogPostStatus.ChangesRequested;
        Record(BlogPostStepKind.ChangesRequested, reviewerId, now, note);
    }

    public void Publish(Guid reviewerId, DateTimeOffset now)
    {
        Require(BlogPostStatus.Submitted);
        Status = BlogPostStatus.Published;
        PublishedAt = now;
        Record(BlogPostStepKind.Published, reviewerId, now, null);
    }

    public void Decline(Guid reviewerId, string reason, DateTimeOffset now)
    {
        Require(BlogPostStatus.Submitted);
        var note = Note(reason, "Domain.BlogPost.ReasonRequired");
        Status = BlogPostStatus.Declined;
        DeclineReason = note;
        Record(BlogPostStepKind.Declined, reviewerId, now, DeclineReason);
    }

    private static string Note(string text, string code)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException(code);
        }

        return text.Trim();
    }

    private void Apply(BlogPostContent content, DateTimeOffset now)
    {
        Title = content.Title;
        Summary = content.Summary;
        Body = content.Body;
        Language = content.Language;
        MemberCodes = content.MemberCodes.ToList();
        PolicyAreas = content.PolicyAreas.ToList();
        UpdatedAt = now;
    }

    private void RequireAuthor(Guid userId)
    {
        if (userId != AuthorId)
        {
            throw new DomainException("Domain.BlogPost.NotTheAuthor");
        }
    }

    private void Require(params BlogPostStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException("Domain.BlogPost.IllegalMove", "BlogStatus." + Status);
        }
    }

    private void Record(BlogPostStepKind kind, Guid actorId, DateTimeOffset at, string? note)
    {
        _history.Add(new BlogPostStep(kind, actorId, at, note));
        Raise(new BlogPostStepTaken(this, kind, note));
    }
}

/// <summary>One line of the review history: who did what, when, with the comment or reason.</summary>
public sealed class BlogPostStep
{
    private BlogPostStep() { }

    internal BlogPostStep(BlogPostStepKind kind, Guid actorId, DateTimeOffset at, string? note)
    {
        Kind = kind;
        ActorId = actorId;
        At = at;
        Note = note;
    }

    public long Id { get; private set; }

    public long BlogPostId { get; private set; }

    public BlogPostStepKind Kind { get; private set; }

    public Guid ActorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Note { get; private set; }
}

/// <summary>Raised by every move; the web layer emails the author in the post's language.</summary>
public sealed record BlogPostStepTaken(BlogPost Post, BlogPostStepKind Step, string? Note) : INotification;

/// <summary>A campaign's call for posts: the blogging guidelines, written by the support unit.</summary>
public sealed class CallForPosts
{
    /// <summary>The longest guidelines, in each language.</summary>
    public const int GuidelinesMax = 8000;

    private CallForPosts() { }

    public CallForPosts(int campaignId, LocalizedText guidelines, DateTimeOffset now)
    {
        CampaignId = campaignId;
        Guidelines = guidelines;
        UpdatedAt = now;
    }

    public int CampaignId { get; private set; }

    public LocalizedText Guidelines { get; private set; } = null!;

    public DateTimeOffset UpdatedAt { get; private set; }

    public void Update(LocalizedText guidelines, DateTimeOffset now)
    {
        Guidelines = guidelines;
        UpdatedAt = now;
    }
}
