namespace CoCreation.Web.Features.Campaigns;

internal static class MemberIds
{
    /// <summary>The ids of the members with these codes; unknown codes are ignored (the form only offers real ones).</summary>
    public static async Task<List<int>> ForCodesAsync(PortalDbContext db, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var wanted = codes.OfType<string>().Select(c => c.ToUpperInvariant()).Distinct().ToList();
        return await db.Members.Where(m => wanted.Contains(m.Code)).Select(m => m.Id).ToListAsync(cancellationToken);
    }
}
