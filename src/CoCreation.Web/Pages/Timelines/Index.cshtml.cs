using Index = CoCreation.Web.Features.Timelines.Index;

namespace CoCreation.Web.Pages.Timelines;

/// <summary>/timelines: every published co-creation timeline and its two-weeks check.</summary>
public sealed class IndexModel : PortalPageModel
{
    public Index.Model Timelines { get; private set; } = null!;

    public async Task OnGetAsync() => Timelines = await Sender.Send(new Index.Query(), HttpContext.RequestAborted);
}
