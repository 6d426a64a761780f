using CoCreation.Domain.Forums;
using CoCreation.Domain.Timelines;

namespace CoCreation.Web.Data.Seed;

/// <summary>
/// The multi-stakeholder forums of Argentina (at parity) and Colombia (government in the majority): members with example
/// names, organisations of the kind that sit on them, published rules, minutes for the forum meetings of their timelines (one
/// of Colombia's still without) and a decision log. People's names are invented; every address is an example.
/// </summary>
internal static class DemoForums
{
    /// <summary>
    /// Each demo forum: its member, how it is built, where its meetings' minutes are published, and how many of its latest
    /// meetings still await minutes (Colombia's latest: the forum page says so).
    /// </summary>
    private static readonly (string Code, Func<int, Guid, MultiStakeholderForum> Forum, string Minutes, int Awaited)[] Forums =
    [
        ("AR", Argentina, "https://www.example.gob.ar/gobierno-abierto/mesa/acta-{0}.pdf", 0),
        ("CO", Colombia, "https://www.example.gov.co/gobierno-abierto/comite/acta-{0}.pdf", 1),
    ];

    public static async Task LoadAsync(PortalDbContext db, Guid official, CancellationToken cancellationToken)
    {
        var members = await db.Members.Select(m => new { m.Id, m.Code }).ToDictionaryAsync(m => m.Code, m => m.Id, cancellationToken);
        foreach (var (code, forum, minutes, awaited) in Forums)
        {
            if (members.TryGetValue(code, out var memberId))
            {
                db.Forums.Add(forum(memberId, official));
                await AddMinutesAsync(db, memberId, official, minutes, awaited, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record Rules(LocalizedText Text, string Link, DateTimeOffset PublishedAt);

    /// <summary>A forum decision, logged by the official a few days after it was taken (all in Spanish here).</summary>
    private sealed record Decision(DateOnly DecidedOn, DateTimeOffset LoggedAt, string Text, string? Link);

    private static MultiStakeholderForum Forum(
        int memberId,
        Guid official,
        DateTimeOffset createdAt,
        (string Name, string Organisation, ForumSector Sector)[] people,
        Rules rules,
        Decision[] decisions
    )
    {
        var forum = MultiStakeholderForum.Create(memberId, createdAt);
        foreach (var (name, organisation, sector) in people)
        {
            forum.AddMember(new ForumMemberDetails(name, organisation, sector), createdAt);
        }

        forum.PublishRules(rules.Text, rules.Link, rules.PublishedAt);
        foreach (var decision in decisions)
        {
            forum.RecordDecision(
                new ForumDecisionDetails(decision.DecidedOn, decision.Text, "es", decision.Link),
                official,
                decision.LoggedAt
            );
        }

        return forum;
    }

    private static MultiStakeholderForum Argentina(int memberId, Guid official) =>
        Forum(
            memberId,
            official,
            At(2017, 2, 1),
            [
                ("Laura Méndez (example)", "Secretaría de País Digital, Ministerio de Modernización", ForumSector.Government),
                ("Martín Aguirre (example)", "Oficina Anticorrupción", ForumSector.Government),
                ("Sofía Benítez (example)", "Agencia de Acceso a la Información Pública", ForumSector.Government),
                ("Diego Ferreyra (example)", "Consejo Federal de la Función Pública", ForumSector.Government),
                ("Valeria Sosa (example)", "Asociación Civil por la Igualdad y la Justicia (ACIJ)", ForumSector.CivilSociety),
                ("Gustavo Paz (example)", "Poder Ciudadano", ForumSector.CivilSociety),
                ("Carolina Ríos (example)", "Directorio Legislativo", ForumSector.CivilSociety),
                ("Tomás Quiroga (example)", "Fundación Conocimiento Abierto", ForumSector.CivilSociety),
                ("Ana Lucía Herrera (example)", "Universidad de Buenos Aires, Facultad de Derecho", ForumSector.Other),
            ],
            new Rules(
                new LocalizedText(
                    "The National Open Government Roundtable brings together four government bodies and four civil society "
                        + "organisations, with one academic seat. It meets at least every six months, decides by consensus, and "
                        + "publishes its minutes within two weeks.\n\nCivil society members are chosen by the organisations of the "
                        + "Open Government Network for two years; any organisation may attend as an observer.",
                    null,
                    "La Mesa Nacional de Gobierno Abierto reúne a cuatro organismos de gobierno y cuatro organizaciones de la "
                        + "sociedad civil, con un lugar para la academia. Se reúne al menos cada seis meses, decide por consenso y "
                        + "publica sus actas dentro de las dos semanas.\n\nLos miembros de la sociedad civil son elegidos por las "
                        + "organizaciones de la Red de Gobierno Abierto por dos años; cualquier organización puede asistir como "
                        + "observadora."
                ),
                "https://www.example.gob.ar/gobierno-abierto/mesa/reglamento.pdf",
                At(2017, 2, 10)
            ),
            [
                new(
                    new DateOnly(2017, 3, 20),
                    At(2017, 3, 22),
                    "La Mesa aprueba la metodología de cocreación del tercer plan: mesas temáticas abiertas, consulta en línea de dos "
                        + "semanas y validación final en abril.",
                    "https://www.example.gob.ar/gobierno-abierto/mesa/acta-1.pdf"
                ),
                new(
                    new DateOnly(2017, 4, 12),
                    At(2017, 4, 14),
                    "La Mesa valida los borradores de compromisos surgidos de las mesas temáticas y acuerda publicar las respuestas "
                        + "razonadas a cada propuesta ciudadana.",
                    "https://www.example.gob.ar/gobierno-abierto/mesa/acta-2.pdf"
                ),
                new(new DateOnly(2017, 6, 30), At(2017, 7, 3), "Se renuevan por dos años los cuatro lugares de la sociedad civil.", null),
            ]
        );

    private static MultiStakeholderForum Colombia(int memberId, Guid official) =>
        Forum(
            memberId,
            official,
            At(2017, 2, 15),
            [
                ("Andrés Restrepo (example)", "Secretaría de Transparencia, Presidencia de la República", ForumSector.Government),
                (
                    "Natalia Gómez (example)",
                    "Ministerio de Tecnologías de la Información y las Comunicaciones (MinTIC)",
                    ForumSector.Government
                ),
                ("Felipe Cárdenas (example)", "Departamento Nacional de Planeación", ForumSector.Government),
                ("Juliana Ortiz (example)", "Departamento Administrativo de la Función Pública", ForumSector.Government),
                ("Camilo Vargas (example)", "Archivo General de la Nación", ForumSector.Government),
                ("Mariana Salazar (example)", "Transparencia por Colombia", ForumSector.CivilSociety),
                ("Santiago Rojas (example)", "Fundación Karisma", ForumSector.CivilSociety),
                ("Paula Castaño (example)", "Universidad de los Andes", ForumSector.Other),
            ],
            new Rules(
                new LocalizedText(
                    null,
                    null,
                    "El Comité de Seguimiento de la Alianza para el Gobierno Abierto orienta la elaboración del plan de acción y hace "
                        + "seguimiento a su implementación. Sesiona cada seis meses y de forma extraordinaria cuando lo pida un tercio de "
                        + "sus miembros.\n\nLas organizaciones de la sociedad civil y la academia participan con voz y voto."
                ),
                "https://www.example.gov.co/gobierno-abierto/comite/reglamento.pdf",
                At(2017, 2, 20)
            ),
            [
                new(
                    new DateOnly(2017, 4, 18),
                    At(2017, 4, 20),
                    "El Comité valida los compromisos del tercer plan de acción y recomienda sumar un compromiso sobre datos abiertos "
                        + "de contratación.",
                    null
                ),
                new(
                    new DateOnly(2018, 3, 8),
                    At(2018, 3, 12),
                    "El Comité pide a las entidades responsables reportar avances con evidencia cada trimestre.",
                    "https://www.example.gov.co/gobierno-abierto/comite/acta-2.pdf"
                ),
                new(
                    new DateOnly(2018, 9, 6),
                    At(2018, 9, 10),
                    "Se acuerda invitar a dos organizaciones regionales de la sociedad civil para acercar el Comité a la paridad.",
                    "https://www.example.gov.co/gobierno-abierto/comite/acta-3.pdf"
                ),
            ]
        );

    /// <summary>
    /// Minutes for the member's forum meetings held, in date order, a week after each; the last <paramref name="awaited"/> none.
    /// </summary>
    private static async Task AddMinutesAsync(
        PortalDbContext db,
        int memberId,
        Guid official,
        string format,
        int awaited,
        CancellationToken cancellationToken
    )
    {
        var timelines = await db.Timelines.Include(t => t.Activities).Where(t => t.MemberId == memberId).ToListAsync(cancellationToken);
        foreach (var timeline in timelines.Where(t => t.IsPublished))
        {
            var meetings = timeline
                .Activities.Where(a => a.Kind == ActivityKind.ForumMeeting && a.CancelledAt is null && a.SummaryLink is null)
                .OrderBy(a => a.StartsAt)
                .ToList();
            foreach (var meeting in meetings.SkipLast(awaited))
            {
                var day = meeting.StartsAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                var link = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, day);
                timeline.RecordSummary(meeting, link, official, meeting.StartsAt.AddDays(7));
            }
        }
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);
}
