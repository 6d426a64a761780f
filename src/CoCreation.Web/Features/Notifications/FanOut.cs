using CoCreation.Domain.Notifications;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Notifications;

/// <summary>
/// Tells followers what happened: claims a batch of happenings with FOR UPDATE SKIP LOCKED and, in set-based statements
/// (thousands of followers cost three statements, not thousands), writes one notification per follower — never to the
/// person who did it — and schedules each recipient's next email by their choice. All in one transaction with the stamp
/// on the happenings, so a stop half way leaves the batch to do again and a second instance takes other happenings.
/// </summary>
public static class FanOut
{
    [Allow(Audience.System)]
    public sealed record Command(int BatchSize) : ICommand<int>;

    // Whoever follows the happening's subject, its member or its campaign; the actor is left out. Worked out once per
    // batch into a table that lives until the transaction ends (ON COMMIT DROP: nothing stays on the pooled connection),
    // which the three statements below read: as a CTE in each, the joins over the follows ran three times.
    private const string Recipients = """
        CREATE TEMP TABLE fan_out_recipients (happening_id bigint, created_at timestamptz, person_id uuid) ON COMMIT DROP;
        INSERT INTO fan_out_recipients
        WITH targets AS (
            SELECT h.id, h.actor_id, h.created_at, h.subject_kind AS kind, h.subject_id AS subject FROM happenings h WHERE h.id = ANY({0})
            UNION SELECT h.id, h.actor_id, h.created_at, 'Member', h.member_id FROM happenings h
                WHERE h.id = ANY({0}) AND h.member_id IS NOT NULL
            UNION SELECT h.id, h.actor_id, h.created_at, 'Campaign', h.campaign_id FROM happenings h
                WHERE h.id = ANY({0}) AND h.campaign_id IS NOT NULL
        )
        SELECT DISTINCT t.id AS happening_id, t.created_at, f.person_id
        FROM targets t JOIN follows f ON f.kind = t.kind AND f.subject_id = t.subject
        WHERE f.person_id IS DISTINCT FROM t.actor_id
        """;

    /// <summary>How many happenings were fanned out.</summary>
    public sealed class Handler(PortalDbContext db, TimeProvider clock, IOptions<NotificationOptions> options)
        : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var claimed = await db
                .Database.SqlQuery<long>(
                    $"""
                    SELECT id AS "Value" FROM happenings
                    WHERE fanned_out_at IS NULL
                    ORDER BY id
                    LIMIT {Math.Max(1, command.BatchSize)}
                    FOR UPDATE SKIP LOCKED
                    """
                )
                .ToListAsync(cancellationToken);
            if (claimed.Count == 0)
            {
                return 0;
            }

            var ids = claimed.ToArray();
            var now = clock.GetUtcNow();
            var choice = options.Value.DefaultEmail.ToString();

            await db.Database.ExecuteSqlRawAsync(Recipients, [ids], cancellationToken);

            // A person told for the first time gets their settings: the default choice and an unsubscribe code.
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO notification_settings (person_id, email, unsubscribe_code)
                SELECT DISTINCT person_id, {0}, replace(gen_random_uuid()::text, '-', '') FROM fan_out_recipients
                ON CONFLICT DO NOTHING
                """,
                [choice],
                cancellationToken
            );

            // The next email is due (at once, in a day, in a week) unless one is due already. The rows are locked in one
            // order, before the notifications exist, so an email round that holds a person's row has either sent before
            // this commits (and the email due here comes later) or will see these notifications. A digest is due a period
            // after the later of now and the person's last email: when another instance emailed them while this waited for
            // the row, its "now" (read before) may be earlier than that email, and a digest due a day after it would leave
            // less than a day after the last one — two digests in one day (issue 21).
            await db.Database.ExecuteSqlRawAsync(
                """
                WITH locked AS (
                    SELECT s.person_id FROM notification_settings s
                    WHERE s.person_id IN (SELECT person_id FROM fan_out_recipients) AND s.email <> 'None'
                    ORDER BY s.person_id
                    FOR UPDATE
                )
                UPDATE notification_settings s
                SET email_due_at = COALESCE(s.email_due_at, CASE s.email
                    WHEN 'AtOnce' THEN {0}
                    WHEN 'Daily' THEN GREATEST({0}, s.last_emailed_at) + interval '1 day'
                    ELSE GREATEST({0}, s.last_emailed_at) + interval '7 days' END)
                FROM locked WHERE s.person_id = locked.person_id
                """,
                [now],
                cancellationToken
            );

            // Nobody who wants no email has anything waiting for one.
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO notifications (person_id, happening_id, created_at, emailed_at)
                SELECT r.person_id, r.happening_id, r.created_at, CASE WHEN s.email = 'None' THEN {0} END
                FROM fan_out_recipients r JOIN notification_settings s ON s.person_id = r.person_id
                ON CONFLICT (person_id, happening_id) DO NOTHING
                """,
                [now],
                cancellationToken
            );
            await db.Database.ExecuteSqlAsync($"UPDATE happenings SET fanned_out_at = {now} WHERE id = ANY({ids})", cancellationToken);
            return claimed.Count;
        }
    }
}

/// <summary>"Portal:Notifications": the email choice of a person who made none, and how fast the background work runs.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Portal:Notifications";

    public EmailChoice DefaultEmail { get; set; } = EmailChoice.Daily;

    /// <summary>How often each instance fans out new happenings and sends the emails that are due.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Happenings fanned out, or people emailed, per transaction.</summary>
    public int BatchSize { get; set; } = 200;
}
