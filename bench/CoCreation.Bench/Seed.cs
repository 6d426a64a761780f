using System.Diagnostics;
using CoCreation.Domain.Common;
using CoCreation.Domain.Events;
using CoCreation.Domain.Members;
using CoCreation.Domain.Newsletter;
using CoCreation.Domain.Timelines;
using CoCreation.Web;
using CoCreation.Web.Data;
using CoCreation.Web.Data.Seed;
using CoCreation.Web.Infrastructure;
using CoCreation.Web.Infrastructure.Identity;
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

    private const string BenchDomain = "bench.cocreation.example";

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
            Subscribers: options.GetInt("subscribers", 5_000)
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
            Console.WriteLine(
                $"seed: {members} members, {submissions} submissions, {events} events, {registrations} registrations, "
                    + $"{activities} activities, {subscribers} subscribers ({clock.Elapsed.TotalSeconds:0} s)"
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

    private static void Progress(string what, int done, int total)
    {
        const int Width = 40;
        var filled = (int)((long)done * Width / total);
        Console.Error.Write($"\r{what.PadRight(12)} [{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total}");
    }
}
