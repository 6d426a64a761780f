using CoCreation.Domain.Members;

namespace CoCreation.Web.Pages.Shared;

/// <summary>Where a member stands, as the map of members colours it (the legend names each in words).</summary>
public enum MapStatus
{
    DevelopingPlan,
    Implementing,
    NewMember,
    Inactive,
}

/// <summary>
/// The map of members (Pages/Shared/_MemberMap.cshtml) on the home page and /members: each member with a shape in
/// the world map a link to its page, coloured and marked by its status; the list beside it stays the full account.
/// </summary>
/// <param name="Id">Unique on the page: the map's title is referenced by it.</param>
public sealed record MemberMap(string Id, IReadOnlyList<MemberMap.Entry> Members)
{
    public sealed record Entry(string Code, LocalizedText Name, CycleStatus Status, bool IsNewMember);

    /// <summary>The statuses the legend always names, in its order; inactive only when a member is.</summary>
    public static readonly IReadOnlyList<MapStatus> Legend = [MapStatus.DevelopingPlan, MapStatus.NewMember, MapStatus.Implementing];

    /// <summary>
    /// A member's status from its record: the cycle status the support unit keeps, with a new member developing its
    /// first plan told apart (OGP lists new members on their own).
    /// </summary>
    public static MapStatus StatusOf(CycleStatus status, bool isNewMember) =>
        status switch
        {
            CycleStatus.Inactive => MapStatus.Inactive,
            CycleStatus.Implementing => MapStatus.Implementing,
            _ => isNewMember ? MapStatus.NewMember : MapStatus.DevelopingPlan,
        };

    public static WorldMap.Marker MarkerOf(MapStatus status) =>
        status switch
        {
            MapStatus.Implementing => WorldMap.Marker.Square,
            MapStatus.NewMember => WorldMap.Marker.Triangle,
            MapStatus.Inactive => WorldMap.Marker.Ring,
            _ => WorldMap.Marker.Circle,
        };

    public static string ClassOf(MapStatus status) =>
        status switch
        {
            MapStatus.Implementing => "map-implementing",
            MapStatus.NewMember => "map-new",
            MapStatus.Inactive => "map-inactive",
            _ => "map-developing",
        };
}
