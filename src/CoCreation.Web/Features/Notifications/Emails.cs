using System.Globalization;
using System.Net;
using System.Text;
using CoCreation.Domain.Notifications;
using CoCreation.Web.Infrastructure.Email;
using CoCreation.Web.Infrastructure.Localization;

namespace CoCreation.Web.Features.Notifications;

/// <summary>
/// Sends the notification emails that are due, at once or as a digest: claims a batch of people whose email is due with
/// FOR UPDATE SKIP LOCKED and writes, for each, ONE email listing everything not yet emailed, grouped by what they follow,
/// in their language, with a one-click unsubscribe (RFC 8058) — into the outbox, in the same transaction that marks those
/// notifications emailed. A stop loses nothing and a restart or a second instance sends nobody a second copy.
/// </summary>
public static class Emails
{
    [Allow(Audience.System)]
    public sealed record Command(int BatchSize) : ICommand<int>;

    private sealed record Waiting(
        long Id,
        Guid PersonId,
        HappeningKind Kind,
        FollowedKind SubjectKind,
        long SubjectId,
        LocalizedText SubjectTitle,
        LocalizedText? Detail,
        string Link,
        DateTimeOffset At,
        int? MemberId
    );

    /// <summary>How many people were claimed (each emailed once, or nothing when nothing waited).</summary>
    public sealed class Handler(
        PortalDbContext db,
        EmailOutbox outbox,
        PortalLinks links,
        IStringLocalizer<SharedResource> text,
        TimeProvider clock
    ) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var claimed = await db
                .Database.SqlQuery<Guid>(
                    $"""
                    SELECT person_id AS "Value" FROM notification_settings
                    WHERE email_due_at <= {now} AND email <> 'None'
                    ORDER BY email_due_at, person_id
                    LIMIT {Math.Max(1, command.BatchSize)}
                    FOR UPDATE SKIP LOCKED
                    """
                )
                .ToListAsync(cancellationToken);
            if (claimed.Count == 0)
            {
                return 0;
            }

            var people = await db
                .Users.AsNoTracking()
                .Where(u => claimed.Contains(u.Id))
                .Join(
                    db.NotificationSettings,
                    u => u.Id,
                    s => s.PersonId,
                    (u, s) =>
                        new
                        {
                            u.Id,
                            u.Email,
                            u.DisplayName,
                            u.PreferredLanguage,
                            s.UnsubscribeCode,
                        }
                )
                .ToListAsync(cancellationToken);
            var waiting = await (
                from n in db.Notifications
                join h in db.Happenings on n.HappeningId equals h.Id
                where claimed.Contains(n.PersonId) && n.EmailedAt == null
                orderby n.Id
                select new Waiting(
                    n.Id,
                    n.PersonId,
                    h.Kind,
                    h.SubjectKind,
                    h.SubjectId,
                    h.SubjectTitle,
                    h.Detail,
                    h.Link,
                    h.CreatedAt,
                    h.MemberId
                )
            )
                .AsNoTracking()
                .ToListAsync(cancellationToken);
            // A digest is grouped by member (what most people follow), so the member's names are read once for the round.
            var memberIds = waiting.Where(w => w.MemberId is not null).Select(w => w.MemberId!.Value).Distinct().ToList();
            var members = await db
                .Members.AsNoTracking()
                .Where(m => memberIds.Contains(m.Id))
                .Select(m => new { m.Id, m.Name })
                .ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
            var byPerson = waiting.ToLookup(w => w.PersonId);
            var emailed = new List<Guid>();
            foreach (var person in people)
            {
                var items = byPerson[person.Id].ToList();
                if (items.Count == 0 || person.Email is null)
                {
                    continue;
                }

                emailed.Add(person.Id);

                using var language = LanguageScope.In(person.PreferredLanguage);
                var unsubscribe = links.To(Paths.NotificationsUnsubscribe(person.UnsubscribeCode));
                var (subject, plain, html) = Compose(person.DisplayName, items, members, unsubscribe);
                outbox.EnqueueComposed(person.Email, subject, plain, html, unsubscribe);
            }

            var sent = waiting.Select(w => w.Id).ToArray();
            await db.Database.ExecuteSqlAsync($"UPDATE notifications SET emailed_at = {now} WHERE id = ANY({sent})", cancellationToken);
            // The last email is that of the people emailed: the next digest's due time is counted from it (FanOut).
            var done = claimed.ToArray();
            var sentTo = emailed.ToArray();
            await db.Database.ExecuteSqlAsync(
                $"""
                UPDATE notification_settings SET email_due_at = NULL,
                    last_emailed_at = CASE WHEN person_id = ANY({sentTo}) THEN {now} ELSE last_emailed_at END
                WHERE person_id = ANY({done})
                """,
                cancellationToken
            );
            return claimed.Count;
        }

        private (string Subject, string Text, string Html) Compose(
            string name,
            List<Waiting> items,
            Dictionary<int, LocalizedText> members,
            string unsubscribe
        )
        {
            var culture = CultureInfo.CurrentUICulture;
            var subject =
                items.Count == 1
                    ? text[
                        "Notifications.Email.OneSubject",
                        items[0].SubjectTitle.In(culture),
                        NotificationText.Describe(text, items[0].Kind, items[0].Detail)
                    ]
                    : text["Notifications.Email.DigestSubject", items.Count];
            var plain = new StringBuilder();
            var html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .Append(culture.TwoLetterISOLanguageName)
                .Append("\"><body style=\"font-family:sans-serif;line-height:1.5\">");
            void Paragraph(string line)
            {
                plain.AppendLine(line).AppendLine();
                html.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>");
            }

            Paragraph(text["Email.Greeting", name]);
            Paragraph(text["Notifications.Email.Intro"]);
            // Grouped by member ("Argentina", then what happened there, each with what it happened to); what has no member
            // (a campaign) under its own title.
            foreach (
                var group in items.GroupBy(i =>
                    i.MemberId is { } member ? (FollowedKind.Member, (long)member) : (i.SubjectKind, i.SubjectId)
                )
            )
            {
                var byMember = group.Key.Item1 == FollowedKind.Member && members.ContainsKey((int)group.Key.Item2);
                var heading = byMember ? members[(int)group.Key.Item2].In(culture) : group.Last().SubjectTitle.In(culture);
                plain.AppendLine(heading);
                html.Append("<h2 style=\"font-size:1.1em\">").Append(WebUtility.HtmlEncode(heading)).Append("</h2><ul>");
                foreach (var item in group)
                {
                    var what = NotificationText.Describe(text, item.Kind, item.Detail);
                    var line =
                        byMember && item.SubjectKind != FollowedKind.Member
                            ? text["Notifications.Email.OneSubject", item.SubjectTitle.In(culture), what].Value
                            : what;
                    var link = links.To(item.Link);
                    plain.Append("- ").AppendLine(line).Append("  ").AppendLine(link);
                    html.Append("<li><a href=\"")
                        .Append(WebUtility.HtmlEncode(link))
                        .Append("\">")
                        .Append(WebUtility.HtmlEncode(line))
                        .Append("</a></li>");
                }

                plain.AppendLine();
                html.Append("</ul>");
            }

            var settings = links.To(Paths.Account());
            Paragraph(text["Notifications.Email.Why", settings]);
            plain.AppendLine(text["Notifications.Email.Unsubscribe"] + ": " + unsubscribe);
            html.Append("<p style=\"font-size:small\"><a href=\"")
                .Append(WebUtility.HtmlEncode(unsubscribe))
                .Append("\">")
                .Append(WebUtility.HtmlEncode(text["Notifications.Email.Unsubscribe"]))
                .Append("</a></p></body></html>");
            return (subject, plain.ToString(), html.ToString());
        }
    }
}
