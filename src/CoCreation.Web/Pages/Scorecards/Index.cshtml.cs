using CoCreation.Web.Infrastructure.Web;
using Index = CoCreation.Web.Features.Scorecards.Index;

namespace CoCreation.Web.Pages.Scorecards;

/// <summary>/scorecards: every member's co-creation standards scorecard, met or not per requirement.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel : PortalPageModel
{
    public Index.Model Scorecards { get; private set; } = null!;

    public async Task OnGetAsync() => Scorecards = await Sender.Send(new Index.Query(), HttpContext.RequestAborted);
}
