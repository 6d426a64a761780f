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
            if (await ForumAccess.LoadChildAsync(db, actor, query.Code, ForumAccess.People, query.Id, cancellationToken) is not { } found)
            {
                return null;
            }

            var (loaded, person) = found;
            var command = new Command { Code = loaded.Member.Code };
            if (person is not null)
            {
                command = command with { Id = person.Id, Name = person.Name, Organisation = person.Organisation, Sector = person.Sector };
            }

            return new Form(command, loaded.Member.Name, person is not null);
        }
    }

    /// <summary>The member's code; null when no member has it or the forum member does not exist.</summary>
    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, string?>
    {
        public async ValueTask<string?> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var details = new ForumMemberDetails(command.Name ?? "", command.Organisation ?? "", command.Sector!.Value);
            return await ForumAccess.AddOrChangeAsync(
                db,
                actor,
                audit,
                now,
                command.Code,
                ForumAccess.People,
                command.Id,
                forum => forum.AddMember(details, now),
                (forum, person) => forum.ChangeMember(person, details, now),
                cancellationToken
            );
        }
    }
}
