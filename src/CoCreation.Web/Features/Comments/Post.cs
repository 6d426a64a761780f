using CoCreation.Domain.Comments;
using CoCreation.Web.Infrastructure.Mediator;

namespace CoCreation.Web.Features.Comments;

/// <summary>
/// A confirmed account writes a comment on a target the public reads, or a reply to one of its comments. It shows
/// at once, marked with the role the account holds now (an official only for their own members, the support
/// unit everywhere), unless its author is flagged for spam: then it waits for the support unit. A double click
/// posts once (idempotency key) and a filled honeypot stores nothing.
/// </summary>
public static class Post
{
    [Allow(Audience.Participant)]
    [ChangesPublicData]
    public sealed record Command : ICommand<long?>, IHoneypotForm<long?>
    {
        public CommentTargetKind TargetKind { get; set; }

        public long TargetId { get; set; }

        /// <summary>The comment this one answers; null to open a thread.</summary>
        public long? ParentId { get; set; }

        public string Text { get; set; } = "";

        public string Language { get; set; } = "";

        public Guid IdempotencyKey { get; set; }

        /// <summary>Hidden from people; only robots fill it.</summary>
        public string? Website { get; set; }

        /// <summary>
        /// A form ready to show: a new one gets its own idempotency key and the interface language as its text's, a
        /// refused one keeps what the person sent.
        /// </summary>
        public Command Ready()
        {
            if (IdempotencyKey == Guid.Empty)
            {
                IdempotencyKey = Guid.NewGuid();
            }

            if (string.IsNullOrEmpty(Language))
            {
                Language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            }

            return this;
        }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Text).NotEmpty().MaximumLength(Comment.TextMax);
            RuleFor(c => c.Language).Must(ContentLanguages.IsKnown).WithMessage(_ => text["Domain.Comment.LanguageUnknown"]);
            RuleFor(c => c.TargetKind).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
            RuleFor(c => c.IdempotencyKey).IdempotencyKey(text);
        }
    }

    /// <summary>The new comment's id (a robot the honeypot caught is told nothing: null).</summary>
    public sealed class Handler(
        PortalDbContext db,
        CurrentActor actor,
        TimeProvider clock,
        IStringLocalizer<SharedResource> text,
        ILogger<Handler> logger
    ) : ICommandHandler<Command, long?>
    {
        public async ValueTask<long?> Handle(Command command, CancellationToken cancellationToken)
        {
            var authorId = actor.RequireUserId();
            return await db.InsertOnceAsync(
                authorId,
                command.IdempotencyKey,
                () => WriteAsync(command, authorId, cancellationToken),
                Posted,
                cancellationToken
            );
        }

        private async Task<Comment> WriteAsync(Command command, Guid authorId, CancellationToken cancellationToken)
        {
            var parent = command.ParentId is { } parentId
                ? await db.Comments.SingleOrDefaultAsync(c => c.Id == parentId, cancellationToken)
                    ?? throw new InputException("", text["Comment.Gone"])
                : null;
            var target = parent?.Target ?? new CommentTarget(command.TargetKind, command.TargetId);
            var facts = await CommentTargets.FindOpenAsync(db, target, cancellationToken)
                ?? throw new InputException("", text["Comment.Gone"]);
            var author = await Contributor.RequireConfirmedAsync(db, actor, text, cancellationToken);
            var role = await RoleOfAsync(facts.MemberId, cancellationToken);
            var sent = new NewComment(
                authorId,
                author.DisplayName,
                role,
                command.Text,
                command.Language,
                command.IdempotencyKey,
                author.IsSpamFlagged
            );
            var now = clock.GetUtcNow();
            return parent is null ? Comment.Post(target, facts.MemberId, sent, now) : Comment.Reply(parent, sent, now);
        }

        private void Posted(Comment comment) =>
            logger.LogInformation(
                "Comment {CommentId} posted on {TargetKind} {TargetId} by {UserId}",
                comment.Id,
                comment.TargetKind,
                comment.TargetId,
                comment.AuthorId
            );

        /// <summary>The mark comes from the account's roles and assignments, never from the form.</summary>
        private async Task<CommentRole> RoleOfAsync(int memberId, CancellationToken cancellationToken) =>
            actor.IsStaff ? CommentRole.SupportUnit
            : await MemberAuthority.ActsForAsync(db, actor, memberId, cancellationToken) ? CommentRole.Official
            : CommentRole.Participant;
    }
}
