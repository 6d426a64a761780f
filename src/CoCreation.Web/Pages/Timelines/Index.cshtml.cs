using CoCreation.Web.Infrastructure.Web;

namespace CoCreation.Web.Pages.Timelines;

/// <summary>/timelines: every published co-creation timeline and its two-weeks check.</summary>
public sealed class IndexModel : PortalPageModel
{
    public Features.Timelines.Index.Model Timelines { get; private set; } = null!;

    public async Task OnGetAsync() => Timelines = await Sender.Send(new Features.Timelines.Index.Query(), HttpContext.RequestAborted);
}
