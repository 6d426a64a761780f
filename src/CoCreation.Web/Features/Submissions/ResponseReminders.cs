using CoCreation.Domain.Submissions;
using CoCreation.Web.Infrastructure.Email;
using CoCreation.Web.Infrastructure.Localization;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Submissions;

/// <summary>
/// The response clock's reminders: an official whose members have forwarded submissions still unanswered at a step of
/// the schedule (by default 7, 14 and 28 days after forwarding) gets one email listing all of them, in their language,
/// at most once a day; at the last step the support unit is told too. Each official's row is claimed with
/// FOR UPDATE SKIP LOCKED and each reminder recorded (official, submission, step, when) in the same transaction as the
/// emails in the outbox, so several portal instances running this together send each reminder once, and an answer
/// (the submission is no longer forwarded) stops them.
/// </summary>
public static class ResponseReminders
{
    [Allow(Audience.System)]
    public sealed record Command(int BatchSize = 50) : ICommand<int>;

    /// <summary>"Portal:Notifications": the reminder schedule.</summary>
    public sealed class Options
    {
        /// <summary>Days after forwarding at which an unanswered submission is reminded; the last also tells the support unit.</summary>
        public int[]? ReminderDays { get; set; }

        /// <summary>How often each instance looks for reminders due.</summary>
        public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromMinutes(10);

        /// <summary>The schedule in order, without repeats or nonsense; the defaults when none is set.</summary>
        public IReadOnlyList<int> Steps =>
            ReminderDays?.Where(d => d > 0).Distinct().Order().ToList() is { Count: > 0 } steps ? steps : ResponseReminder.DefaultSteps;
    }

    /// <summary>How many officials were reminded.</summary>
    public sealed class Handler(
        PortalDbContext db,
        EmailOutbox outbox,
        PortalLinks links,
        IStringLocalizer<SharedResource> text,
        TimeProvider clock,
        IOptions<Options> options
    ) : ICommandHandler<Command, int>
    {
        private sealed record Waiting(Guid OfficialId, long Id, string Title, LocalizedText Member, DateTimeOffset ForwardedAt);

        private sealed record Due(Waiting Submission, int Step);

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var steps = options.Value.Steps;
            var last = steps[^1];
            var firstDue = now.AddDays(-steps[0]);
            var dayAgo = now.AddDays(-1);
            var schedule = steps.ToArray();

            // An official is due when one of their members' forwarded submissions has reached a step it was not reminded
            // at, and nothing was sent to them in the last day.
            var claimed = await db
                .Database.SqlQuery<Guid>(
                    $"""
                    SELECT u.id AS "Value" FROM users u
                    WHERE EXISTS (
                        SELECT 1 FROM official_assignments a
                        JOIN submissions s ON s.member_id = a.member_id
                        WHERE a.user_id = u.id AND s.status = 'Forwarded' AND s.forwarded_at <= {firstDue}
                          AND NOT EXISTS (
                            SELECT 1 FROM response_reminders r
                            WHERE r.official_id = u.id AND r.submission_id = s.id
                              AND r.step >= (SELECT max(d) FROM unnest({schedule}) AS d
                                             WHERE s.forwarded_at + make_interval(hours => d * 24) <= {now})))
                      AND NOT EXISTS (SELECT 1 FROM response_reminders r WHERE r.official_id = u.id AND r.sent_at > {dayAgo})
                    ORDER BY u.id
                    LIMIT {Math.Max(1, command.BatchSize)}
                    FOR UPDATE OF u SKIP LOCKED
                    """
                )
                .ToListAsync(cancellationToken);
            if (claimed.Count == 0)
            {
                return 0;
            }

            // Read again now the rows are ours: a round that held them a moment ago may have just reminded them.
            var remindedToday = await db
                .ResponseReminders.Where(r => claimed.Contains(r.OfficialId) && r.SentAt > dayAgo)
                .Select(r => r.OfficialId)
                .Distinct()
                .ToListAsync(cancellationToken);
            claimed.RemoveAll(remindedToday.Contains);
            var waiting = await (
                from a in db.OfficialAssignments
                join s in db.Submissions on a.MemberId equals s.MemberId
                join m in db.Members on s.MemberId equals m.Id
                where claimed.Contains(a.UserId) && s.Status == SubmissionStatus.Forwarded && s.ForwardedAt <= firstDue
                orderby s.ForwardedAt, s.Id
                select new Waiting(a.UserId, s.Id, s.Title, m.Name, s.ForwardedAt!.Value)
            )
                .AsNoTracking()
                .ToListAsync(cancellationToken);
            var waitingIds = waiting.Select(w => w.Id).Distinct().ToList();
            var sent = await db
                .ResponseReminders.Where(r => claimed.Contains(r.OfficialId) && waitingIds.Contains(r.SubmissionId))
                .GroupBy(r => new { r.OfficialId, r.SubmissionId })
                .Select(g => new
                {
                    g.Key.OfficialId,
                    g.Key.SubmissionId,
                    Step = g.Max(r => r.Step),
                })
                .ToDictionaryAsync(r => (r.OfficialId, r.SubmissionId), r => r.Step, cancellationToken);
            var officials = await db
                .Users.AsNoTracking()
                .Where(u => claimed.Contains(u.Id) && u.Email != null)
                .OrderBy(u => u.Id)
                .Select(u => new { u.Id, Person = new Person(u.Email!, u.DisplayName, u.PreferredLanguage) })
                .ToListAsync(cancellationToken);
            var escalations = new List<(Person Official, Due Due)>();
            var reminded = 0;
            foreach (var (officialId, official) in officials.Select(o => (o.Id, o.Person)))
            {
                var due = waiting
                    .Where(w => w.OfficialId == officialId)
                    .Select(w => new Due(w, ResponseReminder.StepReached(steps, w.ForwardedAt, now) ?? 0))
                    .Where(d => d.Step > 0 && d.Step > sent.GetValueOrDefault((officialId, d.Submission.Id)))
                    .ToList();
                if (due.Count == 0)
                {
                    continue;
                }

                Remind(official, due, last, now);
                db.ResponseReminders.AddRange(
                    due.Select(d => new ResponseReminder(officialId, d.Submission.Id, d.Step, d.Step == last, now))
                );
                escalations.AddRange(due.Where(d => d.Step == last).Select(d => (official, d)));
                reminded++;
            }

            if (escalations.Count > 0)
            {
                await EscalateAsync(escalations, last, now, cancellationToken);
            }

            return reminded;
        }

        private sealed record Person(string Email, string Name, string Language);

        private void Remind(Person official, List<Due> due, int last, DateTimeOffset now)
        {
            using var language = LanguageScope.In(official.Language);
            var paragraphs = new List<string> { text["Email.Greeting", official.Name], text.Plural("Email.Reminder.Body", due.Count) };
            paragraphs.AddRange(
                due.Select(d =>
                    text[
                        "Email.Reminder.Line",
                        d.Submission.Title,
                        d.Submission.Member.In(System.Globalization.CultureInfo.CurrentUICulture),
                        text.Days(ResponseClock.WholeDays(d.Submission.ForwardedAt, now)),
                        links.To(Paths.Answer(d.Submission.Id))
                    ].Value
                )
            );
            if (due.Any(d => d.Step == last))
            {
                paragraphs.Add(text["Email.Reminder.Escalated", text.Plural("Age.Days", last)]);
            }

            paragraphs.Add(text["Email.Reminder.Public"]);
            outbox.Enqueue(
                official.Email,
                text.Plural("Email.Reminder.Subject", due.Count),
                paragraphs,
                new EmailAction(
                    text["Email.Forwarded.Action"],
                    links.To(due.Count == 1 ? Paths.Answer(due[0].Submission.Id) : Paths.Answers())
                )
            );
        }

        /// <summary>One email to each member of the support unit, in their language, listing what reached the last step.</summary>
        private async Task EscalateAsync(
            List<(Person Official, Due Due)> escalations,
            int last,
            DateTimeOffset now,
            CancellationToken cancellationToken
        )
        {
            var support = await (
                from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                join u in db.Users on ur.UserId equals u.Id
                where r.Name == Roles.SupportUnit && u.Email != null
                orderby u.Email
                select new Person(u.Email!, u.DisplayName, u.PreferredLanguage)
            )
                .AsNoTracking()
                .ToListAsync(cancellationToken);
            foreach (var person in support)
            {
                using var language = LanguageScope.In(person.Language);
                var paragraphs = new List<string>
                {
                    text["Email.Greeting", person.Name],
                    text.Plural("Email.Escalation.Body", escalations.Count, text.Plural("Age.Days", last)),
                };
                paragraphs.AddRange(
                    escalations.Select(e =>
                        text[
                            "Email.Escalation.Line",
                            e.Due.Submission.Title,
                            e.Due.Submission.Member.In(System.Globalization.CultureInfo.CurrentUICulture),
                            text.Days(ResponseClock.WholeDays(e.Due.Submission.ForwardedAt, now)),
                            $"{e.Official.Name} <{e.Official.Email}>",
                            links.To(Paths.Submission(e.Due.Submission.Id))
                        ].Value
                    )
                );
                outbox.Enqueue(
                    person.Email,
                    text.Plural("Email.Escalation.Subject", escalations.Count, text.Plural("Age.Days", last)),
                    paragraphs,
                    new EmailAction(text["Email.Escalation.Action"], links.To(Paths.ModerationDashboard()))
                );
            }
        }
    }

    /// <summary>Looks for reminders due every <see cref="Options.ReminderInterval"/> in each portal instance.</summary>
    public sealed class Worker(IServiceScopeFactory scopes, IOptions<Options> options, ILogger<Worker> logger)
        : Infrastructure.PeriodicWorker(logger)
    {
        protected override TimeSpan Interval => options.Value.ReminderInterval;

        protected override string Work => "response reminders";

        protected override bool FirstRoundAtStart => false;

        public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAs(CurrentActor.System);
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new Command(), cancellationToken);
        }

        protected override Task<int> RoundAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);
    }
}
