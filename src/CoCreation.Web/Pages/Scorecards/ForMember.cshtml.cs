using CoCreation.Web.Features.Scorecards;

namespace CoCreation.Web.Pages.Scorecards;

/// <summary>/members/{code}/scorecard?cycle=2017-2019: one member's co-creation standards scorecard with its evidence.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ForMemberModel : PortalPageModel
{
    public ForMember.Model Scorecard { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(string code, string? cycle) =>
        PageOrNotFoundAsync(new ForMember.Query(code, cycle), found => Scorecard = found);
}
