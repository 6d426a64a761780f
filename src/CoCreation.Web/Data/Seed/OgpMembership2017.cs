namespace CoCreation.Web.Data.Seed;

/// <summary>A member of OGP in March 2017 beside the Week's thirty, with the cycle of the plan it was in.</summary>
/// <remarks>
/// Status names: "Implementing", "Inactive". A subnational entity names its country's code in <paramref name="Country"/>
/// (its region is its country's).
/// </remarks>
internal sealed record SeedMembership(
    string Code,
    string Region,
    string NameEn,
    string NameFr,
    string NameEs,
    DateOnly JoinedOn,
    string Cycle,
    string Status = "Implementing",
    string? Country = null
);

/// <summary>
/// The rest of the Open Government Partnership in March 2017, from OGP's published list of participants: the other 45
/// countries, implementing a plan (two of them, Azerbaijan and Turkey, made inactive in 2016; Hungary had left in
/// December 2016), and the 15 subnational pioneers chosen in 2016, each within its country. With the Week's 30 (<see
/// cref="GlobalCoCreationWeekData.Members"/>, all developing their 2017-2019 plan) they make the whole membership.
/// Years joined as in <see cref="GlobalCoCreationWeekData"/>: 1 September 2011 for the founding cohort, 1 January of
/// the year otherwise; cycles are those of the plan each member was implementing, to the year. Pure data.
/// </summary>
internal static class OgpMembership2017
{
    /// <summary>Every Week member is developing its 2017-2019 plan.</summary>
    public const string WeekCycle = "2017-2019";

    private static readonly DateOnly Founding = new(2011, 9, 1);

    private static DateOnly In(int year) => new(year, 1, 1);

    public static readonly IReadOnlyList<SeedMembership> Countries =
    [
        // Americas
        new("BR", "Americas", "Brazil", "Brésil", "Brasil", Founding, "2016-2018"),
        new("CA", "Americas", "Canada", "Canada", "Canadá", Founding, "2016-2018"),
        new("CL", "Americas", "Chile", "Chili", "Chile", Founding, "2016-2018"),
        new("DO", "Americas", "Dominican Republic", "République dominicaine", "República Dominicana", Founding, "2016-2018"),
        new("SV", "Americas", "El Salvador", "Salvador", "El Salvador", Founding, "2016-2018"),
        new("GT", "Americas", "Guatemala", "Guatemala", "Guatemala", Founding, "2016-2018"),
        new("HN", "Americas", "Honduras", "Honduras", "Honduras", Founding, "2016-2018"),
        new("MX", "Americas", "Mexico", "Mexique", "México", Founding, "2016-2018"),
        new("PY", "Americas", "Paraguay", "Paraguay", "Paraguay", Founding, "2016-2018"),
        new("UY", "Americas", "Uruguay", "Uruguay", "Uruguay", Founding, "2016-2018"),
        // Europe
        new("AL", "Europe", "Albania", "Albanie", "Albania", Founding, "2016-2018"),
        new("AM", "Europe", "Armenia", "Arménie", "Armenia", Founding, "2016-2018"),
        new("AZ", "Europe", "Azerbaijan", "Azerbaïdjan", "Azerbaiyán", Founding, "2016-2018", "Inactive"),
        new("BG", "Europe", "Bulgaria", "Bulgarie", "Bulgaria", Founding, "2016-2018"),
        new("CZ", "Europe", "Czech Republic", "République tchèque", "República Checa", Founding, "2016-2018"),
        new("EE", "Europe", "Estonia", "Estonie", "Estonia", Founding, "2016-2018"),
        new("GE", "Europe", "Georgia", "Géorgie", "Georgia", Founding, "2016-2017"),
        new("GR", "Europe", "Greece", "Grèce", "Grecia", Founding, "2016-2018"),
        new("IE", "Europe", "Ireland", "Irlande", "Irlanda", In(2013), "2016-2018"),
        new("IT", "Europe", "Italy", "Italie", "Italia", Founding, "2016-2018"),
        new("LT", "Europe", "Lithuania", "Lituanie", "Lituania", Founding, "2016-2018"),
        new("MK", "Europe", "Macedonia", "Macédoine", "Macedonia", Founding, "2016-2018"),
        new("MD", "Europe", "Moldova", "Moldavie", "Moldavia", Founding, "2016-2018"),
        new("NL", "Europe", "Netherlands", "Pays-Bas", "Países Bajos", Founding, "2016-2018"),
        new("NO", "Europe", "Norway", "Norvège", "Noruega", Founding, "2016-2017"),
        new("RO", "Europe", "Romania", "Roumanie", "Rumania", Founding, "2016-2018"),
        new("RS", "Europe", "Serbia", "Serbie", "Serbia", In(2012), "2016-2018"),
        new("SK", "Europe", "Slovakia", "Slovaquie", "Eslovaquia", Founding, "2015-2017"),
        new("SE", "Europe", "Sweden", "Suède", "Suecia", Founding, "2016-2018"),
        new("TR", "Europe", "Turkey", "Turquie", "Turquía", Founding, "2012-2013", "Inactive"),
        new("UA", "Europe", "Ukraine", "Ukraine", "Ucrania", Founding, "2016-2018"),
        new("GB", "Europe", "United Kingdom", "Royaume-Uni", "Reino Unido", Founding, "2016-2018"),
        // Africa and the Middle East
        new("CI", "AfricaMiddleEast", "Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire", In(2015), "2016-2018"),
        new("JO", "AfricaMiddleEast", "Jordan", "Jordanie", "Jordania", Founding, "2016-2018"),
        new("KE", "AfricaMiddleEast", "Kenya", "Kenya", "Kenia", Founding, "2016-2018"),
        new("MW", "AfricaMiddleEast", "Malawi", "Malawi", "Malaui", In(2013), "2016-2018"),
        new("SL", "AfricaMiddleEast", "Sierra Leone", "Sierra Leone", "Sierra Leona", In(2014), "2016-2018"),
        new("ZA", "AfricaMiddleEast", "South Africa", "Afrique du Sud", "Sudáfrica", Founding, "2016-2018"),
        new("TN", "AfricaMiddleEast", "Tunisia", "Tunisie", "Túnez", In(2014), "2016-2018"),
        // Asia-Pacific
        new("AU", "AsiaPacific", "Australia", "Australie", "Australia", In(2015), "2016-2018"),
        new("ID", "AsiaPacific", "Indonesia", "Indonésie", "Indonesia", Founding, "2016-2017"),
        new("MN", "AsiaPacific", "Mongolia", "Mongolie", "Mongolia", In(2013), "2016-2018"),
        new("NZ", "AsiaPacific", "New Zealand", "Nouvelle-Zélande", "Nueva Zelanda", In(2013), "2016-2018"),
        new("KR", "AsiaPacific", "South Korea", "Corée du Sud", "Corea del Sur", Founding, "2016-2018"),
        new("LK", "AsiaPacific", "Sri Lanka", "Sri Lanka", "Sri Lanka", In(2015), "2016-2018"),
    ];

    /// <summary>The 15 pioneers of OGP's subnational programme (April 2016), implementing their first plans through 2017.</summary>
    public static readonly IReadOnlyList<SeedMembership> Subnationals =
    [
        new("AR-C", "Americas", "Buenos Aires", "Buenos Aires", "Buenos Aires", In(2016), "2016-2017", Country: "AR"),
        new("KE-05", "AfricaMiddleEast", "Elgeyo-Marakwet", "Elgeyo-Marakwet", "Elgeyo-Marakwet", In(2016), "2016-2017", Country: "KE"),
        new("US-AUSTIN", "Americas", "Austin", "Austin", "Austin", In(2016), "2016-2017", Country: "US"),
        new("MX-JAL", "Americas", "Jalisco", "Jalisco", "Jalisco", In(2016), "2016-2017", Country: "MX"),
        new("TZ-08", "AfricaMiddleEast", "Kigoma", "Kigoma", "Kigoma", In(2016), "2016-2017", Country: "TZ"),
        new("PE-LAL", "Americas", "La Libertad", "La Libertad", "La Libertad", In(2016), "2016-2017", Country: "PE"),
        new("ES-MADRID", "Europe", "Madrid", "Madrid", "Madrid", In(2016), "2016-2017", Country: "ES"),
        new("CA-ON", "Americas", "Ontario", "Ontario", "Ontario", In(2016), "2016-2017", Country: "CA"),
        new("FR-75", "Europe", "Paris", "Paris", "París", In(2016), "2016-2017", Country: "FR"),
        new("GB-SCT", "Europe", "Scotland", "Écosse", "Escocia", In(2016), "2016-2017", Country: "GB"),
        new("KR-11", "AsiaPacific", "Seoul", "Séoul", "Seúl", In(2016), "2016-2017", Country: "KR"),
        new(
            "GH-STMA",
            "AfricaMiddleEast",
            "Sekondi-Takoradi",
            "Sekondi-Takoradi",
            "Sekondi-Takoradi",
            In(2016),
            "2016-2017",
            Country: "GH"
        ),
        new("BR-SAOPAULO", "Americas", "São Paulo", "São Paulo", "São Paulo", In(2016), "2016-2017", Country: "BR"),
        new("GE-TB", "Europe", "Tbilisi", "Tbilissi", "Tiflis", In(2016), "2016-2017", Country: "GE"),
        new("ID-BJN", "AsiaPacific", "Bojonegoro", "Bojonegoro", "Bojonegoro", In(2016), "2016-2017", Country: "ID"),
    ];
}
