using CoCreation.Domain.Submissions;
using CoCreation.Web.Infrastructure.Email;
using CoCreation.Web.Infrastructure.Localization;
using CoCreation.Web.Infrastructure.Mediator;

namespace CoCreation.Web.Features.Submissions;

/// <summary>
/// Collects what one command forwarded and, before it commits, emails each official of those members
/// once, in their language, with every title forwarded to them: a selection of 200 is one email.
/// </summary>
public sealed class ForwardedDigest(PortalDbContext db, EmailOutbox outbox, PortalLinks links, IStringLocalizer<SharedResource> text)
    : IBeforeCommit
{
    private readonly List<Submission> _forwarded = [];

    public void Add(Submission submission) => _forwarded.Add(submission);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (_forwarded.Count == 0)
        {
            return;
        }

        var members = _forwarded.Select(s => s.MemberId).Distinct().ToList();
        var officials = await db
            .OfficialAssignments.AsNoTracking()
            .Where(a => members.Contains(a.MemberId))
            .Join(
                db.Users,
                a => a.UserId,
                u => u.Id,
                (a, u) =>
                    new
                    {
                        a.MemberId,
                        u.Id,
                        u.Email,
                        u.DisplayName,
                        u.PreferredLanguage,
                    }
            )
            .ToListAsync(cancellationToken);
        foreach (var official in officials.Where(o => o.Email is not null).GroupBy(o => o.Id))
        {
            var first = official.First();
            var theirs = _forwarded.Where(s => official.Any(o => o.MemberId == s.MemberId)).ToList();
            using var language = LanguageScope.In(first.PreferredLanguage);
            var paragraphs = new List<string>
            {
                text["Email.Greeting", first.DisplayName],
                theirs.Count == 1 ? text["Email.Forwarded.Body", theirs[0].Title] : text["Email.Forwarded.BodySeveral", theirs.Count],
            };
            paragraphs.AddRange(theirs.Select(s => $"• {s.Title} — {links.To(Paths.Answer(s.Id))}"));
            outbox.Enqueue(
                first.Email!,
                text["Email.Forwarded.Subject", theirs.Count == 1 ? theirs[0].Title : text["Email.Forwarded.Several", theirs.Count].Value],
                paragraphs,
                new EmailAction(text["Email.Forwarded.Action"], links.To(theirs.Count == 1 ? Paths.Answer(theirs[0].Id) : Paths.Answers()))
            );
        }

        _forwarded.Clear();
    }
}
