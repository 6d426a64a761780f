using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Mediator;

namespace CoCreation.Web.Features.Moderation;

/// <summary>
/// Posts collected from social media during the Week (#myNAPask / #OGPcocreate + #country) become
/// pending submissions attributed to their handle. The member comes from the country hashtag (or the
/// moderator's choice), the kind from the campaign hashtag. A post already imported (same URL) is
/// skipped; a bad row is reported with its line and nothing of it is stored.
/// </summary>
public static partial class Import
{
    public const int MaxCharacters = 5_000_000;

    [Allow(Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command([property: CheckedByHandler] string Content, string? DefaultMemberCode, string? DefaultLanguage = null)
        : ICommand<Result>;

    public sealed record Result(int Imported, int AlreadyThere, IReadOnlyList<RowError> Errors);

    public sealed record RowError(int Line, string Message);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Content)
                .NotEmpty()
                .WithMessage(_ => text["Import.Empty"])
                .MaximumLength(MaxCharacters)
                .WithMessage(_ => text["Import.TooLarge"]);
            RuleFor(c => c.DefaultLanguage)
                .Must(l => string.IsNullOrEmpty(l) || ContentLanguages.IsKnown(l))
                .WithMessage(_ => text["Validation.Choice"]);
        }
    }

    public sealed partial class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit, IStringLocalizer<SharedResource> text)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var moderator = actor.RequireUserId();
            var posts = ImportFile.Read(command.Content);
            if (posts is null)
            {
                return new Result(0, 0, [new RowError(1, text["Import.Unreadable"])]);
            }

            // A post is filed in the language it is written in, never a guessed one: the file says it, or the moderator does.
            var defaultLanguage = string.IsNullOrEmpty(command.DefaultLanguage) ? null : command.DefaultLanguage;
            if (defaultLanguage is null && posts.Count > 0 && posts.All(p => string.IsNullOrWhiteSpace(p.Language)))
            {
                throw new InputException(nameof(Command.DefaultLanguage), text["Import.LanguageNeeded", posts.Count]);
            }

            var members = await db
                .Members.AsNoTracking()
                .Select(m => new
                {
                    m.Id,
                    m.Code,
                    m.Name,
                })
                .ToListAsync(cancellationToken);
            var byHashtag = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var member in members)
            {
                foreach (var name in new[] { member.Code, member.Name.En, member.Name.Fr, member.Name.Es }.OfType<string>())
                {
                    byHashtag.TryAdd(Normalize(name), member.Id);
                }
            }

            int? defaultMember = string.IsNullOrWhiteSpace(command.DefaultMemberCode)
                ? null
                : members.Find(m => m.Code == command.DefaultMemberCode.ToUpperInvariant())?.Id;
            var urls = posts
                .Select(p => Uri.TryCreate(p.Url?.Trim(), UriKind.Absolute, out var u) ? u.AbsoluteUri : null)
                .OfType<string>()
                .ToList();
            var known = (
                await db
                    .Submissions.Where(s => s.SourceUrl != null && urls.Contains(s.SourceUrl))
                    .Select(s => s.SourceUrl!)
                    .ToListAsync(cancellationToken)
            ).ToHashSet(StringComparer.Ordinal);

            var errors = new List<RowError>();
            var imported = 0;
            var duplicates = 0;
            SubmissionPlace.Resolver? places = null;
            foreach (var post in posts)
            {
                if (string.IsNullOrWhiteSpace(post.Handle) || string.IsNullOrWhiteSpace(post.Text) || string.IsNullOrWhiteSpace(post.Url))
                {
                    errors.Add(new RowError(post.Line, text["Import.MissingField"]));
                    continue;
                }

                if (
                    new[] { post.Handle, post.Text, post.Url, post.Date, post.Language }.Any(f =>
                        f is not null && !UnreadableText.IsReadable(f)
                    )
                )
                {
                    errors.Add(new RowError(post.Line, text["Validation.ControlCharacters"]));
                    continue;
                }

                if (post.Text.Length > Domain.Submissions.Submission.TextMax || post.Handle.Length > 100)
                {
                    errors.Add(new RowError(post.Line, text["Import.TooLong", Domain.Submissions.Submission.TextMax]));
                    continue;
                }

                // One spelling of each address, for the duplicate check and for storage alike.
                if (
                    !Uri.TryCreate(post.Url.Trim(), UriKind.Absolute, out var parsed)
                    || parsed.Scheme is not ("http" or "https")
                    || parsed.AbsoluteUri.Length > 500
                )
                {
                    errors.Add(new RowError(post.Line, text["Import.BadUrl"]));
                    continue;
                }

                var url = parsed.AbsoluteUri;
                if (!known.Add(url))
                {
                    duplicates++;
                    continue;
                }

                if (!DateTimeOffset.TryParse(post.Date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var postedAt))
                {
                    errors.Add(new RowError(post.Line, text["Import.BadDate"]));
                    continue;
                }

                var tags = Hashtag().Matches(post.Text).Select(m => m.Groups[1].Value).ToList();
                SubmissionKind? kind =
                    tags.Exists(t => t.Equals("myNAPask", StringComparison.OrdinalIgnoreCase)) ? SubmissionKind.CommitmentProposal
                    : tags.Exists(t => t.Equals("OGPcocreate", StringComparison.OrdinalIgnoreCase)) ? SubmissionKind.Question
                    : null;
                if (kind is null)
                {
                    errors.Add(new RowError(post.Line, text["Import.NoCampaignHashtag"]));
                    continue;
                }

                var memberId = tags.Select(t => byHashtag.TryGetValue(Normalize(t), out var id) ? id : (int?)null)
                    .FirstOrDefault(id => id is not null)
                    ?? defaultMember;
                if (memberId is null)
                {
                    errors.Add(new RowError(post.Line, text["Import.NoCountry"]));
                    continue;
                }

                var language = string.IsNullOrWhiteSpace(post.Language) ? defaultLanguage : ContentLanguages.Find(post.Language)?.Tag;
                if (language is null)
                {
                    errors.Add(
                        new RowError(
                            post.Line,
                            string.IsNullOrWhiteSpace(post.Language)
                                ? text["Import.RowWithoutLanguage"]
                                : text["Import.UnknownLanguage", post.Language.Trim()]
                        )
                    );
                    continue;
                }

                var body = post.Text.Trim();
                var title = Shorten(TitleOf(body), 120);
                var content =
                    kind == SubmissionKind.CommitmentProposal
                        ? new SubmissionContent(title, language, ProposedCommitment: body)
                        : new SubmissionContent(title, language, Body: body);
                try
                {
                    var handle = post.Handle.Trim();
                    var submission = Submission.Import(
                        memberId.Value,
                        kind.Value,
                        content,
                        handle.StartsWith('@') ? handle : "@" + handle,
                        url,
                        postedAt.ToUniversalTime(),
                        moderator
                    );
                    places ??= await SubmissionPlace.ResolverAsync(db, cancellationToken);
                    var place = places.For(memberId.Value, postedAt);
                    submission.SentIn(place.CampaignId, place.Cycle);
                    db.Submissions.Add(submission);
                    imported++;
                }
                catch (DomainException ex)
                {
                    errors.Add(new RowError(post.Line, text[ex.Code, [.. ex.Arguments]]));
                }
            }

            if (imported > 0)
            {
                audit.Record(
                    "submission.imported",
                    nameof(Submission),
                    "social-media",
                    null,
                    new
                    {
                        Imported = imported,
                        AlreadyThere = duplicates,
                        Refused = errors.Count,
                    }
                );
            }

            return new Result(imported, duplicates, errors);
        }

        /// <summary>At most <paramref name="max"/> text elements: an emoji or an accented letter is never cut in half.</summary>
        private static string Shorten(string text, int max)
        {
            var info = new StringInfo(text);
            return info.LengthInTextElements <= max ? text : info.SubstringByTextElements(0, max - 1).TrimEnd() + "…";
        }

        /// <summary>
        /// The post without its hashtags: they only routed it (kind, country), and a title of "#myNAPask #Argentina" reads
        /// as noise in the queue and on the public page. A post made only of hashtags keeps its text.
        /// </summary>
        private static string TitleOf(string body)
        {
            var words = Whitespace().Replace(Hashtag().Replace(body, " "), " ").Trim();
            return words.Length == 0 ? body : words;
        }

        private static string Normalize(string value)
        {
            var decomposed = value.Normalize(NormalizationForm.FormD);
            var kept = decomposed.Where(c =>
                char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark
            );
            return new string(kept.ToArray()).ToLowerInvariant();
        }

        [GeneratedRegex(@"#([\p{L}\p{N}_]+)")]
        private static partial Regex Hashtag();

        [GeneratedRegex(@"\s+")]
        private static partial Regex Whitespace();
    }
}
