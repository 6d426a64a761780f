using CoCreation.Domain.Comments;

namespace CoCreation.Web.Features.Comments;

/// <summary>
/// The newest published comments of one submission's conversation, or of everything one member's readers discuss (its
/// submissions, commitments and timeline), for the Atom feeds. Removed, deleted and hidden comments never appear, nor
/// comments under a target the public no longer reads.
/// </summary>
public static class Feed
{
    public const int Size = 50;

    /// <summary>Give <paramref name="Submission"/> or <paramref name="Member"/> (a member's code).</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Query(long? Submission = null, string? Member = null) : IQuery<Model?>;

    /// <param name="Title">The submission's title, or null for a member's feed.</param>
    /// <param name="Page">The page the feed follows: the submission's or the member's.</param>
    public sealed record Model(
        LocalizedText MemberName,
        string? Title,
        string? TitleLanguage,
        string Page,
        IReadOnlyList<Index.Item> Entries
    );

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var comments = CommentTargets.OnOpenTargets(db).Where(c => c.Status == CommentStatus.Published);
            Model? model;
            if (query.Submission is { } id)
            {
                var facts = await db
                    .Submissions.AsNoTracking()
                    .Where(s => s.Id == id && PublicSubmissions.Statuses.Contains(s.Status))
                    .Join(
                        db.Members,
                        s => s.MemberId,
                        m => m.Id,
                        (s, m) =>
                            new
                            {
                                m.Name,
                                s.Title,
                                s.Language,
                            }
                    )
                    .SingleOrDefaultAsync(cancellationToken);
                if (facts is null)
                {
                    return null;
                }

                model = new Model(facts.Name, facts.Title, facts.Language, Paths.Submission(id), []);
                comments = comments.Where(c => c.TargetKind == CommentTargetKind.Submission && c.TargetId == id);
            }
            else
            {
                var code = (query.Member ?? "").ToUpperInvariant();
                var member = await db
                    .Members.AsNoTracking()
                    .Where(m => m.Code == code)
                    .Select(m => new { m.Id, m.Name })
                    .SingleOrDefaultAsync(cancellationToken);
                if (member is null)
                {
                    return null;
                }

                model = new Model(member.Name, null, null, Paths.Member(code), []);
                comments = comments.Where(c => c.MemberId == member.Id);
            }

            var entries = await comments
                .AsNoTracking()
                .OrderByDescending(c => c.PublishedAt)
                .ThenByDescending(c => c.Id)
                .Join(db.Members, c => c.MemberId, m => m.Id, Index.AsItem(db))
                .Take(Size)
                .ToListAsync(cancellationToken);
            return model with { Entries = entries };
        }
    }
}
