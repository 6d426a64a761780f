using CoCreation.Domain.Forums;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Forums;

/// <summary>A member's forum, loaded for someone who acts for the member.</summary>
public static class ForumAccess
{
    public sealed record Loaded(EditedMember Member, MultiStakeholderForum? Forum);

    /// <summary>
    /// Null when no member has the code; refused (403) when the person does not act for the member. The forum is
    /// null while the member has none yet (<see cref="LoadOrCreateAsync"/> makes it).
    /// </summary>
    public static async Task<Loaded?> LoadAsync(
        PortalDbContext db,
        CurrentActor actor,
        string code,
        bool tracked,
        CancellationToken cancellationToken
    )
    {
        var member = await MemberAuthority.FindForEditAsync(db, actor, code ?? "", cancellationToken);
        if (member is null)
        {
            return null;
        }

        var forums = tracked ? db.Forums : db.Forums.AsNoTracking();
        var forum = await forums
            .Include(f => f.Members)
            .Include(f => f.Decisions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(f => f.MemberId == member.Id, cancellationToken);
        return new Loaded(member, forum);
    }

    /// <summary>As <see cref="LoadAsync"/>, tracked, with a forum made (and added) for a member that had none.</summary>
    public static async Task<(EditedMember Member, MultiStakeholderForum Forum)?> LoadOrCreateAsync(
        PortalDbContext db,
        CurrentActor actor,
        string code,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        var loaded = await LoadAsync(db, actor, code, true, cancellationToken);
        if (loaded is null)
        {
            return null;
        }

        var forum = loaded.Forum;
        if (forum is null)
        {
            forum = MultiStakeholderForum.Create(loaded.Member.Id, now);
            db.Forums.Add(forum);
        }

        return (loaded.Member, forum);
    }

    /// <summary>
    /// A kind of thing a forum holds a list of, added and changed through one form each (its people, its decisions):
    /// where the list is, how one is found, and how its changes are audited.
    /// </summary>
    public sealed class Child<T>(
        Func<MultiStakeholderForum, IEnumerable<T>> list,
        Func<T, int> id,
        Func<T, object> snapshot,
        string added,
        string updated
    )
        where T : class
    {
        public T? Find(MultiStakeholderForum? forum, int childId) =>
            forum is null ? null : list(forum).FirstOrDefault(c => id(c) == childId);

        internal int IdOf(T child) => id(child);

        internal object Snapshot(T child) => snapshot(child);

        internal string Action(bool existed) => existed ? updated : added;
    }

    /// <summary>The people of the forum: name, organisation, sector.</summary>
    internal static readonly Child<ForumMember> People = new(
        f => f.Members,
        m => m.Id,
        Snapshot,
        "forum.member.added",
        "forum.member.updated"
    );

    /// <summary>The forum's logged decisions.</summary>
    internal static readonly Child<ForumDecision> Decisions = new(
        f => f.Decisions,
        d => d.Id,
        Snapshot,
        "forum.decision.recorded",
        "forum.decision.updated"
    );

    /// <summary>
    /// For a form of one of the forum's <paramref name="kind"/>: the forum as <see cref="LoadAsync"/> (untracked) and, with an
    /// <paramref name="id"/>, that one. Null when no member has the code or the forum has no such one.
    /// </summary>
    public static async Task<(Loaded Loaded, T? Existing)?> LoadChildAsync<T>(
        PortalDbContext db,
        CurrentActor actor,
        string code,
        Child<T> kind,
        int? id,
        CancellationToken cancellationToken
    )
        where T : class
    {
        var loaded = await LoadAsync(db, actor, code, false, cancellationToken);
        if (loaded is null)
        {
            return null;
        }

        if (id is not { } childId)
        {
            return (loaded, null);
        }

        return kind.Find(loaded.Forum, childId) is { } existing ? (loaded, existing) : null;
    }

    /// <summary>
    /// Adds one of the forum's <paramref name="kind"/> (the forum made for a member that had none), or changes the one with
    /// <paramref name="id"/>, and audits it with what it was before. The member's code; null when no member has it or the
    /// forum has no such one.
    /// </summary>
    public static async Task<string?> AddOrChangeAsync<T>(
        PortalDbContext db,
        CurrentActor actor,
        AuditTrail audit,
        DateTimeOffset now,
        string code,
        Child<T> kind,
        int? id,
        Func<MultiStakeholderForum, T> add,
        Action<MultiStakeholderForum, T> change,
        CancellationToken cancellationToken
    )
        where T : class
    {
        if (await LoadOrCreateAsync(db, actor, code, now, cancellationToken) is not { } found)
        {
            return null;
        }

        var (member, forum) = found;

        T child;
        object? before = null;
        if (id is { } childId)
        {
            var existing = kind.Find(forum, childId);
            if (existing is null)
            {
                return null;
            }

            child = existing;
            before = kind.Snapshot(child);
            change(forum, child);
        }
        else
        {
            child = add(forum);
        }

        await db.SaveChangesAsync(cancellationToken);
        audit.Record(kind.Action(before is not null), typeof(T).Name, kind.IdOf(child), before, kind.Snapshot(child));
        return member.Code;
    }

    internal static object Snapshot(ForumMember m) =>
        new
        {
            m.Name,
            m.Organisation,
            Sector = m.Sector.ToString(),
        };

    internal static object Snapshot(ForumDecision d) =>
        new
        {
            d.DecidedOn,
            d.Text,
            d.Language,
            d.Link,
        };
}
