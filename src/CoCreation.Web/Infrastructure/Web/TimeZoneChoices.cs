using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// A time zone select that a person can use: the zones a member lives in first, named by city with the
/// UTC offset on the event's date ("Buenos Aires (UTC−03:00)"), then every zone for the rare other case.
/// The value stays an IANA id.
/// </summary>
public static class TimeZoneChoices
{
    /// <summary>
    /// The zones of the members the portal knows (ISO code → IANA ids, capital first); a member missing here gets only the full list.
    /// </summary>
    private static readonly Dictionary<string, string[]> MemberZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AF"] = ["Asia/Kabul"],
        ["AR"] = ["America/Argentina/Buenos_Aires", "America/Argentina/Cordoba", "America/Argentina/Mendoza"],
        ["BA"] = ["Europe/Sarajevo"],
        ["BF"] = ["Africa/Ouagadougou"],
        ["CV"] = ["Atlantic/Cape_Verde"],
        ["CO"] = ["America/Bogota"],
        ["CR"] = ["America/Costa_Rica"],
        ["HR"] = ["Europe/Zagreb"],
        ["DK"] = ["Europe/Copenhagen", "America/Nuuk", "Atlantic/Faroe"],
        ["FI"] = ["Europe/Helsinki"],
        ["FR"] =
        [
            "Europe/Paris",
            "America/Guadeloupe",
            "America/Martinique",
            "America/Cayenne",
            "Indian/Reunion",
            "Pacific/Noumea",
            "Pacific/Tahiti",
        ],
        ["DE"] = ["Europe/Berlin"],
        ["GH"] = ["Africa/Accra"],
        ["IL"] = ["Asia/Jerusalem"],
        ["JM"] = ["America/Jamaica"],
        ["LV"] = ["Europe/Riga"],
        ["LR"] = ["Africa/Monrovia"],
        ["LU"] = ["Europe/Luxembourg"],
        ["MT"] = ["Europe/Malta"],
        ["ME"] = ["Europe/Podgorica"],
        ["NG"] = ["Africa/Lagos"],
        ["PK"] = ["Asia/Karachi"],
        ["PA"] = ["America/Panama"],
        ["PG"] = ["Pacific/Port_Moresby"],
        ["PE"] = ["America/Lima"],
        ["PH"] = ["Asia/Manila"],
        ["ES"] = ["Europe/Madrid", "Atlantic/Canary", "Africa/Ceuta"],
        ["TZ"] = ["Africa/Dar_es_Salaam"],
        ["TT"] = ["America/Port_of_Spain"],
        ["US"] = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu"],
        ["GB"] = ["Europe/London"],
        ["KE"] = ["Africa/Nairobi"],
        ["BE"] = ["Europe/Brussels"],
        ["MX"] = ["America/Mexico_City"],
        ["BR"] = ["America/Sao_Paulo"],
        ["CL"] = ["America/Santiago"],
        ["ID"] = ["Asia/Jakarta"],
        ["KR"] = ["Asia/Seoul"],
    };

    /// <summary>Events belong to no member: one zone per OGP region (where the regional webinars are held), and UTC.</summary>
    public static readonly IReadOnlyList<string> RegionalZones =
    [
        "UTC",
        "America/New_York",
        "America/Bogota",
        "Europe/Brussels",
        "Europe/Paris",
        "Africa/Nairobi",
        "Asia/Manila",
    ];

    public static IReadOnlyList<string> OfMember(string? memberCode) =>
        memberCode is not null && MemberZones.TryGetValue(memberCode, out var zones) ? zones : [];

    /// <summary>
    /// The options of the select: <paramref name="suggested"/> (and the current value) in a first group, every
    /// zone in a second one. Offsets are those of <paramref name="on"/> (summer and winter differ).
    /// </summary>
    public static IReadOnlyList<SelectListItem> Items(
        IEnumerable<string> suggested,
        string? current,
        DateTime? on,
        string suggestedLabel,
        string allLabel
    )
    {
        var moment = on is { } local ? DateTime.SpecifyKind(local, DateTimeKind.Unspecified) : DateTime.UtcNow;
        var all = TimeZoneInfo.GetSystemTimeZones().Where(z => z.Id.Contains('/', StringComparison.Ordinal) || z.Id == "UTC").ToList();
        var known = all.Select(z => z.Id).ToHashSet(StringComparer.Ordinal);
        var first = suggested.Prepend(current).OfType<string>().Where(known.Contains).Distinct(StringComparer.Ordinal).ToList();
        var shortGroup = new SelectListGroup { Name = suggestedLabel };
        var allGroup = new SelectListGroup { Name = allLabel };
        return
        [
            .. first.Select(id => Item(TimeZoneInfo.FindSystemTimeZoneById(id), moment, shortGroup)),
            .. all.Select(z => (Zone: z, Name: Friendly(z, moment)))
                .OrderBy(z => z.Zone.GetUtcOffset(moment))
                .ThenBy(z => z.Name, StringComparer.Ordinal)
                .Select(z => new SelectListItem(z.Name + " · " + z.Zone.Id, z.Zone.Id) { Group = allGroup }),
        ];
    }

    /// <summary>
    /// "Bruxelles (UTC+02:00)": the zone's city in the interface language (<see cref="City"/>), with the offset on that date.
    /// </summary>
    public static string Friendly(TimeZoneInfo zone, DateTime on)
    {
        var city = City(zone.Id);
        var offset = zone.GetUtcOffset(on);
        var sign = offset < TimeSpan.Zero ? "\u2212" : "+";
        return string.Create(CultureInfo.InvariantCulture, $"{city} (UTC{sign}{offset.Duration():hh\\:mm})");
    }

    /// <summary>
    /// The zone's city in the interface language: the Unicode CLDR's name where it differs from the IANA id's
    /// ("Europe/Brussels": Brussels, Bruxelles, Bruselas; scripts/zone-cities writes the list), else the id's last part.
    /// </summary>
    public static string City(string zoneId)
    {
        if (zoneId == "UTC")
        {
            return "UTC";
        }

        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return Cities.TryGetValue(language, out var names) && names.TryGetValue(zoneId, out var name)
            ? name
            : zoneId[(zoneId.LastIndexOf('/') + 1)..].Replace('_', ' ');
    }

    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Cities = LoadCities();

    private static FrozenDictionary<string, FrozenDictionary<string, string>> LoadCities()
    {
        using var stream = typeof(TimeZoneChoices).Assembly.GetManifestResourceStream("CoCreation.Web.zone-cities.json")!;
        using var json = JsonDocument.Parse(stream);
        return json
            .RootElement.EnumerateObject()
            .Where(language => language.Value.ValueKind == JsonValueKind.Object)
            .ToFrozenDictionary(
                language => language.Name,
                language =>
                    language.Value.EnumerateObject().ToFrozenDictionary(z => z.Name, z => z.Value.GetString()!, StringComparer.Ordinal),
                StringComparer.Ordinal
            );
    }

    private static SelectListItem Item(TimeZoneInfo zone, DateTime on, SelectListGroup group) =>
        new(Friendly(zone, on), zone.Id) { Group = group };
}
