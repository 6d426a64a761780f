namespace CoCreation.Web.Features.Comments;

/// <summary>
/// How much conversation a set of members had, for the dashboards: published comments, readers' reports, comments
/// waiting for the support unit, and how many answered submissions went on in dialogue (a published comment written
/// after the answer). Figures to read, not a rule that passes or fails.
/// </summary>
public sealed record DialogueFigures(int Comments, int Reports, int AwaitingReview, int Answered, int ContinuedAfterAnswer)
{
    public static readonly DialogueFigures None = new(0, 0, 0, 0, 0);

    /// <summary>Whole percent of answered submissions that went on in dialogue, rounded down; none when nothing was answered.</summary>
    public int? ContinuedPercent => Answered == 0 ? null : (int)(ContinuedAfterAnswer * 100L / Answered);

    public static DialogueFigures Sum(IEnumerable<DialogueFigures> figures) =>
        figures.Aggregate(None, (a, b) =>
            new(
                a.Comments + b.Comments,
                a.Reports + b.Reports,
                a.AwaitingReview + b.AwaitingReview,
                a.Answered + b.Answered,
                a.ContinuedAfterAnswer + b.ContinuedAfterAnswer
            )
        );
}
