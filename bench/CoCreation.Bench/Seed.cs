using System.Diagnostics;
using System.Globalization;
using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Common;
using CoCreation.Domain.Events;
using CoCreation.Domain.Members;
using CoCreation.Domain.Newsletter;
using CoCreation.Domain.Notifications;
using CoCreation.Domain.Timelines;
using CoCreation.Web;
using CoCreation.Web.Data;
using CoCreation.Web.Data.Seed;
using CoCreation.Web.Infrastructure;
using CoCreation.Web.Infrastructure.Identity;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Bench;

/// <summary>
/// The benchmark's data, into its own database, repeatable by seed: the demo campaign and accounts,
/// members up to 60, 150 000 example submissions in three languages in every state with answers (over
/// 100 000 of them public: the open-data export has more than 100 000 rows), and
/// 200 events with 20 000 registrations. Runs again only what is missing.
/// </summary>
internal static class Seed
{
    private static readonly string[] Languages = ["en", "fr", "es"];

    public const string BenchDomain = "bench.cocreation.example";

    /// <summary>bench.sh signs in with these (a loopback-only throwaway database).</summary>
    public const string ParticipantEmail = "participant@" + BenchDomain;

    public const string ParticipantPassword = "loopback measuring runs 2017";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new Options(args);
        var wanted = (
            Submissions: options.GetInt("submissions", 150_000),
            Events: options.GetInt("events", 200),
            PerEvent: options.GetInt("registrations", 100),
            Members: options.GetInt("members", 60),
            Activities: options.GetInt("activities", 2_000),
            Subscribers: options.GetInt("subscribers", 5_000),
            Follows: options.GetInt("follows", 50_000),
            PlanCommitments: options.GetInt("plan-commitments", 100)
        );
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", Args = [] });
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:Portal"] = options.Get("connection"),
                ["Portal:SeedDemoData"] = "true",
                ["Serilog:MinimumLevel:Default"] = "Warning",
            }
        );
        builder.AddPortal();
        await using var app = builder.Build();
        var clock = Stopwatch.StartNew();
        await app.PrepareDatabaseAsync();

        await MembersAsync(app.Services, wanted.Members);
        await SubmissionsAsync(app.Services, wanted.Submissions);
        await EventsAsync(app.Services, wanted.Events, wanted.PerEvent);
        await TimelinesAsync(app.Services, wanted.Activities);
        await SubscribersAsync(app.Services, wanted.Subscribers);
        await ParticipantAsync(app.Services);
        await FollowsAsync(app.Services, wanted.Follows);
        await PlanAsync(app.Services, wanted.PlanCommitments);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
            var members = await db.Members.CountAsync();
            var submissions = await db.Submissions.CountAsync();
            var events = await db.Events.CountAsync();
            var registrations = await db.Set<Registration>().CountAsync();
            var activities = await db.Timelines.SelectMany(t => t.Activities).CountAsync();
            var subscribers = await db.Subscribers.CountAsync();
            var followers = await db.Users.CountAsync(u => u.Email!.StartsWith(FollowerPrefix) && u.Email.EndsWith("@" + BenchDomain));
            var follows = await db.Follows.CountAsync(f =>
                db.Users.Any(u => u.Id == f.PersonId && u.Email!.StartsWith(FollowerPrefix) && u.Email.EndsWith("@" + BenchDomain))
            );
            var official = await BenchOfficialAsync(db);
            var happenings = await db.Happenings.CountAsync(h => h.ActorId == official);
            var planned = await db.Commitments.CountAsync(c => db.Members.Any(m => m.Id == c.MemberId && m.Code == PlanMember));
            var milestones = await db.Milestones.CountAsync(x =>
                db.Commitments.Any(c => c.Id == x.CommitmentId && db.Members.Any(m => m.Id == c.MemberId && m.Code == PlanMember))
            );
            var updates = await db.ProgressUpdates.CountAsync(u =>
                db.Commitments.Any(c => c.Id == u.CommitmentId && db.Members.Any(m => m.Id == c.MemberId && m.Code == PlanMember))
            );
            Console.WriteLine(
                $"seed: {members} members, {submissions} submissions, {events} events, {registrations} registrations, "
                    + $"{activities} activities, {subscribers} subscribers, {follows} follows of {followers} people (daily digest), "
                    + $"{happenings} happenings to digest, and member {PlanMember}'s plan of {planned} commitments with {milestones} "
                    + $"milestones and {updates} progress updates ({clock.Elapsed.TotalSeconds:0} s)"
            );
        }

        return 0;
    }

    /// <summary>
    /// The participant the bench signs in as. Not a demo account: the portal it measures runs in Production,
    /// which closes the demo accounts (Portal:CloseDemoAccounts) and refuses to serve them.
    /// </summary>
    private static async Task ParticipantAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByEmailAsync(ParticipantEmail) is not null)
        {
            return;
        }

        var user = new PortalUser
        {
            UserName = ParticipantEmail,
            Email = ParticipantEmail,
            EmailConfirmed = true,
            DisplayName = "Bench participant",
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var created = await users.CreateAsync(user, ParticipantPassword);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, Roles.Participant);
        }

        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                "bench: the participant account could not be created: " + string.Join(" ", created.Errors.Select(e => e.Description))
            );
        }
    }

    private static async Task MembersAsync(IServiceProvider services, int wanted)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var taken = (await db.Members.Select(m => m.Code).ToListAsync()).ToHashSet();
        var regions = Enum.GetValues<Region>();
        var codes = "XZ"
            .SelectMany(first => Enumerable.Range(0, 26).Select(second => $"{first}{(char)('A' + second)}"))
            .Where(c => !taken.Contains(c));
        foreach (var (code, n) in codes.Take(Math.Max(0, wanted - taken.Count)).Select((c, i) => (c, i)))
        {
            db.Members.Add(
                Member.Create(
                    code,
                    MemberKind.Country,
                    regions[n % regions.Length],
                    new LocalizedText($"Example member {code}", $"Membre d'exemple {code}", $"Miembro de ejemplo {code}"),
                    new DateOnly(2011 + (n % 12), 9, 20),
                    n % 7 == 0,
                    CycleStatus.Implementing,
                    DateTimeOffset.UtcNow
                )
            );
        }

        await db.SaveChangesAsync();
    }

    private static async Task SubmissionsAsync(IServiceProvider services, int wanted)
    {
        ExampleSubmissions setting;
        int have;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            have = await db.Submissions.CountAsync();
            if (have >= wanted)
            {
                return;
            }

            setting = await scope.ServiceProvider.GetRequiredService<DemoData>().PrepareSubmissionsAsync(CancellationToken.None);
        }

        var random = new Random(2026 + have);
        const int Batch = 2_000;
        for (var done = have; done < wanted; done += Batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Submissions.AddRange(Enumerable.Range(done, Math.Min(Batch, wanted - done)).Select(i => setting.Example(i, random)));
            await db.SaveChangesAsync();
            Progress("submissions", Math.Min(done + Batch, wanted), wanted);
        }

        Console.Error.WriteLine();
    }

    private static async Task EventsAsync(IServiceProvider services, int wanted, int perEvent)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var have = await db.Events.CountAsync();
        var regions = Enum.GetValues<Region>();
        var random = new Random(200);
        for (var n = have; n < wanted; n++)
        {
            var starts = new DateTimeOffset(2017, 1, 2, 14, 0, 0, TimeSpan.Zero).AddDays(n * 20 + random.Next(10));
            var language = Languages[n % 3];
            var details = new EventDetails(
                (EventKind)(n % 3),
                regions[n % regions.Length],
                language,
                new LocalizedText(
                    $"Example co-creation webinar {n + 1}",
                    $"Webinaire de co-création d'exemple {n + 1}",
                    $"Webinario de cocreación de ejemplo {n + 1}"
                ),
                new LocalizedText("An example event of the benchmark data."),
                null,
                new EventSchedule(starts, starts.AddMinutes(90), "UTC", null, null),
                perEvent * 4 / 5,
                "https://meet.example.org/bench",
                []
            );
            var planned = Event.Plan(null, details, starts.AddDays(-40));
            for (var r = 0; r < perEvent; r++)
            {
                planned.Register(
                    new Registrant(null, $"Registrant {n}-{r} (example)", $"r{n}-{r}@example.org"),
                    starts.AddDays(-30).AddMinutes(r)
                );
            }

            planned.ClearDomainEvents();
            db.Events.Add(planned);
            if (n % 20 == 19 || n == wanted - 1)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                Progress("events", n + 1, wanted);
            }
        }

        Console.Error.WriteLine();
    }

    /// <summary>A published 2019-2021 timeline per member, activities spread over the cycle, up to the wanted total.</summary>
    private static async Task TimelinesAsync(IServiceProvider services, int wanted)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (await db.Timelines.AnyAsync(t => t.Cycle == "2019-2021"))
        {
            return;
        }

        var members = await db.Members.OrderBy(m => m.Code).Select(m => m.Id).ToListAsync();
        var kinds = Enum.GetValues<CoCreation.Domain.Timelines.ActivityKind>();
        var actor = Guid.Empty;
        foreach (var (memberId, m) in members.Select((id, i) => (id, i)))
        {
            var published = new DateTimeOffset(2019, 1, 7, 9, 0, 0, TimeSpan.Zero);
            var timeline = CoCreationTimeline.Start(memberId, "2019-2021", published.AddDays(-30));
            var phase = timeline.AddPhase(new LocalizedText("Co-creation", "Co-création", "Cocreación"), actor, published.AddDays(-30));
            var count = (wanted / members.Count) + (m < wanted % members.Count ? 1 : 0);
            for (var a = 0; a < Math.Max(1, count); a++)
            {
                var starts = published.AddDays(20 + a * 20);
                timeline.AddActivity(
                    phase,
                    new ActivityDetails(
                        kinds[a % kinds.Length],
                        new LocalizedText($"Example activity {a + 1}", $"Activité d'exemple {a + 1}", $"Actividad de ejemplo {a + 1}"),
                        new LocalizedText("An example activity of the benchmark data."),
                        starts,
                        starts.AddHours(2),
                        "UTC",
                        "Online",
                        "https://meet.example.org/bench",
                        ["en"],
                        "Anyone",
                        "Write to the point of contact",
                        null
                    ),
                    actor,
                    published.AddDays(-30)
                );
            }

            timeline.Publish(actor, published);
            db.Timelines.Add(timeline);
            Progress("timelines", m + 1, members.Count);
        }

        await db.SaveChangesAsync();
        Console.Error.WriteLine();
    }

    private static async Task SubscribersAsync(IServiceProvider services, int wanted)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        // The bench's own addresses: the demo data has readers of its own (reader1@example.org, ...), and
        // numbering from the total count would collide with them.
        var have = await db.Subscribers.CountAsync(s => s.Email.EndsWith("@" + BenchDomain));
        for (var n = have; n < wanted; n++)
        {
            db.Subscribers.Add(Subscriber.Confirm($"reader{n}@{BenchDomain}", Languages[n % 3], DateTimeOffset.UtcNow));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The member whose evidence pack bench.sh downloads (a user-assigned code: no real country has it).</summary>
    public const string PlanMember = "QP";

    /// <summary>
    /// A member implementing a published plan of <paramref name="wanted"/> commitments, each with three milestones and four
    /// dated progress updates with evidence (one about the whole commitment), as an official records them: the evidence pack
    /// of a large member, whose ZIP bench.sh downloads while it samples the portal's memory. Skipped when the plan exists.
    /// </summary>
    private static async Task PlanAsync(IServiceProvider services, int wanted)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var member = await db.Members.SingleOrDefaultAsync(m => m.Code == PlanMember);
        if (member is null)
        {
            member = Member.Create(
                PlanMember,
                MemberKind.Country,
                Region.Europe,
                new LocalizedText(
                    "Example member with a large plan",
                    "Membre d'exemple au grand plan",
                    "Miembro de ejemplo con un gran plan"
                ),
                new DateOnly(2012, 9, 20),
                false,
                CycleStatus.Implementing,
                DateTimeOffset.UtcNow
            );
            db.Members.Add(member);
            await db.SaveChangesAsync();
        }

        if (wanted <= 0 || await db.NationalActionPlans.AnyAsync(p => p.MemberId == member.Id))
        {
            return;
        }

        var official = Guid.Empty;
        var plan = NationalActionPlan.Start(member.Id, "2019-2021", PlanStatus.CoCreation);
        db.NationalActionPlans.Add(plan);
        for (var n = 1; n <= wanted; n++)
        {
            var ogpId = FormattableString.Invariant($"{PlanMember}{n:0000}");
            plan.AddCommitment(
                PlanMember,
                ogpId,
                new CommitmentDetails(
                    new LocalizedText($"Example commitment {n}", $"Engagement d'exemple {n}", $"Compromiso de ejemplo {n}"),
                    "Public contracts are not published, and nobody can follow the spending (example).",
                    "Publish every contract as open data, with its annexes and amendments (example).",
                    "Citizens and journalists can check how public money is spent (example).",
                    "It opens information to the public and lets citizens take part in checking how it is used (example).",
                    ["open-contracting"],
                    ["access-to-information", "public-accountability"],
                    "Secretariat of Public Innovation (example)",
                    ["Civil society forum (example)"],
                    new DateOnly(2019, 9, 1),
                    new DateOnly(2021, 8, 31)
                )
            );
        }

        plan.Publish(new DateTimeOffset(2019, 8, 31, 12, 0, 0, TimeSpan.Zero));
        plan.MoveTo(PlanStatus.Submitted);
        plan.MoveTo(PlanStatus.Implementing);
        (string Text, DateOnly From, DateOnly To)[] steps =
        [
            ("Design the data standard and publish it for consultation", new DateOnly(2019, 9, 1), new DateOnly(2019, 12, 31)),
            ("Pilot with three agencies", new DateOnly(2020, 1, 1), new DateOnly(2020, 9, 30)),
            ("Roll out to every agency and publish the data monthly", new DateOnly(2020, 10, 1), new DateOnly(2021, 8, 31)),
        ];
        var planned = new DateTimeOffset(2019, 9, 5, 12, 0, 0, TimeSpan.Zero);
        foreach (var commitment in plan.Commitments)
        {
            foreach (var (text, from, to) in steps)
            {
                plan.AddMilestone(
                    commitment,
                    new MilestoneDetails(new LocalizedText(text), from, to, "A report, reviewed by the forum"),
                    official,
                    planned
                );
            }
        }

        // Progress on a milestone names it by its key: the milestones are saved first.
        await db.SaveChangesAsync();
        foreach (var commitment in plan.Commitments)
        {
            var milestones = commitment.Milestones.OrderBy(m => m.Order).ToList();
            (Milestone? About, DateOnly On, ProgressLevel Level)[] reports =
            [
                (milestones[0], new DateOnly(2019, 12, 15), ProgressLevel.Complete),
                (milestones[1], new DateOnly(2020, 6, 15), ProgressLevel.Limited),
                (milestones[1], new DateOnly(2020, 9, 20), ProgressLevel.Substantial),
                (null, new DateOnly(2020, 12, 15), ProgressLevel.Substantial),
            ];
            foreach (var (about, on, level) in reports)
            {
                var slug = commitment.OgpId.ToLowerInvariant();
                plan.RecordProgress(
                    commitment,
                    about,
                    new ProgressReport(
                        on,
                        level,
                        "The agencies published the contracts of the quarter as open data, with their annexes (example).",
                        "en",
                        [new EvidenceLink($"https://example.org/{slug}/{on:yyyy-MM}.csv", "Contracts of the quarter (example)")]
                    ),
                    official,
                    new DateTimeOffset(on.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero)
                );
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The bench's followers: follower0@bench.cocreation.example, follower1@..., one person per five follows.</summary>
    public const string FollowerPrefix = "follower";

    public const string OfficialEmail = "official@" + BenchDomain;

    private const int FollowsPerPerson = 5;

    /// <summary>
    /// Follows for the digest step of bench.sh (<c>tool digest</c>): people enough for <paramref name="wanted"/> follows, five
    /// each — two members, a campaign (or a third submission where there is none) and two published submissions — all with
    /// a daily digest, in the three languages; and a happening to tell them of on each member and campaign they follow (an
    /// activity changed, a blog post), done by a bench official so that the digest step finds exactly these. Written
    /// straight to the tables (no password hashing: these people never sign in), each step skipping what exists.
    /// </summary>
    private static async Task FollowsAsync(IServiceProvider services, int wanted)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var people = (wanted + FollowsPerPerson - 1) / FollowsPerPerson;
        var now = DateTimeOffset.UtcNow;
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO users (id, user_name, normalized_user_name, email, normalized_email, email_confirmed, phone_number_confirmed,
                two_factor_enabled, lockout_enabled, access_failed_count, display_name, preferred_language, created_at)
            SELECT gen_random_uuid(), address, upper(address), address, upper(address), TRUE, FALSE, FALSE, TRUE, 0,
                'Follower ' || n || ' (example)', (ARRAY['en','fr','es'])[1 + n % 3], {now}
            FROM generate_series(0, {people - 1}) AS n, LATERAL (SELECT {FollowerPrefix} || n || {"@" + BenchDomain} AS address) a
            WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.normalized_user_name = upper(a.address))
            """
        );
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO users (id, user_name, normalized_user_name, email, normalized_email, email_confirmed, phone_number_confirmed,
                two_factor_enabled, lockout_enabled, access_failed_count, display_name, preferred_language, created_at)
            SELECT gen_random_uuid(), {OfficialEmail}, upper({OfficialEmail}), {OfficialEmail}, upper({OfficialEmail}), TRUE, FALSE,
                FALSE, TRUE, 0, 'Bench official (example)', 'en', {now}
            WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.normalized_user_name = upper({OfficialEmail}))
            """
        );

        var followers = (
            await db
                .Users.AsNoTracking()
                .Where(u => u.Email!.StartsWith(FollowerPrefix) && u.Email.EndsWith("@" + BenchDomain))
                .Select(u => new { u.Id, u.Email })
                .ToListAsync()
        ).ToDictionary(u => int.Parse(u.Email![FollowerPrefix.Length..u.Email!.IndexOf('@')], CultureInfo.InvariantCulture), u => u.Id);
        var members = await db.Members.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
        var campaigns = await db.Campaigns.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        var published = await db
            .Submissions.Where(s => s.PublishedAt != null)
            .OrderBy(s => s.Id)
            .Select(s => s.Id)
            .Take(Math.Max(1, 3 * people))
            .ToListAsync();
        var (persons, kinds, subjects) = (new List<Guid>(wanted), new List<string>(wanted), new List<long>(wanted));
        for (var f = 0; f < wanted; f++)
        {
            var (p, slot) = (f / FollowsPerPerson, f % FollowsPerPerson);
            (FollowedKind Kind, long Id)? follow = slot switch
            {
                0 => (FollowedKind.Member, members[p % members.Count]),
                1 => (FollowedKind.Member, members[(p + members.Count / 2) % members.Count]),
                2 when campaigns.Count > 0 => (FollowedKind.Campaign, campaigns[p % campaigns.Count]),
                _ when published.Count > 0 => (FollowedKind.Submission, published[(3 * p + slot - 2) % published.Count]),
                _ => null,
            };
            if (follow is { } made)
            {
                persons.Add(followers[p]);
                kinds.Add(made.Kind.ToString());
                subjects.Add(made.Id);
            }
        }

        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO follows (person_id, kind, subject_id, automatic, created_at)
            SELECT person_id, kind, subject_id, FALSE, {now}
            FROM unnest({persons.ToArray()}, {kinds.ToArray()}, {subjects.ToArray()}) AS f (person_id, kind, subject_id)
            ON CONFLICT DO NOTHING
            """
        );
        var ids = followers.Values.ToArray();
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO notification_settings (person_id, email, unsubscribe_code)
            SELECT id, {EmailChoice.Daily.ToString()}, replace(gen_random_uuid()::text, '-', '') FROM unnest({ids}) AS id
            ON CONFLICT DO NOTHING
            """
        );

        // A happening on each member and campaign the followers follow, unless the bench official made one already.
        var official = await BenchOfficialAsync(db) ?? throw new InvalidOperationException("bench: no bench official");
        var told = (await db.Happenings.Where(h => h.ActorId == official).Select(h => new { h.SubjectKind, h.SubjectId }).ToListAsync())
            .Select(h => (h.SubjectKind, h.SubjectId))
            .ToHashSet();
        var followedMembers = await db
            .Members.AsNoTracking()
            .Where(m => db.Follows.Any(f => f.Kind == FollowedKind.Member && f.SubjectId == m.Id && ids.Contains(f.PersonId)))
            .Select(m => new
            {
                m.Id,
                m.Code,
                m.Name,
            })
            .ToListAsync();
        foreach (var member in followedMembers.Where(m => !told.Contains((FollowedKind.Member, m.Id))))
        {
            db.Happenings.Add(
                new Happening(
                    HappeningKind.TimelineChanged,
                    FollowedKind.Member,
                    member.Id,
                    member.Name,
                    member.Id,
                    null,
                    official,
                    new LocalizedText(
                        "Example activity 1 (benchmark)",
                        "Activité d'exemple 1 (benchmark)",
                        "Actividad de ejemplo 1 (benchmark)"
                    ),
                    Paths.Timeline(member.Code),
                    now
                )
            );
        }

        var followedCampaigns = await db
            .Campaigns.AsNoTracking()
            .Where(c => db.Follows.Any(f => f.Kind == FollowedKind.Campaign && f.SubjectId == c.Id && ids.Contains(f.PersonId)))
            .Select(c => new
            {
                c.Id,
                c.Slug,
                c.Title,
            })
            .ToListAsync();
        foreach (var campaign in followedCampaigns.Where(c => !told.Contains((FollowedKind.Campaign, c.Id))))
        {
            db.Happenings.Add(
                new Happening(
                    HappeningKind.BlogPostPublished,
                    FollowedKind.Campaign,
                    campaign.Id,
                    campaign.Title,
                    null,
                    campaign.Id,
                    official,
                    new LocalizedText(
                        "An example blog post (benchmark)",
                        "Un billet d'exemple (benchmark)",
                        "Una entrada de ejemplo (benchmark)"
                    ),
                    Paths.Campaign(campaign.Slug),
                    now
                )
            );
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The bench official's id: the actor of the bench's happenings (never a follower, never signs in).</summary>
    public static async Task<Guid?> BenchOfficialAsync(PortalDbContext db) =>
        await db.Users.Where(u => u.Email == OfficialEmail).Select(u => (Guid?)u.Id).SingleOrDefaultAsync();

    private static void Progress(string what, int done, int total)
    {
        const int Width = 40;
        var filled = (int)((long)done * Width / total);
        Console.Error.Write($"\r{what.PadRight(12)} [{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total}");
    }
}
