using CoCreation.Domain.Notifications;

namespace CoCreation.Web.Features.Notifications;

/// <summary>
/// The follow button: a signed-in person follows a submission, commitment, member or campaign, or stops. Following twice,
/// or stopping what one does not follow, changes nothing.
/// </summary>
public static class Follow
{
    [Allow(Audience.Participant)]
    public sealed record Command : ICommand<bool>
    {
        public FollowedKind? Kind { get; set; }

        /// <summary>How its address names it: a submission's number, a commitment's OGP id, a member's code, a campaign's slug.</summary>
        public string Key { get; set; } = "";

        /// <summary>True to follow, false to stop.</summary>
        public bool Following { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Kind).NotNull().IsInEnum().WithMessage(_ => text["Validation.Choice"]);
            RuleFor(c => c.Key).NotEmpty().MaximumLength(100);
        }
    }

    /// <summary>False when there is no such thing to follow (the page answers 404).</summary>
    public sealed class Handler(PortalDbContext db, CurrentActor actor, TimeProvider clock) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var personId = actor.RequireUserId();
            var kind = command.Kind!.Value;
            if (await FollowKeys.IdAsync(db, actor, kind, command.Key, cancellationToken) is not { } id)
            {
                return false;
            }

            if (!command.Following)
            {
                await db
                    .Follows.Where(f => f.PersonId == personId && f.Kind == kind && f.SubjectId == id)
                    .ExecuteDeleteAsync(cancellationToken);
                return true;
            }

            await Happenings.AddFollowAsync(db, personId, kind, id, automatic: false, clock.GetUtcNow(), cancellationToken);
            return true;
        }
    }
}

/// <summary>
/// From the key an address uses to the id a follow stores. Only what the person may read can be followed: a public
/// submission, a commitment of a published plan (or of a draft the person acts for) — a guessed OGP id must not reveal
/// a draft's title on the Following page.
/// </summary>
internal static class FollowKeys
{
    public static async Task<long?> IdAsync(
        PortalDbContext db,
        CurrentActor actor,
        FollowedKind kind,
        string key,
        CancellationToken cancellationToken
    )
    {
        switch (kind)
        {
            case FollowedKind.Submission:
                if (
                    !long.TryParse(
                        key,
                        System.Globalization.NumberStyles.None,
                        System.Globalization.CultureInfo.InvariantCulture,
                        out var id
                    )
                )
                {
                    return null;
                }

                return await db
                    .Submissions.Where(s => s.Id == id && PublicSubmissions.Statuses.Contains(s.Status))
                    .Select(s => (long?)s.Id)
                    .SingleOrDefaultAsync(cancellationToken);
            case FollowedKind.Commitment:
                var ogpId = key.ToUpperInvariant();
                return await Readable
                    .Commitments(db, actor)
                    .Where(c => c.OgpId == ogpId)
                    .Select(c => (long?)c.Id)
                    .FirstOrDefaultAsync(cancellationToken);
            case FollowedKind.Member:
                return await Members.MemberFilter.WithCode(db, key).Select(m => (long?)m.Id).SingleOrDefaultAsync(cancellationToken);
            case FollowedKind.Campaign:
                var slug = key.ToLowerInvariant();
                return await db.Campaigns.Where(c => c.Slug == slug).Select(c => (long?)c.Id).SingleOrDefaultAsync(cancellationToken);
            default:
                return null;
        }
    }
}

/// <summary>What a person may follow and see listed as followed: the same rules as the pages that show each thing.</summary>
internal static class Readable
{
    /// <summary>Commitments of a published plan, or of a draft plan of a member the person acts for.</summary>
    public static IQueryable<Domain.ActionPlans.Commitment> Commitments(PortalDbContext db, CurrentActor actor)
    {
        var actedFor = MemberAuthority.MembersActedFor(db, actor);
        return db.Commitments.Where(c =>
            db.NationalActionPlans.Any(p => p.Id == c.NationalActionPlanId && (p.PublishedAt != null || actedFor.Contains(p.MemberId)))
        );
    }

    /// <summary>Public submissions, and the person's own whatever their state (an author follows theirs).</summary>
    public static IQueryable<Domain.Submissions.Submission> Submissions(PortalDbContext db, Guid personId) =>
        db.Submissions.Where(s => PublicSubmissions.Statuses.Contains(s.Status) || s.AuthorId == personId);
}
