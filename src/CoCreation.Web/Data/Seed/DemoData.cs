using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Campaigns;
using CoCreation.Domain.Events;
using CoCreation.Domain.Members;
using CoCreation.Domain.Submissions;
using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Data.Seed;

/// <summary>
/// The Global Co-creation Week with its 30 members, and one demo account per role. Loaded only into
/// an empty database, in Development only.
/// </summary>
public sealed partial class DemoData(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock)
{
    public const string DemoPassword = "open-gov-cocreate-2017";

    /// <summary>Every demo account's address ends with it: how the portal finds them outside Development.</summary>
    public const string AccountDomain = "demo.cocreation.example";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("admin@demo.cocreation.example", "Ada Administrator", Roles.Administrator, []),
        new("support@demo.cocreation.example", "Sam Support Unit", Roles.SupportUnit, []),
        new("official@demo.cocreation.example", "Olga Official (Argentina, Colombia)", Roles.GovernmentOfficial, ["AR", "CO"]),
        new("participant@demo.cocreation.example", "Pat Participant", Roles.Participant, []),
    ];

    public async Task<bool> LoadIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Members.AnyAsync(cancellationToken) || await db.Campaigns.AnyAsync(cancellationToken))
        {
            return false;
        }

        await LoadCampaignAsync(cancellationToken);
        await LoadAccountsAsync();
        await RelaxStaffTwoFactorAsync(cancellationToken);
        await LoadSubmissionsAsync(300, cancellationToken);
        await LoadMembershipAsync(cancellationToken);
        await LoadResponseRemindersAsync(cancellationToken);
        var official = await db
            .Users.Where(u => u.Email == "official@demo.cocreation.example")
            .Select(u => u.Id)
            .SingleAsync(cancellationToken);
        await DemoTimelines.LoadAsync(db, official, cancellationToken);
        await DemoForums.LoadAsync(db, official, cancellationToken);

        // After the timelines and plans: conversations hang under them too.
        await LoadCommentsAsync(cancellationToken);
        await LoadBlogAndNewsletterAsync(cancellationToken);
        await LoadFollowsAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The response clock at work: a proposal to Argentina forwarded a month ago (dates relative to today, as the demo's
    /// upcoming event) and still unanswered, its official reminded at 7, 14 and 28 days and the support unit told at the
    /// last; the example submissions of 2017 still waiting had their reminders then, so starting the demo sends no backlog.
    /// </summary>
    private async Task LoadResponseRemindersAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var participant = await db
            .Users.Where(u => u.Email == "participant@demo.cocreation.example")
            .Select(u => new { u.Id, u.DisplayName })
            .SingleAsync(cancellationToken);
        var staff = await db
            .Users.Where(u => u.Email == "support@demo.cocreation.example")
            .Select(u => u.Id)
            .SingleAsync(cancellationToken);
        var argentina = await db.Members.Where(m => m.Code == "AR").Select(m => m.Id).SingleAsync(cancellationToken);
        var sent = now.AddDays(-33);
        var waiting = Submission.Submit(
            argentina,
            SubmissionKind.CommitmentProposal,
            new SubmissionContent(
                "Publicar en datos abiertos los subsidios al transporte",
                "es",
                null,
                "Nadie puede saber qué empresa de transporte recibe cuánto dinero público ni con qué criterios.",
                "Publicar cada mes, en formato abierto, los subsidios pagados a cada empresa de transporte y la fórmula usada.",
                "Control ciudadano del gasto y tarifas más justas.",
                "fiscal-openness",
                null
            ),
            participant.Id,
            participant.DisplayName,
            null,
            false,
            sent
        );
        // Sent a month ago, outside any campaign: it is about Argentina's current cycle, as every demo submission names one.
        waiting.SentIn(
            null,
            await db.Members.Where(m => m.Id == argentina).Select(m => m.CurrentCycle).SingleAsync(cancellationToken) ?? "2017-2019"
        );
        waiting.Publish(staff, sent.AddDays(1));
        waiting.Forward(staff, memberHasContact: true, sent.AddDays(2));
        waiting.ClearDomainEvents();
        db.Submissions.Add(waiting);
        await db.SaveChangesAsync(cancellationToken);

        var steps = ResponseReminder.DefaultSteps;
        var owed = await (
            from s in db.Submissions
            join a in db.OfficialAssignments on s.MemberId equals a.MemberId
            where s.Status == SubmissionStatus.Forwarded
            select new
            {
                s.Id,
                a.UserId,
                ForwardedAt = s.ForwardedAt!.Value,
            }
        ).ToListAsync(cancellationToken);
        foreach (var item in owed)
        {
            db.ResponseReminders.AddRange(
                steps
                    .Where(step => item.ForwardedAt.AddDays(step) <= now)
                    .Select(step => new ResponseReminder(item.UserId, item.Id, step, step == steps[^1], item.ForwardedAt.AddDays(step)))
            );
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The demo's staff accounts are for trying the portal in Development without an authenticator app;
    /// a real installation requires two-factor sign-in of staff until an administrator relaxes it.
    /// </summary>
    private async Task RelaxStaffTwoFactorAsync(CancellationToken cancellationToken)
    {
        if (await db.SecuritySettings.AnyAsync(cancellationToken))
        {
            return;
        }

        var settings = new SecuritySettings(clock.GetUtcNow());
        settings.RequireTwoFactorForStaff(false, clock.GetUtcNow());
        db.SecuritySettings.Add(settings);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task LoadCampaignAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var members = GlobalCoCreationWeekData
            .Members.Select(m =>
                Member.Create(
                    m.Code,
                    MemberKind.Country,
                    Enum.Parse<Region>(m.Region),
                    new LocalizedText(m.NameEn, m.NameFr, m.NameEs),
                    m.JoinedOn,
                    m.IsNewMember,
                    CycleStatus.DevelopingNewPlan,
                    now
                )
            )
            .ToList();
        members.ForEach(m => m.ChangeCycle(OgpMembership2017.WeekCycle, now));
        db.Members.AddRange(members);
        await db.SaveChangesAsync(cancellationToken);

        var content = new CampaignContent(
            new LocalizedText(GlobalCoCreationWeekData.TitleEn, GlobalCoCreationWeekData.TitleFr, GlobalCoCreationWeekData.TitleEs),
            new LocalizedText(GlobalCoCreationWeekData.SummaryEn, GlobalCoCreationWeekData.SummaryFr, GlobalCoCreationWeekData.SummaryEs),
            new LocalizedText(
                GlobalCoCreationWeekData.DescriptionEn,
                GlobalCoCreationWeekData.DescriptionFr,
                GlobalCoCreationWeekData.DescriptionEs
            ),
            new LocalizedText(
                GlobalCoCreationWeekData.HowToParticipateEn,
                GlobalCoCreationWeekData.HowToParticipateFr,
                GlobalCoCreationWeekData.HowToParticipateEs
            )
        );
        var campaign = Campaign.Create(
            GlobalCoCreationWeekData.Slug,
            content,
            GlobalCoCreationWeekData.StartsOn,
            GlobalCoCreationWeekData.EndsOn,
            GlobalCoCreationWeekData.Hashtags,
            members.Select(m => m.Id),
            now
        );
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        var week = WeekEvents(campaign.Id).ToList();
        foreach (var held in week)
        {
            held.RecordOutcome(
                $"https://video.example.org/ogp-cocreation-week-2017/{held.Region?.ToString().ToLowerInvariant() ?? "opening"}",
                new LocalizedText(
                    "Example summary: speakers walked through the Participation and Co-Creation Standards; participants asked how to "
                        + "publish a timeline two weeks ahead and how to answer proposals with reasons.",
                    "Résumé d'exemple : les intervenants ont présenté les Normes de participation et de co-création ; les participants "
                        + "ont demandé comment publier un calendrier deux semaines à l'avance et répondre aux propositions en motivant.",
                    "Resumen de ejemplo: los ponentes repasaron los Estándares de Participación y Cocreación; los participantes "
                        + "preguntaron cómo publicar un cronograma con dos semanas de antelación y cómo responder a las propuestas con "
                        + "razones."
                ),
                now
            );
        }

        db.Events.AddRange(week);
        db.Events.Add(UpcomingClinic(campaign.Id, now));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The rest of OGP's membership of March 2017 (<see cref="OgpMembership2017"/>): the countries implementing their plans and
    /// the subnational pioneers, each within its country. Not in the Week's campaign, but citizens may send them submissions.
    /// </summary>
    public async Task LoadMembershipAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var known = await db.Members.ToDictionaryAsync(m => m.Code, cancellationToken);
        Member Make(SeedMembership m, MemberKind kind)
        {
            var member = Member.Create(
                m.Code,
                kind,
                Enum.Parse<Region>(m.Region),
                new LocalizedText(m.NameEn, m.NameFr, m.NameEs),
                m.JoinedOn,
                false,
                Enum.Parse<CycleStatus>(m.Status),
                now
            );
            member.ChangeCycle(m.Cycle, now);
            known[member.Code] = member;
            return member;
        }

        db.Members.AddRange(
            OgpMembership2017.Countries.Where(m => !known.ContainsKey(m.Code)).Select(m => Make(m, MemberKind.Country)).ToList()
        );
        await db.SaveChangesAsync(cancellationToken);
        foreach (var seed in OgpMembership2017.Subnationals.Where(m => !known.ContainsKey(m.Code)))
        {
            var entity = Make(seed, MemberKind.SubnationalEntity);
            entity.BelongTo(known[seed.Country!], now);
            db.Members.Add(entity);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An example webinar three weeks after the demo is loaded, so registration can be tried live.</summary>
    private static Event UpcomingClinic(int campaignId, DateTimeOffset now)
    {
        var day = now.UtcDateTime.Date.AddDays(21);
        var starts = new DateTimeOffset(day.Year, day.Month, day.Day, 14, 0, 0, TimeSpan.Zero);
        return Event.Plan(
            campaignId,
            new EventDetails(
                EventKind.Webinar,
                null,
                "en",
                new LocalizedText(
                    "Co-creation clinic: your next action plan (example)",
                    "Clinique de co-création : votre prochain plan d'action (exemple)",
                    "Clínica de cocreación: su próximo plan de acción (ejemplo)"
                ),
                new LocalizedText(
                    "An example webinar of the demo data: bring your questions about the co-creation timeline, the multi-stakeholder "
                        + "forum and reasoned responses.",
                    "Un webinaire d'exemple des données de démonstration : venez avec vos questions sur le calendrier de co-création, le "
                        + "forum multipartite et les réponses motivées.",
                    "Un webinario de ejemplo de los datos de demostración: traiga sus preguntas sobre el cronograma de cocreación, el "
                        + "foro multiactor y las respuestas razonadas."
                ),
                null,
                new EventSchedule(starts, starts.AddHours(1), "UTC", null, null),
                30,
                "https://meet.example.org/ogp-cocreation-clinic",
                [new Speaker("OGP Support Unit speaker (example)", SpeakerSector.SupportUnit, "OGP Support Unit")]
            ),
            now
        );
    }

    /// <summary>The opening Facebook Live and the four regional webinars; speakers are examples, marked as such.</summary>
    private static IEnumerable<Event> WeekEvents(int campaignId)
    {
        var opens = new DateTimeOffset(2017, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var agenda = new LocalizedText(
            "1. Welcome (5 min)\n2. The Participation and Co-Creation Standards (20 min)\n"
                + "3. Experiences from civil society and government (35 min)\n4. What the IRM looks for (15 min)\n5. Questions (15 min)",
            "1. Accueil (5 min)\n2. Les Normes de participation et de co-création (20 min)\n"
                + "3. Expériences de la société civile et du gouvernement (35 min)\n4. Ce que regarde le MEI (15 min)\n"
                + "5. Questions (15 min)",
            "1. Bienvenida (5 min)\n2. Los Estándares de Participación y Cocreación (20 min)\n"
                + "3. Experiencias de la sociedad civil y el gobierno (35 min)\n4. Qué mira el MRI (15 min)\n5. Preguntas (15 min)"
        );

        Event Webinar(
            EventKind kind,
            Region? region,
            string language,
            LocalizedText title,
            DateTimeOffset startsUtc,
            string zone,
            int? capacity,
            params Speaker[] speakers
        ) =>
            Event.Plan(
                campaignId,
                new EventDetails(
                    kind,
                    region,
                    language,
                    title,
                    Describe(kind, region),
                    agenda,
                    new EventSchedule(startsUtc, startsUtc.AddMinutes(90), zone, opens, startsUtc),
                    capacity,
                    Link(kind, region),
                    speakers
                ),
                opens
            );

        // The demo links point at example.org: they show where a real meeting link would go.
        static string Link(EventKind kind, Region? region) =>
            kind == EventKind.LiveStream
                ? "https://www.facebook.com/OpenGovPartnership/live"
                : $"https://meet.example.org/ogp-cocreation-{region?.ToString().ToLowerInvariant()}";

        static LocalizedText Describe(EventKind kind, Region? region) =>
            kind == EventKind.LiveStream
                ? new LocalizedText(
                    "The Week opens live: why co-creation matters, what the Participation and Co-Creation Standards ask, and how to take "
                        + "part this week with #OGPcocreate and #myNAPask.",
                    "La Semaine s'ouvre en direct : pourquoi la co-création compte, ce que demandent les Normes de participation et de "
                        + "co-création, et comment participer cette semaine avec #OGPcocreate et #myNAPask.",
                    "La Semana se abre en directo: por qué importa la cocreación, qué piden los Estándares de Participación y Cocreación, "
                        + "y cómo participar esta semana con #OGPcocreate y #myNAPask."
                )
                : new LocalizedText(
                    "A regional webinar presenting the OGP Participation and Co-Creation Standards, with speakers from civil society, "
                        + $"government and the Independent Reporting Mechanism ({region}).",
                    "Un webinaire régional qui présente les Normes de participation et de co-création du PGO, avec des intervenants de "
                        + $"la société civile, du gouvernement et du Mécanisme d'évaluation indépendant ({region}).",
                    "Un webinario regional que presenta los Estándares de Participación y Cocreación de OGP, con ponentes de la sociedad "
                        + $"civil, el gobierno y el Mecanismo de Revisión Independiente ({region})."
                );

        Speaker[] Panel(string civil, string government, string irm) =>
            [
                new(civil + " (example)", SpeakerSector.CivilSociety, "Civil society"),
                new(government + " (example)", SpeakerSector.Government, "Government point of contact"),
                new(irm + " (example)", SpeakerSector.IrmResearcher, "Independent Reporting Mechanism"),
                new("OGP Support Unit speaker (example)", SpeakerSector.SupportUnit, "OGP Support Unit"),
            ];

        return
        [
            Webinar(
                EventKind.LiveStream,
                null,
                "en",
                new LocalizedText(
                    "Global Co-creation Week opening (Facebook Live)",
                    "Ouverture de la Semaine mondiale de la co-création (Facebook Live)",
                    "Apertura de la Semana Global de Cocreación (Facebook Live)"
                ),
                new DateTimeOffset(2017, 3, 27, 14, 0, 0, TimeSpan.Zero),
                "America/New_York",
                null,
                Panel("Alex Civil", "Gabriela Gobierno", "Irene Research")
            ),
            Webinar(
                EventKind.Webinar,
                Region.Americas,
                "es",
                new LocalizedText(
                    "Co-creation webinar: the Americas",
                    "Webinaire de co-création : Amériques",
                    "Webinario de cocreación: las Américas"
                ),
                new DateTimeOffset(2017, 3, 28, 15, 0, 0, TimeSpan.Zero),
                "America/Argentina/Buenos_Aires",
                100,
                Panel("Lucía Sociedad", "Mateo Ministerio", "Rosa Investigadora")
            ),
            Webinar(
                EventKind.Webinar,
                Region.Europe,
                "en",
                new LocalizedText("Co-creation webinar: Europe", "Webinaire de co-création : Europe", "Webinario de cocreación: Europa"),
                new DateTimeOffset(2017, 3, 28, 12, 0, 0, TimeSpan.Zero),
                "Europe/Brussels",
                100,
                Panel("Jana Citizen", "Pieter Public", "Elena Reviewer")
            ),
            Webinar(
                EventKind.Webinar,
                Region.AfricaMiddleEast,
                "en",
                new LocalizedText(
                    "Co-creation webinar: Africa and the Middle East",
                    "Webinaire de co-création : Afrique et Moyen-Orient",
                    "Webinario de cocreación: África y Oriente Medio"
                ),
                new DateTimeOffset(2017, 3, 29, 10, 0, 0, TimeSpan.Zero),
                "Africa/Nairobi",
                100,
                Panel("Amina Civic", "Kwame Official", "Fatou Researcher")
            ),
            Webinar(
                EventKind.Webinar,
                Region.AsiaPacific,
                "en",
                new LocalizedText(
                    "Co-creation webinar: Asia-Pacific",
                    "Webinaire de co-création : Asie-Pacifique",
                    "Webinario de cocreación: Asia-Pacífico"
                ),
                new DateTimeOffset(2017, 3, 29, 2, 0, 0, TimeSpan.Zero),
                "Asia/Manila",
                100,
                Panel("Maria Bayan", "Jose Pamahalaan", "Ana Research")
            ),
        ];
    }

    /// <summary>
    /// Example submissions (marked as examples by their authors' names) in three languages across the
    /// members, in every state of the life cycle, and a NAP with commitments for Argentina and Colombia.
    /// </summary>
    public async Task LoadSubmissionsAsync(int count, CancellationToken cancellationToken)
    {
        var setting = await PrepareSubmissionsAsync(cancellationToken);
        var random = new Random(2017);
        db.Submissions.AddRange(Enumerable.Range(0, count).Select(i => setting.Example(i, random)));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The NAPs, staff and example authors that example submissions refer to (the benchmark makes 100 000 with it).</summary>
    public async Task<ExampleSubmissions> PrepareSubmissionsAsync(CancellationToken cancellationToken)
    {
        var members = await db.Members.OrderBy(m => m.Code).Select(m => new { m.Id, m.Code }).ToListAsync(cancellationToken);
        var plans = new Dictionary<int, List<int>>();
        foreach (var code in new[] { "AR", "CO" })
        {
            var member = members.Find(m => m.Code == code);
            if (member is null)
            {
                continue;
            }

            // Prepared again (the benchmark adds submissions later): the plan made the first time serves.
            var made = await db
                .NationalActionPlans.Where(p => p.MemberId == member.Id && p.Cycle == "2017-2019")
                .SelectMany(p => p.Commitments.Select(c => c.Id))
                .ToListAsync(cancellationToken);
            if (made.Count > 0)
            {
                plans[member.Id] = made;
                continue;
            }

            var plan = NationalActionPlan.Start(member.Id, "2017-2019", PlanStatus.CoCreation);
            var proposals = DemoSubmissionTexts.Proposals.Where(p => p.Language == "en").Take(5).ToList();
            for (var i = 0; i < proposals.Count; i++)
            {
                plan.AddCommitment(
                    code,
                    $"{code}{(90 + i).ToString("0000", System.Globalization.CultureInfo.InvariantCulture)}",
                    new LocalizedText(proposals[i].Title),
                    [proposals[i].PolicyArea]
                );
            }

            db.NationalActionPlans.Add(plan);
            await db.SaveChangesAsync(cancellationToken);
            plans[member.Id] = plan.Commitments.Select(c => c.Id).ToList();
        }

        var staff = await db
            .Users.Where(u => u.Email == "support@demo.cocreation.example")
            .Select(u => (Guid?)u.Id)
            .SingleOrDefaultAsync(cancellationToken)
            ?? Guid.Empty;
        var official = await db
            .Users.Where(u => u.Email == "official@demo.cocreation.example")
            .Select(u => (Guid?)u.Id)
            .SingleOrDefaultAsync(cancellationToken)
            ?? staff;
        var authors = await DemoAuthorsAsync(cancellationToken);
        var withContact = (await db.OfficialAssignments.Select(a => a.MemberId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var places = await SubmissionPlace.ResolverAsync(db, cancellationToken);
        return new ExampleSubmissions(members.Select(m => (m.Id, m.Code)).ToList(), plans, staff, official, authors, withContact, places);
    }

    /// <summary>The demo participant plus example authors (names from the texts, marked as examples), one password hash for all.</summary>
    private async Task<List<(Guid Id, string Name)>> DemoAuthorsAsync(CancellationToken cancellationToken)
    {
        var result = new List<(Guid, string)>();
        var participant = await db
            .Users.Where(u => u.Email == "participant@demo.cocreation.example")
            .Select(u => new { u.Id, u.DisplayName })
            .SingleOrDefaultAsync(cancellationToken);
        if (participant is not null)
        {
            result.Add((participant.Id, participant.DisplayName));
        }

        var made = await db
            .Users.Where(u => u.Email!.StartsWith("author") && u.Email.EndsWith("@demo.cocreation.example"))
            .OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.DisplayName })
            .ToListAsync(cancellationToken);
        if (made.Count > 0)
        {
            result.AddRange(made.Select(u => (u.Id, u.DisplayName)));
            return result;
        }

        var hash = users.PasswordHasher.HashPassword(new PortalUser(), DemoPassword);
        var participantRole = await db.Roles.Where(r => r.Name == Roles.Participant).Select(r => r.Id).SingleAsync(cancellationToken);
        foreach (var (name, index) in DemoSubmissionTexts.AuthorNames.Take(12).Select((n, i) => (n, i)))
        {
            var email = $"author{index + 1:00}@demo.cocreation.example";
            var user = new PortalUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                DisplayName = name + " (example)",
                PasswordHash = hash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                LockoutEnabled = true,
                CreatedAt = clock.GetUtcNow(),
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = participantRole });
            result.Add((user.Id, user.DisplayName));
        }

        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    private async Task LoadAccountsAsync()
    {
        foreach (var account in Accounts)
        {
            var user = new PortalUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                CreatedAt = clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(user, DemoPassword);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("Demo account refused: " + string.Join("; ", created.Errors.Select(e => e.Code)));
            }

            await users.AddToRoleAsync(user, account.Role);
            foreach (var code in account.MemberCodes)
            {
                var memberId = await db.Members.Where(m => m.Code == code).Select(m => m.Id).SingleAsync();
                db.OfficialAssignments.Add(new OfficialAssignment(user.Id, memberId, clock.GetUtcNow()));
            }
        }

        await db.SaveChangesAsync();
    }
}

public sealed record DemoAccount(string Email, string DisplayName, string Role, string[] MemberCodes);

/// <summary>Makes example submissions in three languages, in every state of their life cycle, answered with reasons.</summary>
/// <remarks>
/// A submission answered in the simulated week had an official to answer it; one forwarded and not answered
/// waits for a government contact unless the member has one today (<paramref name="withContact"/>).
/// </remarks>
public sealed class ExampleSubmissions(
    IReadOnlyList<(int Id, string Code)> members,
    IReadOnlyDictionary<int, List<int>> plans,
    Guid staff,
    Guid official,
    IReadOnlyList<(Guid Id, string Name)> authors,
    IReadOnlySet<int> withContact,
    SubmissionPlace.Resolver places
)
{
    private static readonly DateTimeOffset Start = new(2017, 3, 20, 8, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset WeekStart = new(2017, 3, 27, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The <paramref name="i"/>-th example; the same seed gives the same submissions.</summary>
    public Submission Example(int i, Random random)
    {
        var (memberId, memberCode) = members[i % members.Count];
        var (authorId, authorName) = authors[i % authors.Count];
        // Two thirds were sent during the Week (27–30 March), as a campaign brings them; the rest in the weeks around it.
        var minute = random.Next(0, 60 * 24 * 21);
        var sent = minute < 60 * 24 * 14 ? WeekStart.AddMinutes(minute % (60 * 24 * 4)) : Start.AddMinutes(minute);
        var isProposal = (i / members.Count) % 2 == 0 ? i % 2 == 0 : i % 2 == 1;

        // A third of a member's submissions are in its own language (Latvian, Hebrew, Urdu…) where the texts have one,
        // the rest in OGP's working languages; answers to the former come in English, as officials often write.
        var own =
            (i / members.Count) % 3 == 1
                ? ContentLanguages
                    .OfMember(memberCode)
                    .Select(l => l.Tag)
                    .FirstOrDefault(tag =>
                        !WorkingLanguages.All.Contains(tag)
                        && (
                            isProposal
                                ? DemoSubmissionTexts.Proposals.Any(p => p.Language == tag)
                                : DemoSubmissionTexts.Messages.Any(m => m.Language == tag)
                        )
                    )
                : null;
        var language = own ?? WorkingLanguages.All[i % 3];
        var replyLanguage = own is null ? language : "en";
        Submission submission;
        if (isProposal)
        {
            var texts = DemoSubmissionTexts.Proposals.Where(p => p.Language == language).ToList();
            var text = texts[random.Next(texts.Count)];
            submission = Submission.Submit(
                memberId,
                SubmissionKind.CommitmentProposal,
                new SubmissionContent(
                    text.Title,
                    language,
                    null,
                    text.Problem,
                    text.ProposedCommitment,
                    text.ExpectedResults,
                    text.PolicyArea,
                    DemoSubmissionTexts.Organisations[i % DemoSubmissionTexts.Organisations.Count]
                ),
                authorId,
                authorName,
                null,
                false,
                sent
            );
        }
        else
        {
            var texts = DemoSubmissionTexts.Messages.Where(m => m.Language == language).ToList();
            var text = texts[random.Next(texts.Count)];
            submission = Submission.Submit(
                memberId,
                Enum.Parse<SubmissionKind>(text.Kind),
                new SubmissionContent(text.Title, language, text.Body),
                authorId,
                authorName,
                null,
                false,
                sent
            );
        }

        var place = places.For(memberId, sent);
        submission.SentIn(place.CampaignId, place.Cycle);

        // Every state of the life cycle, roughly as a real week would leave them.
        var fate = random.Next(100);
        if (isProposal && plans.ContainsKey(memberId) && i % 4 != 0)
        {
            // Argentina and Colombia show the whole path: proposals answered and linked to commitments.
            fate = 55 + random.Next(40);
        }

        var at = sent.AddHours(random.Next(2, 48));
        if (fate < 15)
        {
            // pending
        }
        else if (fate < 20)
        {
            var reasons = DemoSubmissionTexts.RejectionReasons.Where(r => r.Language == replyLanguage).ToList();
            submission.Reject(staff, reasons[random.Next(reasons.Count)].Reason, at);
        }
        else if (fate < 22)
        {
            submission.MarkSpam(staff, at);
        }
        else
        {
            submission.Publish(staff, at);
            if (fate >= 40 && submission.Kind != SubmissionKind.HelpRequest)
            {
                var answered = fate is >= 55 and < 95;
                submission.Forward(staff, answered || withContact.Contains(memberId), at.AddHours(random.Next(1, 24)));
            }

            if (fate >= 55 && fate < 95)
            {
                var outcome =
                    !isProposal ? AnswerOutcome.Answered
                    : plans.ContainsKey(memberId) && fate % 3 != 2 ? AnswerOutcome.Included
                    : (AnswerOutcome)(fate % 3);
                var answers = DemoSubmissionTexts
                    .Answers.Where(a => a.Language == replyLanguage && a.Outcome == outcome.ToString())
                    .ToList();
                var links =
                    outcome == AnswerOutcome.Included && plans.TryGetValue(memberId, out var commitments)
                        ? [commitments[random.Next(commitments.Count)]]
                        : new List<int>();
                submission.Answer(
                    submission.Kind == SubmissionKind.HelpRequest ? staff : official,
                    outcome,
                    answers[random.Next(answers.Count)].Reason,
                    links,
                    at.AddDays(random.Next(2, 20)),
                    replyLanguage
                );
            }
            else if (fate >= 95)
            {
                submission.Withdraw(authorId, at.AddDays(1));
            }
        }

        submission.ClearDomainEvents();
        return submission;
    }
}
