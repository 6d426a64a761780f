using CoCreation.Domain.Submissions;

namespace CoCreation.Web.Features.Answers;

/// <summary>
/// An official's "to answer" inbox: submissions forwarded for the members they act for, oldest first. Staff see every member's.
/// </summary>
public static class Index
{
    [Allow(Audience.Official | Audience.SupportUnit)]
    public sealed record Query : IQuery<IReadOnlyList<Item>>;

    public sealed record Item(
        long Id,
        SubmissionKind Kind,
        string Title,
        string Language,
        string MemberCode,
        LocalizedText MemberName,
        DateTimeOffset ForwardedAt,
        int EndorsementCount
    );

    public sealed class Handler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = actor.RequireUserId();
            var waiting = actor.IsStaff
                ? db
                    .Submissions.AsNoTracking()
                    .Where(s =>
                        s.Status == SubmissionStatus.Forwarded
                        || (s.Kind == SubmissionKind.HelpRequest && s.Status == SubmissionStatus.Published)
                    )
                : db
                    .Submissions.AsNoTracking()
                    .Where(s =>
                        s.Status == SubmissionStatus.Forwarded
                        && db.OfficialAssignments.Any(a => a.UserId == userId && a.MemberId == s.MemberId)
                    );

            return await waiting
                .OrderBy(s => s.ForwardedAt ?? s.PublishedAt)
                .Take(500)
                .Join(
                    db.Members,
                    s => s.MemberId,
                    m => m.Id,
                    (s, m) =>
                        new Item(
                            s.Id,
                            s.Kind,
                            s.Title,
                            s.Language,
                            m.Code,
                            m.Name,
                            (s.ForwardedAt ?? s.PublishedAt)!.Value,
                            s.EndorsementCount
                        )
                )
                .ToListAsync(cancellationToken);
        }
    }
}
