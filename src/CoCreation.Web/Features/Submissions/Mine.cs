using CoCreation.Domain.Submissions;

namespace CoCreation.Web.Features.Submissions;

/// <summary>"My submissions": each one the signed-in person sent, with its status and last step.</summary>
public static class Mine
{
    [Allow(Audience.Participant)]
    public sealed record Query : IQuery<IReadOnlyList<Item>>;

    public sealed record Item(
        long Id,
        SubmissionKind Kind,
        SubmissionStatus Status,
        string Title,
        string Language,
        string MemberCode,
        LocalizedText MemberName,
        DateTimeOffset SubmittedAt,
        DateTimeOffset LastStepAt,
        AnswerOutcome? Outcome
    );

    public sealed class Handler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = actor.RequireUserId();
            return await db
                .Submissions.AsNoTracking()
                .Where(s => s.AuthorId == userId)
                .OrderByDescending(s => s.SubmittedAt)
                .Join(
                    db.Members,
                    s => s.MemberId,
                    m => m.Id,
                    (s, m) =>
                        new Item(
                            s.Id,
                            s.Kind,
                            s.Status,
                            s.Title,
                            s.Language,
                            m.Code,
                            m.Name,
                            s.SubmittedAt,
                            s.History.Max(h => h.At),
                            s.Outcome
                        )
                )
                .Take(500)
                .ToListAsync(cancellationToken);
        }
    }
}
