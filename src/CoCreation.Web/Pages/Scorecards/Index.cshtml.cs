using CoCreation.Domain.Members;
using Index = CoCreation.Web.Features.Scorecards.Index;

namespace CoCreation.Web.Pages.Scorecards;

/// <summary>
/// /scorecards: every member's co-creation standards scorecard, met or not per requirement. The chart counts the
/// whole selection (every member, or a region's); the table shows it <see cref="PageSize"/> members at a time, so the
/// page stays within its 50 KB of HTML now that every OGP member is listed (90 members made 88 KB).
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel : PortalPageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public Region? Region { get; set; }

    /// <summary>The code of the last member of the previous page.</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public Index.Model Scorecards { get; private set; } = null!;

    public IReadOnlyList<Index.Item> Rows { get; private set; } = [];

    public string? NextAfter { get; private set; }

    public async Task OnGetAsync()
    {
        if (!ModelState.IsValid || (After is not null && !Keyset.IsValidTextKey(After)))
        {
            // An unknown region or a broken cursor in the address: show everyone from the start rather than fail.
            (Region, After) = (null, null);
        }

        Scorecards = await Sender.Send(new Index.Query { Region = Region }, HttpContext.RequestAborted);
        // The rows after the cursor's member in the order the query gave them (its own, the database's, by code).
        var after = After?.ToUpperInvariant();
        var start = after is null ? 0 : Scorecards.Items.Select(i => i.Code).ToList().IndexOf(after) + 1;
        (Rows, NextAfter) = Keyset.Cut(Scorecards.Items.Skip(start).Take(PageSize + 1).ToList(), PageSize, i => i.Code);
    }
}
