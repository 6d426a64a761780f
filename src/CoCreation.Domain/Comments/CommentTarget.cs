namespace CoCreation.Domain.Comments;

/// <summary>What a thread hangs under; its id is the target's own (a submission's long, a commitment's or timeline's int).</summary>
public enum CommentTargetKind
{
    Submission,
    Commitment,
    Timeline,
}

/// <summary>
/// The page a comment is written on, as a kind and an id, so that one table and one set of use cases serve
/// submissions, commitments and timelines alike.
/// </summary>
public readonly record struct CommentTarget(CommentTargetKind Kind, long Id)
{
    public static CommentTarget Submission(long id) => new(CommentTargetKind.Submission, id);

    public static CommentTarget Commitment(int id) => new(CommentTargetKind.Commitment, id);

    public static CommentTarget Timeline(int id) => new(CommentTargetKind.Timeline, id);
}
