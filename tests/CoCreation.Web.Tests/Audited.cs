namespace CoCreation.Web.Tests;

/// <summary>What the audit trail recorded, for the tests that check a change left its trace.</summary>
internal static class Audited
{
    /// <summary>
    /// The actions recorded so far whose name starts with <paramref name="prefix"/> (all of them without one), oldest first.
    /// </summary>
    public static Task<List<string>> ActionsAsync(PortalFixture portal, string prefix = "") =>
        portal.WithDbAsync(db =>
            db.AuditEntries.Where(a => a.Action.StartsWith(prefix)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync()
        );
}
