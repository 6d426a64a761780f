using CoCreation.Domain.Forums;

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
