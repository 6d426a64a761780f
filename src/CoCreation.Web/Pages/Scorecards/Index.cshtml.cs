using CoCreation.Web.Infrastructure.Web;

namespace CoCreation.Web.Pages.Scorecards;

/// <summary>/scorecards: every member's co-creation standards scorecard, met or not per requirement.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel : PortalPageModel
{
    public Features.Scorecards.Index.Model Scorecards { get; private set; } = null!;

    public async Task OnGetAsync() => Scorecards = await Sender.Send(new Features.Scorecards.Index.Query(), HttpContext.RequestAborted);
}
