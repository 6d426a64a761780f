using CoCreation.Domain.Forums;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Forums;

/// <summary>Adds a person to the forum or changes one: name, organisation and sector.</summary>
public static class EditMember
{
    [Allow(Audience.Official | Audience.SupportUnit)]
    public sealed record Query(string Code, int? Id) : IQuery<Form?>;

    public sealed record Form(Command Command, LocalizedText MemberName, bool Exists) : IStoredForm<Command>;

    [Allow(Audience.Official | Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : ICommand<string?>
    {
        public string Code { get; set; } = "";

        /// <summary>Set when changing a forum member (from the address).</summary>
        public int? Id { get; set; }

        public string? Name { get; set; }

        public string? Organisation { get; set; }

        public ForumSector? Sector { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Name).NotEmpty().MaximumLength(ForumMember.NameMax);
            RuleFor(c => c.Organisation).NotEmpty().MaximumLength(ForumMember.OrganisationMax);
            RuleFor(c => c.Sector).NotNull().WithMessage(_ => text["Forum.SectorMissing"]);
            RuleFor(c => c.Sector).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
        }
    }

    public sealed class QueryHandler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, Form?>
    {
        public async ValueTask<Form?> Handle(Query query, CancellationToken cancellationToken)
        {
            var loaded = await ForumAccess.LoadAsync(db, actor, query.Code, false, cancellationToken);
            if (loaded is null)
            {
                return null;
            }

            var command = new Command { Code = loaded.Member.Code };
            if (query.Id is { } id)
            {
                var person = loaded.Forum?.Members.FirstOrDefault(m => m.Id == id);
                if (person is null)
                {
                    return null;
                }

                command = command with { Id = id, Name = person.Name, Organisation = person.Organisation, Sector = person.Sector };
            }

            return new Form(command, loaded.Member.Name, query.Id is not null);
        }
    }

    /// <summary>The member's code; null when no member has it or the forum member does not exist.</summary>
    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, string?>
    {
        public async ValueTask<string?> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var loaded = await ForumAccess.LoadOrCreateAsync(db, actor, command.Code, now, cancellationToken);
            if (loaded is not { } found)
            {
                return null;
            }

            var (member, forum) = found;

            var details = new ForumMemberDetails(command.Name ?? "", command.Organisation ?? "", command.Sector!.Value);
            ForumMember person;
            object? before = null;
            if (command.Id is { } id)
            {
                var existing = forum.Members.FirstOrDefault(m => m.Id == id);
                if (existing is null)
                {
                    return null;
                }

                person = existing;
                before = ForumAccess.Snapshot(person);
                forum.ChangeMember(person, details, now);
            }
            else
            {
                person = forum.AddMember(details, now);
            }

            await db.SaveChangesAsync(cancellationToken);
            audit.Record(
                before is null ? "forum.member.added" : "forum.member.updated",
                nameof(ForumMember),
                person.Id,
                before,
                ForumAccess.Snapshot(person)
            );
            return member.Code;
        }
    }
}
