namespace CoCreation.Web.Infrastructure.Web;

/// <summary>An event's moment in its own time zone (IANA id); UTC when the zone is unknown to this server.</summary>
public static class EventTime
{
    public static DateTimeOffset InZone(DateTimeOffset moment, string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? TimeZoneInfo.ConvertTime(moment, zone) : moment;
}
