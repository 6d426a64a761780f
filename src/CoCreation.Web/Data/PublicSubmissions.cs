using System.Linq.Expressions;
using CoCreation.Domain.Submissions;

namespace CoCreation.Web.Data;

/// <summary>
/// <see cref="Submission.PublicStatuses"/> in the two forms queries need, next to the store: an array for
/// <c>Public.Contains(s.Status)</c> inside other queries, and the condition spelled out for a query that
/// also selects one status — EF Core inlines a static list as constants and folds
/// "status IN (…) AND status = 'Answered'" to FALSE (the answers feed came back empty).
/// </summary>
public static class PublicSubmissions
{
    public static readonly SubmissionStatus[] Statuses = [.. Submission.PublicStatuses];

    public static readonly Expression<Func<Submission, bool>> Condition = s =>
        s.Status == SubmissionStatus.Published
        || s.Status == SubmissionStatus.AwaitingContact
        || s.Status == SubmissionStatus.Forwarded
        || s.Status == SubmissionStatus.Answered;
}
