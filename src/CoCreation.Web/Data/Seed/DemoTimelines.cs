using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Timelines;

namespace CoCreation.Web.Data.Seed;

/// <summary>
/// Example co-creation timelines around the Global Co-creation Week (March–April 2017): published on
/// time for Argentina, Colombia and France, published late for the Philippines (the two-weeks check
/// fails), a draft for Spain; and the Argentine and Colombian plans published with their commitments.
/// Places, links and people are examples.
/// </summary>
internal static class DemoTimelines
{
    private static readonly string[] Languages = ["en", "fr", "es"];

    /// <summary>
    /// A timeline with one consultation phase (<see cref="Simple"/>): its member, zone and language, when it was published (null:
    /// a draft), the activities it was published with and those announced after publication (<see cref="AddLater"/>).
    /// </summary>
    private sealed record OnePhaseTimeline(
        string Code,
        string Zone,
        string Language,
        DateTimeOffset? PublishedAt,
        (ActivityKind Kind, LocalizedText Title, DateTime Start, int Hours, string? Place, string? Link)[] Activities,
        (DateTimeOffset Announced, ActivityKind Kind, LocalizedText Title, DateTime Start)[] Later
    );

    /// <summary>Colombia's, France's, the Philippines' and Spain's timelines, loaded in that order after Argentina's.</summary>
    private static readonly OnePhaseTimeline[] OnePhaseTimelines =
    [
        new(
            "CO",
            "America/Bogota",
            "es",
            At(2017, 3, 6),
            [
                (
                    ActivityKind.Workshop,
                    new LocalizedText(
                        "Co-creation workshop in Bogotá",
                        "Atelier de co-création à Bogotá",
                        "Taller de cocreación en Bogotá"
                    ),
                    new DateTime(2017, 3, 21, 9, 0, 0),
                    4,
                    "Biblioteca Nacional, Bogotá (example)",
                    null
                ),
                (
                    ActivityKind.OnlineConsultation,
                    new LocalizedText(
                        "Online consultation on the draft commitments",
                        "Consultation en ligne sur les projets d’engagements",
                        "Consulta en línea sobre los borradores de compromisos"
                    ),
                    new DateTime(2017, 3, 27, 8, 0, 0),
                    24 * 14,
                    null,
                    "https://consulta.example.co/nap"
                ),
                (
                    ActivityKind.ValidationSession,
                    new LocalizedText(
                        "Validation session with the forum",
                        "Séance de validation avec le forum",
                        "Sesión de validación con el foro"
                    ),
                    new DateTime(2017, 4, 18, 14, 0, 0),
                    3,
                    "Casa de Nariño, Bogotá (example)",
                    null
                ),
            ],
            // Implementation, announced a few weeks ahead each time: the forum every six months and two
            // meetings with civil society, so Colombia's scorecard meets the forum and implementation standards.
            [
                (At(2017, 8, 28), ActivityKind.ForumMeeting, Forum(1), new DateTime(2017, 9, 14, 9, 0, 0)),
                (At(2018, 2, 1), ActivityKind.CivilSocietyMeeting, CivilSociety(1), new DateTime(2018, 2, 20, 9, 0, 0)),
                (At(2018, 2, 15), ActivityKind.ForumMeeting, Forum(2), new DateTime(2018, 3, 8, 9, 0, 0)),
                (At(2018, 8, 16), ActivityKind.ForumMeeting, Forum(3), new DateTime(2018, 9, 6, 9, 0, 0)),
                (At(2018, 10, 25), ActivityKind.CivilSocietyMeeting, CivilSociety(2), new DateTime(2018, 11, 15, 9, 0, 0)),
                (At(2019, 2, 13), ActivityKind.ForumMeeting, Forum(4), new DateTime(2019, 3, 5, 9, 0, 0)),
                (At(2019, 8, 15), ActivityKind.ForumMeeting, Forum(5), new DateTime(2019, 9, 5, 9, 0, 0)),
            ]
        ),
        new(
            "FR",
            "Europe/Paris",
            "fr",
            At(2017, 3, 1),
            [
                (
                    ActivityKind.ForumMeeting,
                    new LocalizedText(
                        "Multi-stakeholder forum: launch of the second plan",
                        "Forum multipartite : lancement du deuxième plan",
                        "Foro multiactor: lanzamiento del segundo plan"
                    ),
                    new DateTime(2017, 3, 28, 14, 0, 0),
                    3,
                    "Paris (example)",
                    null
                ),
                (
                    ActivityKind.Workshop,
                    new LocalizedText(
                        "Thematic workshop: open data and transparency",
                        "Atelier thématique : données ouvertes et transparence",
                        "Taller temático: datos abiertos y transparencia"
                    ),
                    new DateTime(2017, 4, 4, 9, 30, 0),
                    3,
                    "Lyon (example)",
                    "https://atelier.example.fr/live"
                ),
            ],
            // The forum met twice more, then fell silent: France's scorecard shows the forum standard not met.
            [
                (At(2017, 9, 5), ActivityKind.ForumMeeting, Forum(1), new DateTime(2017, 9, 26, 14, 0, 0)),
                (At(2018, 3, 1), ActivityKind.ForumMeeting, Forum(2), new DateTime(2018, 3, 20, 14, 0, 0)),
            ]
        ),
        // Published six days before its first activity: the two-weeks check shows it failing.
        new(
            "PH",
            "Asia/Manila",
            "en",
            At(2017, 3, 22),
            [
                (
                    ActivityKind.CivilSocietyMeeting,
                    new LocalizedText(
                        "Consultation with civil society organisations",
                        "Consultation des organisations de la société civile",
                        "Consulta con organizaciones de la sociedad civil"
                    ),
                    new DateTime(2017, 3, 28, 9, 0, 0),
                    4,
                    "Quezon City (example)",
                    null
                ),
                (
                    ActivityKind.Workshop,
                    new LocalizedText("Regional workshop in Cebu", "Atelier régional à Cebu", "Taller regional en Cebú"),
                    new DateTime(2017, 4, 6, 9, 0, 0),
                    6,
                    "Cebu City (example)",
                    null
                ),
            ],
            []
        ),
        new(
            "ES",
            "Europe/Madrid",
            "es",
            null,
            [
                (
                    ActivityKind.Workshop,
                    new LocalizedText(
                        "Co-creation workshop in Madrid",
                        "Atelier de co-création à Madrid",
                        "Taller de cocreación en Madrid"
                    ),
                    new DateTime(2017, 4, 25, 10, 0, 0),
                    3,
                    "Madrid (example)",
                    null
                ),
            ],
            []
        ),
    ];

    public static async Task LoadAsync(PortalDbContext db, Guid official, CancellationToken cancellationToken)
    {
        var members = await db.Members.Select(m => new { m.Id, m.Code }).ToDictionaryAsync(m => m.Code, m => m.Id, cancellationToken);
        if (members.TryGetValue("AR", out var argentina))
        {
            db.Timelines.Add(Argentina(argentina, official));
        }

        foreach (var seed in OnePhaseTimelines)
        {
            if (members.TryGetValue(seed.Code, out var memberId))
            {
                var timeline = Simple(memberId, official, seed.Zone, seed.Language, seed.PublishedAt, seed.Activities);
                AddLater(timeline, official, seed.Zone, seed.Language, seed.Later);
                db.Timelines.Add(timeline);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await PublishPlansAsync(db, official, cancellationToken);
    }

    private static CoCreationTimeline Argentina(int memberId, Guid official)
    {
        const string zone = "America/Argentina/Buenos_Aires";
        var drafted = At(2017, 2, 20);
        var timeline = CoCreationTimeline.Start(memberId, "2017-2019", drafted);
        var awareness = timeline.AddPhase(new LocalizedText("Awareness", "Sensibilisation", "Difusión"), official, drafted);
        var consultation = timeline.AddPhase(new LocalizedText("Consultation", "Consultation", "Consulta"), official, drafted);
        var drafting = timeline.AddPhase(new LocalizedText("Drafting", "Rédaction", "Redacción"), official, drafted);
        var validation = timeline.AddPhase(new LocalizedText("Validation", "Validation", "Validación"), official, drafted);

        ActivityDetails Details(
            ActivityKind kind,
            LocalizedText title,
            DateTime start,
            int hours,
            string? place,
            string? link,
            string who,
            string how,
            int? capacity = null
        ) =>
            new(
                kind,
                title,
                new LocalizedText(
                    "An open session of the co-creation process of Argentina's third National Action Plan (example).",
                    "Une séance ouverte du processus de co-création du troisième plan d’action national de l’Argentine (exemple).",
                    "Una sesión abierta del proceso de cocreación del tercer Plan de Acción Nacional de Argentina (ejemplo)."
                ),
                ZonedTime.ToInstant(start, zone),
                ZonedTime.ToInstant(start.AddHours(hours), zone),
                zone,
                place,
                link,
                ["es"],
                who,
                how,
                capacity
            );

        var launch = timeline.AddActivity(
            awareness,
            Details(
                ActivityKind.Workshop,
                new LocalizedText(
                    "Launch of the co-creation process",
                    "Lancement du processus de co-création",
                    "Lanzamiento del proceso de cocreación"
                ),
                new DateTime(2017, 3, 20, 10, 0, 0),
                3,
                "Casa Rosada, Buenos Aires (example)",
                "https://stream.example.gob.ar/launch",
                "Everyone; civil society organisations are especially invited.",
                "Register by email at gobiernoabierto@example.gob.ar.",
                150
            ),
            official,
            drafted
        );
        timeline.AddActivity(
            consultation,
            Details(
                ActivityKind.OnlineConsultation,
                new LocalizedText(
                    "Online consultation: your proposals for the plan",
                    "Consultation en ligne : vos propositions pour le plan",
                    "Consulta en línea: sus propuestas para el plan"
                ),
                new DateTime(2017, 3, 27, 0, 0, 0),
                24 * 18,
                null,
                "https://consulta.example.gob.ar",
                "Everyone.",
                "No registration: post your proposal online or with #myNAPask."
            ),
            official,
            drafted
        );
        var cordoba = timeline.AddActivity(
            consultation,
            Details(
                ActivityKind.CivilSocietyMeeting,
                new LocalizedText(
                    "Meeting with civil society in Córdoba",
                    "Réunion avec la société civile à Córdoba",
                    "Reunión con la sociedad civil en Córdoba"
                ),
                new DateTime(2017, 3, 29, 14, 0, 0),
                3,
                "Universidad Nacional de Córdoba (example)",
                null,
                "Civil society organisations of the province.",
                "Register on the consultation site.",
                60
            ),
            official,
            drafted
        );
        timeline.AddActivity(
            drafting,
            Details(
                ActivityKind.ForumMeeting,
                new LocalizedText(
                    "Multi-stakeholder forum: drafting the commitments",
                    "Forum multipartite : rédaction des engagements",
                    "Foro multiactor: redacción de los compromisos"
                ),
                new DateTime(2017, 4, 12, 10, 0, 0),
                4,
                "Ministerio de Modernización, Buenos Aires (example)",
                null,
                "Members of the forum; observers welcome.",
                "Observers write to the forum secretariat.",
                40
            ),
            official,
            drafted
        );
        timeline.AddActivity(
            validation,
            Details(
                ActivityKind.ValidationSession,
                new LocalizedText("Validation of the draft plan", "Validation du projet de plan", "Validación del borrador del plan"),
                new DateTime(2017, 4, 26, 15, 0, 0),
                2,
                "Buenos Aires (example)",
                "https://stream.example.gob.ar/validation",
                "Everyone.",
                "Register by email."
            ),
            official,
            drafted
        );

        timeline.Publish(official, At(2017, 3, 1));

        // After publication: a move and a summary, shown to readers as revisions.
        var moved = cordoba.Details;
        timeline.ChangeActivity(
            cordoba,
            consultation,
            new ActivityDetails(
                moved.Kind,
                moved.Title,
                moved.Description,
                ZonedTime.ToInstant(new DateTime(2017, 3, 30, 15, 0, 0), zone),
                ZonedTime.ToInstant(new DateTime(2017, 3, 30, 18, 0, 0), zone),
                zone,
                "Cabildo de Córdoba (example)",
                null,
                moved.Languages,
                moved.WhoMayAttend,
                moved.HowToRegister,
                moved.Capacity
            ),
            official,
            At(2017, 3, 15)
        );
        timeline.RecordSummary(launch, "https://www.example.gob.ar/gobierno-abierto/minutes-2017-03-20.pdf", official, At(2017, 3, 22));
        return timeline;
    }

    private static LocalizedText Forum(int number) =>
        new(
            $"Multi-stakeholder forum: implementation review {number}",
            $"Forum multipartite : point sur la mise en œuvre n° {number}",
            $"Foro multiactor: revisión de la implementación n.º {number}"
        );

    private static LocalizedText CivilSociety(int number) =>
        new(
            $"Meeting with civil society on implementation ({number})",
            $"Réunion avec la société civile sur la mise en œuvre ({number})",
            $"Reunión con la sociedad civil sobre la implementación ({number})"
        );

    /// <summary>Activities added after publication, each on the day it was announced (a revision readers see).</summary>
    private static void AddLater(
        CoCreationTimeline timeline,
        Guid official,
        string zone,
        string language,
        IEnumerable<(DateTimeOffset Announced, ActivityKind Kind, LocalizedText Title, DateTime Start)> activities
    )
    {
        foreach (var activity in activities)
        {
            timeline.AddActivity(
                null,
                new ActivityDetails(
                    activity.Kind,
                    activity.Title,
                    null,
                    ZonedTime.ToInstant(activity.Start, zone),
                    ZonedTime.ToInstant(activity.Start.AddHours(3), zone),
                    zone,
                    "Government offices (example)",
                    null,
                    [language],
                    "Forum members and civil society organisations (example).",
                    "Write to the forum secretariat (example).",
                    null
                ),
                official,
                activity.Announced
            );
        }
    }

    private static CoCreationTimeline Simple(
        int memberId,
        Guid official,
        string zone,
        string language,
        DateTimeOffset? publishedAt,
        IEnumerable<(ActivityKind Kind, LocalizedText Title, DateTime Start, int Hours, string? Place, string? Link)> activities
    )
    {
        var drafted = (publishedAt ?? At(2017, 3, 20)).AddDays(-5);
        var timeline = CoCreationTimeline.Start(memberId, "2017-2019", drafted);
        var phase = timeline.AddPhase(new LocalizedText("Consultation", "Consultation", "Consulta"), official, drafted);
        foreach (var activity in activities)
        {
            timeline.AddActivity(
                phase,
                new ActivityDetails(
                    activity.Kind,
                    activity.Title,
                    null,
                    ZonedTime.ToInstant(activity.Start, zone),
                    ZonedTime.ToInstant(activity.Start.AddHours(activity.Hours), zone),
                    zone,
                    activity.Place,
                    activity.Link,
                    [language, .. Languages.Where(l => l != language).Take(language == "en" ? 0 : 1)],
                    "Everyone (example).",
                    "Register on the government's open-government site (example).",
                    null
                ),
                official,
                drafted
            );
        }

        if (publishedAt is { } published)
        {
            timeline.Publish(official, published);
        }

        return timeline;
    }

    /// <summary>
    /// The Argentine and Colombian plans (made with the example submissions) published, with documents and full commitments.
    /// </summary>
    private static async Task PublishPlansAsync(PortalDbContext db, Guid official, CancellationToken cancellationToken)
    {
        var plans = await db.NationalActionPlans.Include(p => p.Commitments).ToListAsync(cancellationToken);
        foreach (var plan in plans)
        {
            plan.SetDocuments([
                new PlanDocument(
                    "Third National Action Plan 2017-2019 (PDF, example)",
                    $"https://www.opengovpartnership.org/documents/{plan.Cycle}-example.pdf"
                ),
                new PlanDocument(
                    "Co-creation report (example)",
                    "https://www.opengovpartnership.org/documents/co-creation-report-example.pdf"
                ),
            ]);
            plan.Publish(At(2017, 8, 31));
            var index = 0;
            foreach (var commitment in plan.Commitments.OrderBy(c => c.OgpId))
            {
                var proposal = DemoSubmissionTexts.Proposals.FirstOrDefault(p => p.Title == commitment.Title.En);
                var details = new CommitmentDetails(
                    commitment.Title,
                    proposal?.Problem,
                    proposal?.ProposedCommitment,
                    proposal?.ExpectedResults,
                    "It opens information to the public and lets citizens take part in checking how it is used (example).",
                    commitment.PolicyAreas,
                    index % 2 == 0 ? ["access-to-information", "public-accountability"] : ["civic-participation", "technology-innovation"],
                    "Secretariat of Public Innovation (example)",
                    ["Civil society forum (example)", "National statistics office (example)"],
                    new DateOnly(2017, 9, 1),
                    new DateOnly(2019, 8, 31)
                );
                plan.ChangeCommitment(commitment, details, (CompletionLevel)(index % 4));
                index++;
            }

            PlanMilestones(plan, official);
        }

        // Progress on a milestone names it by its key: the milestones are saved first.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var plan in plans)
        {
            ReportProgress(plan, official);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The plan in implementation, with three milestones per commitment.</summary>
    private static void PlanMilestones(NationalActionPlan plan, Guid official)
    {
        plan.MoveTo(PlanStatus.Submitted);
        plan.MoveTo(PlanStatus.Implementing);
        (LocalizedText Text, DateOnly From, DateOnly To, string Output)[] steps =
        [
            (
                new(
                    "Design the data standard and publish it for consultation",
                    null,
                    "Diseñar el estándar de datos y publicarlo para consulta"
                ),
                new DateOnly(2017, 9, 1),
                new DateOnly(2017, 12, 31),
                "Draft standard published with the comments received"
            ),
            (
                new("Pilot with three agencies", null, "Piloto con tres organismos"),
                new DateOnly(2018, 1, 1),
                new DateOnly(2018, 9, 30),
                "Pilot report, reviewed by the forum"
            ),
            (
                new(
                    "Roll out to every agency and publish the data monthly",
                    null,
                    "Extender a todos los organismos y publicar los datos cada mes"
                ),
                new DateOnly(2018, 10, 1),
                new DateOnly(2019, 8, 31),
                "Monthly open data from every agency"
            ),
        ];
        foreach (var commitment in plan.Commitments)
        {
            foreach (var step in steps)
            {
                plan.AddMilestone(commitment, new MilestoneDetails(step.Text, step.From, step.To, step.Output), official, At(2017, 9, 5));
            }
        }
    }

    /// <summary>
    /// A year of progress updates with evidence on every commitment (one reports no evidence at its last update), and the
    /// IRM's assessment of the first two.
    /// </summary>
    private static void ReportProgress(NationalActionPlan plan, Guid official)
    {
        ProgressLevel[] reached =
        [
            ProgressLevel.Substantial,
            ProgressLevel.Complete,
            ProgressLevel.Limited,
            ProgressLevel.NoEvidence,
            ProgressLevel.Substantial,
        ];
        var index = 0;
        foreach (var commitment in plan.Commitments.OrderBy(c => c.OgpId).ToList())
        {
            var milestones = commitment.Milestones.OrderBy(m => m.Order).ToList();
            var slug = commitment.OgpId.ToLowerInvariant();
            void Report(Milestone? milestone, DateOnly on, ProgressLevel level, string text, string? evidence)
            {
                EvidenceLink[] links = evidence is null
                    ? []
                    : [new EvidenceLink($"https://example.org/{slug}/{evidence}", "Documento de ejemplo")];
                plan.RecordProgress(
                    commitment,
                    milestone,
                    new ProgressReport(on, level, text, "es", links),
                    official,
                    new DateTimeOffset(on.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero)
                );
            }

            Report(
                milestones[0],
                new DateOnly(2017, 12, 15),
                ProgressLevel.Complete,
                "Se publicó el borrador del estándar y se recibieron 48 comentarios (ejemplo).",
                "draft-standard.pdf"
            );
            Report(
                milestones[1],
                new DateOnly(2018, 4, 20),
                ProgressLevel.Limited,
                "Dos de los tres organismos del piloto publican datos (ejemplo).",
                "pilot-data.csv"
            );
            Report(
                null,
                new DateOnly(2018, 6, 30),
                ProgressLevel.Limited,
                "Informe semestral al foro multiactor (ejemplo).",
                "forum-report-2018-06.pdf"
            );
            Report(
                milestones[1],
                new DateOnly(2018, 9, 28),
                ProgressLevel.Complete,
                "El piloto terminó; el informe está en línea (ejemplo).",
                "pilot-report.pdf"
            );
            Report(
                null,
                new DateOnly(2018, 12, 14),
                reached[index % reached.Length],
                reached[index % reached.Length] == ProgressLevel.NoEvidence
                    ? "El organismo responsable no envió información este trimestre (ejemplo)."
                    : "Informe anual al foro multiactor (ejemplo).",
                reached[index % reached.Length] == ProgressLevel.NoEvidence ? null : "annual-report-2018.pdf"
            );
            if (index < 2)
            {
                plan.Assess(
                    commitment,
                    new IrmAssessment(
                        true,
                        commitment.OgpValues,
                        index == 0 ? PotentialImpact.Transformative : PotentialImpact.Moderate,
                        index == 0 ? OpenedGovernment.Major : OpenedGovernment.Marginal,
                        $"https://www.opengovpartnership.org/documents/{plan.Cycle}-irm-report-example.pdf"
                    )
                );
            }

            index++;
        }
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);
}
