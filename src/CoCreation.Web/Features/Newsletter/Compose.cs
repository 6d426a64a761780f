using CoCreation.Domain.Blog;
using CoCreation.Domain.Newsletter;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Localization;

namespace CoCreation.Web.Features.Newsletter;

/// <summary>
/// The support unit writes an edition — subject and introduction per language — and picks published
/// blog posts, answered submissions and upcoming events. A new edition when <see cref="Command.Id"/> is 0.
/// </summary>
public static class Compose
{
    [Allow(Audience.SupportUnit)]
    public sealed record Query(int Id) : IQuery<Model?>;

    public sealed record Choice<T>(T Id, string Label);

    public sealed record EventChoice(int Id, LocalizedText Title, DateTimeOffset StartsAt);

    public sealed record Model(
        Command Fields,
        IReadOnlyList<Choice<long>> Posts,
        IReadOnlyList<Choice<long>> Submissions,
        IReadOnlyList<EventChoice> Events
    );

    [Allow(Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : ICommand<int>
    {
        public int Id { get; set; }

        public LocalizedInput Subject { get; set; } = new();

        public LocalizedInput Intro { get; set; } = new();

        public List<long> PostIds { get; set; } = [];

        public List<long> SubmissionIds { get; set; } = [];

        public List<int> EventIds { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Subject).Localized(Edition.SubjectMax, EnglishText.Required);
            RuleFor(c => c.Intro).Localized(Edition.IntroMax, EnglishText.Required);
            RuleFor(c => c.PostIds.Count + c.SubmissionIds.Count + c.EventIds.Count)
                .LessThanOrEqualTo(60)
                .WithName("PostIds")
                .WithMessage(_ => text["Validation.Choice"]);
        }
    }

    /// <summary>The choices, and the edition's fields (empty for a new one); null for an unknown id.</summary>
    public sealed class QueryHandler(PortalDbContext db, TimeProvider clock) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var fields = new Command();
            if (query.Id != 0)
            {
                var edition = await db.Editions.AsNoTracking().SingleOrDefaultAsync(e => e.Id == query.Id, cancellationToken);
                if (edition is null)
                {
                    return null;
                }

                fields = new Command
                {
                    Id = edition.Id,
                    Subject = LocalizedInput.From(edition.Subject),
                    Intro = LocalizedInput.From(edition.Intro),
                    PostIds = edition.BlogPostIds,
                    SubmissionIds = edition.SubmissionIds,
                    EventIds = edition.EventIds,
                };
            }

            var now = clock.GetUtcNow();
            var posts = await db
                .BlogPosts.AsNoTracking()
                .Where(p => p.Status == BlogPostStatus.Published)
                .OrderByDescending(p => p.PublishedAt)
                .Take(50)
                .Select(p => new Choice<long>(p.Id, p.Title + " (" + p.AuthorName + ")"))
                .ToListAsync(cancellationToken);
            var submissions = await db
                .Submissions.AsNoTracking()
                .Where(s => s.Status == SubmissionStatus.Answered)
                .OrderByDescending(s => s.AnsweredAt)
                .Take(50)
                .Select(s => new Choice<long>(s.Id, s.Title))
                .ToListAsync(cancellationToken);
            var events = await db
                .Events.AsNoTracking()
                .Where(e => e.CancelledAt == null && e.Schedule.StartsAt > now)
                .OrderBy(e => e.Schedule.StartsAt)
                .Take(50)
                .Select(e => new EventChoice(e.Id, e.Title, e.Schedule.StartsAt))
                .ToListAsync(cancellationToken);
            return new Model(fields, posts, submissions, events);
        }
    }

    public sealed class Handler(PortalDbContext db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var subject = command.Subject.ToText();
            var intro = command.Intro.ToText();
            Edition? edition;
            if (command.Id == 0)
            {
                edition = Edition.Compose(subject, intro, command.PostIds, command.SubmissionIds, command.EventIds, clock.GetUtcNow());
                db.Editions.Add(edition);
                await db.SaveChangesAsync(cancellationToken);
            }
            else
            {
                edition = await db.Editions.SingleOrDefaultAsync(e => e.Id == command.Id, cancellationToken)
                    ?? throw new DomainException("Domain.Edition.NotFound");
                edition.Update(subject, intro, command.PostIds, command.SubmissionIds, command.EventIds);
            }

            audit.Record("newsletter.compose", nameof(Edition), edition.Id, null, new { SubjectEn = command.Subject.En });
            return edition.Id;
        }
    }
}
