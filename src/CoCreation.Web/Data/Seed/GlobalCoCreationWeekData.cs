namespace CoCreation.Web.Data.Seed;

/// <summary>A country taking part in a seeded campaign.</summary>
/// <remarks>Region names: "Americas", "Europe", "AfricaMiddleEast", "AsiaPacific".</remarks>
internal sealed record SeedMember(
    string Code,
    string Region,
    string NameEn,
    string NameFr,
    string NameEs,
    bool IsNewMember,
    DateOnly JoinedOn
);

/// <summary>
/// The founding campaign: the first Global Co-creation Week (27–30 March 2017), taken from the OGP page
/// (shared/seed/global-cocreation-week.fr.txt). Pure data, no dependencies.
/// </summary>
internal static class GlobalCoCreationWeekData
{
    // JoinedOn is approximate to the year: 1 September 2011 for the 2011 founding cohort, 1 January of the joining year otherwise.

    /// <summary>
    /// The 30 countries expected to develop a new national action plan in 2017, in the order of the page.
    /// The six marked "*" on the page are flagged as new members.
    /// </summary>
    public static readonly IReadOnlyList<SeedMember> Members =
    [
        new("AF", "AsiaPacific", "Afghanistan", "Afghanistan", "Afganistán", true, new DateOnly(2016, 1, 1)),
        new("AR", "Americas", "Argentina", "Argentine", "Argentina", false, new DateOnly(2012, 1, 1)),
        new("BA", "Europe", "Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina", false, new DateOnly(2014, 1, 1)),
        new("BF", "AfricaMiddleEast", "Burkina Faso", "Burkina Faso", "Burkina Faso", true, new DateOnly(2016, 1, 1)),
        new("CV", "AfricaMiddleEast", "Cabo Verde", "Cap-Vert", "Cabo Verde", false, new DateOnly(2015, 1, 1)),
        new("CO", "Americas", "Colombia", "Colombie", "Colombia", false, new DateOnly(2011, 9, 1)),
        new("CR", "Americas", "Costa Rica", "Costa Rica", "Costa Rica", false, new DateOnly(2012, 1, 1)),
        new("HR", "Europe", "Croatia", "Croatie", "Croacia", false, new DateOnly(2011, 9, 1)),
        new("DK", "Europe", "Denmark", "Danemark", "Dinamarca", false, new DateOnly(2011, 9, 1)),
        new("FI", "Europe", "Finland", "Finlande", "Finlandia", false, new DateOnly(2013, 1, 1)),
        new("FR", "Europe", "France", "France", "Francia", false, new DateOnly(2014, 1, 1)),
        new("DE", "Europe", "Germany", "Allemagne", "Alemania", true, new DateOnly(2016, 1, 1)),
        new("GH", "AfricaMiddleEast", "Ghana", "Ghana", "Ghana", false, new DateOnly(2011, 9, 1)),
        new("IL", "AfricaMiddleEast", "Israel", "Israël", "Israel", false, new DateOnly(2011, 9, 1)),
        new("JM", "Americas", "Jamaica", "Jamaïque", "Jamaica", true, new DateOnly(2016, 1, 1)),
        new("LV", "Europe", "Latvia", "Lettonie", "Letonia", false, new DateOnly(2011, 9, 1)),
        new("LR", "AfricaMiddleEast", "Liberia", "Libéria", "Liberia", false, new DateOnly(2011, 9, 1)),
        new("LU", "Europe", "Luxembourg", "Luxembourg", "Luxemburgo", true, new DateOnly(2016, 1, 1)),
        new("MT", "Europe", "Malta", "Malte", "Malta", false, new DateOnly(2011, 9, 1)),
        new("ME", "Europe", "Montenegro", "Monténégro", "Montenegro", false, new DateOnly(2011, 9, 1)),
        new("NG", "AfricaMiddleEast", "Nigeria", "Nigéria", "Nigeria", false, new DateOnly(2016, 1, 1)),
        new("PK", "AsiaPacific", "Pakistan", "Pakistan", "Pakistán", true, new DateOnly(2016, 1, 1)),
        new("PA", "Americas", "Panama", "Panama", "Panamá", false, new DateOnly(2012, 1, 1)),
        new("PG", "AsiaPacific", "Papua New Guinea", "Papouasie-Nouvelle-Guinée", "Papúa Nueva Guinea", false, new DateOnly(2015, 1, 1)),
        new("PE", "Americas", "Peru", "Pérou", "Perú", false, new DateOnly(2011, 9, 1)),
        new("PH", "AsiaPacific", "Philippines", "Philippines", "Filipinas", false, new DateOnly(2011, 9, 1)),
        new("ES", "Europe", "Spain", "Espagne", "España", false, new DateOnly(2011, 9, 1)),
        new("TZ", "AfricaMiddleEast", "Tanzania", "Tanzanie", "Tanzania", false, new DateOnly(2011, 9, 1)),
        new("TT", "Americas", "Trinidad and Tobago", "Trinité-et-Tobago", "Trinidad y Tobago", false, new DateOnly(2012, 1, 1)),
        new("US", "Americas", "United States", "États-Unis", "Estados Unidos", false, new DateOnly(2011, 9, 1)),
    ];

    public const string Slug = "global-cocreation-week-2017";

    public static readonly DateOnly StartsOn = new(2017, 3, 27);

    public static readonly DateOnly EndsOn = new(2017, 3, 30);

    public static readonly string[] Hashtags = ["#OGPcocreate", "#myNAPask"];

    public const string TitleEn = "Global Co-creation Week";

    public const string TitleFr = "Semaine mondiale de la co-création";

    public const string TitleEs = "Semana Global de Cocreación";

    public const string SummaryEn =
        "Be open to co-creation! From 27 to 30 March 2017, the first-ever Global Co-creation Week brings governments, "
        + "civil society and citizens together as 30 OGP countries begin developing their new national action plans.";

    public const string SummaryFr =
        "Soyez ouvert à la co-création ! Du 27 au 30 mars 2017, la toute première Semaine mondiale de la co-création "
        + "réunit gouvernements, société civile et citoyens alors que 30 pays de l'OGP commencent à élaborer leur nouveau plan d'action "
        + "national.";

    public const string SummaryEs =
        "¡Ábrase a la cocreación! Del 27 al 30 de marzo de 2017, la primera Semana Global de Cocreación reúne a gobiernos, "
        + "sociedad civil y ciudadanía mientras 30 países de OGP comienzan a elaborar sus nuevos planes de acción nacionales.";

    public const string DescriptionEn =
        "In March 2017, 30 OGP participating countries are expected to begin developing new national action plans (NAPs). "
        + "Governments, civil society organizations and citizens will work together on ambitious commitments that make public services "
        + "more responsive and public policies more inclusive and participatory, fight grand corruption, deliver greater public "
        + "accountability, and use openness to solve the most pressing problems each country faces."
        + "\n\n"
        + "To encourage learning and exchange between countries, and to help governments and civil society organizations make their NAPs "
        + "ambitious and inclusive, the OGP Support Unit is hosting the first-ever Global Co-creation Week, with a series of activities "
        + "from 27 to 30 March. The goal is to make sure the OGP community knows the requirements set out in the new OGP Participation "
        + "and Co-creation Standards, and that best practices and ideas are shared across the whole community."
        + "\n\n"
        + "In doing so, we can co-create solutions to the most pressing problems of our time and make governments more open, "
        + "more accountable and more responsive to citizens."
        + "\n\n"
        + "The 45 countries and 15 subnational entities currently implementing their OGP action plans are also encouraged to take part "
        + "by sharing their ideas, experiences and best practices with the whole community.";

    public const string DescriptionFr =
        "En mars 2017, 30 pays participant à l'OGP devraient commencer à élaborer de nouveaux plans d'action nationaux (PAN). "
        + "Gouvernements, organisations de la société civile et citoyens travailleront ensemble à des engagements ambitieux pour rendre "
        + "les services publics plus réactifs et les politiques publiques plus inclusives et participatives, lutter contre la grande "
        + "corruption, renforcer la redevabilité publique et résoudre, grâce à l'ouverture, les problèmes les plus urgents de chaque pays."
        + "\n\n"
        + "Pour encourager l'apprentissage et les échanges entre pays, et aider les gouvernements et les organisations de la société "
        + "civile à rendre leurs PAN ambitieux et inclusifs, l'Unité d'appui de l'OGP organise la toute première Semaine mondiale de la "
        + "co-création, avec une série d'activités du 27 au 30 mars. L'objectif est que la communauté de l'OGP connaisse les exigences des "
        + "nouvelles Normes de participation et de co-création de l'OGP, et que les meilleures pratiques et idées circulent dans toute la "
        + "communauté."
        + "\n\n"
        + "Ce faisant, nous pouvons co-créer des solutions aux problèmes les plus pressants de notre époque et rendre les gouvernements "
        + "plus ouverts, plus responsables et plus à l'écoute des citoyens."
        + "\n\n"
        + "Les 45 pays et 15 entités infranationales qui mettent actuellement en œuvre leur plan d'action OGP sont eux aussi invités à "
        + "participer en partageant leurs idées, leurs expériences et leurs meilleures pratiques avec l'ensemble de la communauté.";

    public const string DescriptionEs =
        "En marzo de 2017, 30 países participantes en la Alianza para el Gobierno Abierto (OGP) deberían comenzar a elaborar nuevos planes "
        + "de acción nacionales (PAN). Gobiernos, organizaciones de la sociedad civil y ciudadanía trabajarán juntos en compromisos "
        + "ambiciosos para que los servicios públicos respondan mejor y las políticas públicas sean más inclusivas y participativas, "
        + "combatir la gran corrupción, lograr una mayor rendición de cuentas y resolver, gracias a la apertura, los problemas más "
        + "urgentes de cada país."
        + "\n\n"
        + "Para fomentar el aprendizaje y el intercambio entre países, y ayudar a los gobiernos y a las organizaciones de la sociedad "
        + "civil a que sus PAN sean ambiciosos e inclusivos, la Unidad de Apoyo de OGP organiza la primera Semana Global de Cocreación, "
        + "con una serie de actividades del 27 al 30 de marzo. El objetivo es que la comunidad de OGP conozca los requisitos de los nuevos "
        + "Estándares de Participación y Cocreación de OGP, y que las buenas prácticas y las ideas se compartan en toda la comunidad."
        + "\n\n"
        + "Así podremos cocrear soluciones a los problemas más apremiantes de nuestro tiempo y lograr gobiernos más abiertos, que rindan "
        + "más cuentas y respondan mejor a la ciudadanía."
        + "\n\n"
        + "Los 45 países y 15 gobiernos subnacionales que están implementando sus planes de acción de OGP también están invitados a "
        + "participar compartiendo sus ideas, experiencias y buenas prácticas con toda la comunidad.";

    public const string HowToParticipateEn =
        "The Week opens with a social media campaign. Use #OGPcocreate + #[country] to ask questions about your country's NAP "
        + "co-creation process, to say that you are interested in taking part in the development process, or to ask the OGP Support "
        + "Unit for help. Use #myNAPask + #[country] to propose commitments: the Support Unit will pass them on to the government "
        + "officials concerned. You can tweet in English or in your own language, as long as you use the hashtags, and please keep "
        + "your message specific and focused on the policy area or proposal you want to see in your NAP."
        + "\n\n"
        + "On this portal you can also submit commitment proposals, questions, expressions of interest and requests for help directly. "
        + "The Support Unit reviews each submission and forwards it to the officials of the country concerned, and you can follow "
        + "what happens to it."
        + "\n\n"
        + "All OGP governments are asked to publish their plan and calendar for developing their new NAP, spelling out the co-creation "
        + "activities open to citizens and civil society. Governments are encouraged to launch their co-creation process with workshops "
        + "or meetings with civil society during (or around) the Week, and to use #OGPcocreate + #[country] to publish and promote "
        + "their co-creation activities."
        + "\n\n"
        + "The Week starts with a Facebook Live opening on Monday 27 March. On 28 and 29 March, the Support Unit hosts four regional "
        + "co-creation webinars: Americas (in Spanish), Europe, Africa and Asia-Pacific. Each opens with a lively presentation of the "
        + "new Participation and Co-creation Standards and how they can help achieve greater ambition and genuine co-creation of NAPs. "
        + "Representatives of countries and sectors from the region (civil society, government and Independent Reporting Mechanism "
        + "researchers) then discuss best practices and how co-creation can tackle today's most pressing problems."
        + "\n\n"
        + "Throughout the Week, the OGP blog publishes posts on co-creation by partners and reformers across the Partnership. If you "
        + "have ideas or experiences to share with the community, read the blogging guidelines and submit a post."
        + "\n\n"
        + "The April newsletter will focus on co-creation, with pieces from the open government community giving a full and inclusive "
        + "picture of how co-creation can improve the way NAPs are developed. Subscribe so you don't miss it.";

    public const string HowToParticipateFr =
        "La Semaine s'ouvre par une campagne sur les réseaux sociaux. Utilisez #OGPcocreate + #[nom du pays] pour poser vos questions "
        + "sur le processus de co-création du PAN de votre pays, faire savoir que vous souhaitez participer à son élaboration ou "
        + "demander l'aide de l'Unité d'appui de l'OGP. Utilisez #myNAPask + #[nom du pays] pour proposer des engagements, que l'Unité "
        + "d'appui transmettra aux responsables gouvernementaux concernés. Vous pouvez tweeter en anglais ou dans votre langue, à "
        + "condition d'utiliser ces hashtags. Pour faire avancer la conversation, soyez précis et ciblez le domaine ou la proposition "
        + "de politique publique que vous souhaitez voir dans votre PAN."
        + "\n\n"
        + "Sur ce portail, vous pouvez aussi déposer directement vos propositions d'engagement, vos questions, vos manifestations "
        + "d'intérêt et vos demandes d'aide. L'Unité d'appui examine chaque contribution et la transmet aux responsables du pays "
        + "concerné, et vous pouvez suivre ce qu'il en advient."
        + "\n\n"
        + "Tous les gouvernements de l'OGP sont invités à publier leur plan et leur calendrier d'élaboration du nouveau PAN, en "
        + "décrivant explicitement les activités de co-création ouvertes aux citoyens et à la société civile. Ils sont encouragés à "
        + "lancer leur processus de co-création en organisant des ateliers ou des réunions avec la société civile pendant (ou autour "
        + "de) la Semaine, et à utiliser #OGPcocreate + #[nom du pays] pour faire connaître leurs activités de co-création."
        + "\n\n"
        + "La Semaine débute le lundi 27 mars par un Facebook Live d'ouverture. Les 28 et 29 mars, l'Unité d'appui organise quatre "
        + "webinaires régionaux sur la co-création : Amériques (en espagnol), Europe, Afrique et Asie-Pacifique. Chacun commence par "
        + "une présentation dynamique des nouvelles Normes de participation et de co-création et de la manière dont elles peuvent "
        + "servir à des PAN plus ambitieux et véritablement co-créés. Des représentants de pays et de secteurs de la région (société "
        + "civile, gouvernement et chercheurs du Mécanisme d'examen indépendant) échangent ensuite sur les meilleures pratiques et sur "
        + "la façon dont la co-création peut répondre aux problèmes les plus urgents d'aujourd'hui."
        + "\n\n"
        + "Tout au long de la Semaine, le blog de l'OGP publie des articles sur la co-création écrits par des partenaires et des "
        + "réformateurs du Partenariat. Si vous avez des idées ou des expériences à partager avec la communauté, consultez les "
        + "consignes de rédaction du blog et proposez un article."
        + "\n\n"
        + "Notre lettre d'information d'avril sera consacrée à la co-création et présentera des contributions de la communauté du "
        + "gouvernement ouvert, pour donner une vision complète et inclusive de la manière dont la co-création peut améliorer "
        + "l'élaboration des PAN. Abonnez-vous pour ne pas la manquer.";

    public const string HowToParticipateEs =
        "La Semana comienza con una campaña en redes sociales. Use #OGPcocreate + #[país] para hacer preguntas sobre el proceso de "
        + "cocreación del PAN de su país, expresar su interés en participar en su elaboración o pedir ayuda a la Unidad de Apoyo de "
        + "OGP. Use #myNAPask + #[país] para proponer compromisos, que la Unidad de Apoyo hará llegar a los funcionarios de gobierno "
        + "correspondientes. Puede tuitear en inglés o en su idioma, siempre que use estos hashtags. Para que la conversación avance, "
        + "sea concreto y centre su mensaje en el área de política o la propuesta que quiere ver en su PAN."
        + "\n\n"
        + "En este portal también puede enviar directamente propuestas de compromisos, preguntas, expresiones de interés y "
        + "solicitudes de ayuda. La Unidad de Apoyo revisa cada envío y lo remite a los funcionarios del país correspondiente, y "
        + "puede seguir lo que sucede con él."
        + "\n\n"
        + "Se pedirá a todos los gobiernos de OGP que publiquen su plan y su calendario para elaborar el nuevo PAN, describiendo "
        + "explícitamente las actividades de cocreación abiertas a la ciudadanía y a la sociedad civil. Además, se anima a los gobiernos a "
        + "iniciar su proceso de cocreación con talleres o reuniones con la sociedad civil durante la Semana (o en torno a ella) y a usar "
        + "#OGPcocreate + #[país] para difundir y promover sus actividades de cocreación."
        + "\n\n"
        + "La Semana arranca el lunes 27 de marzo con una apertura en Facebook Live. El 28 y el 29 de marzo, la Unidad de Apoyo "
        + "organiza cuatro seminarios web regionales sobre cocreación: Américas (en español), Europa, África y Asia-Pacífico. Cada uno "
        + "comienza con una presentación dinámica de los nuevos Estándares de Participación y Cocreación y de cómo pueden servir para "
        + "lograr planes más ambiciosos y una verdadera cocreación. Después, representantes de distintos países y sectores de la región "
        + "(sociedad civil, gobierno e investigadores del Mecanismo de Revisión Independiente) conversan sobre buenas prácticas y sobre "
        + "cómo la cocreación puede resolver los problemas más urgentes de hoy."
        + "\n\n"
        + "A lo largo de la Semana, el blog de OGP publica artículos sobre cocreación escritos por socios y reformadores de la "
        + "Alianza. Si tiene ideas o experiencias que quiera compartir con la comunidad, consulte las pautas para el blog y envíe "
        + "su artículo."
        + "\n\n"
        + "El boletín de abril estará dedicado a la cocreación y reunirá textos de la comunidad de gobierno abierto para ofrecer una "
        + "visión completa e inclusiva de cómo la cocreación puede mejorar la elaboración de los PAN. Suscríbase para no perdérselo.";
}
