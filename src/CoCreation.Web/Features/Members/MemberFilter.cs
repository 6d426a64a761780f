using CoCreation.Domain.Members;

namespace CoCreation.Web.Features.Members;

/// <summary>
/// The member a public list's <c>member</c> filter names: the one with that code, written in any case, or every member
/// when the filter is empty. A list joins its rows to these members, so the filter is read the same way everywhere.
/// </summary>
public static class MemberFilter
{
    public static IQueryable<Member> Of(PortalDbContext db, string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return db.Members;
        }

        var upper = code.ToUpperInvariant();
        return db.Members.Where(m => m.Code == upper);
    }

    /// <summary>
    /// The member a page's address names by its code, written in any case (none when the code is empty), read without tracking.
    /// </summary>
    public static IQueryable<Member> WithCode(PortalDbContext db, string? code)
    {
        var upper = (code ?? "").ToUpperInvariant();
        return db.Members.AsNoTracking().Where(m => m.Code == upper);
    }
}
