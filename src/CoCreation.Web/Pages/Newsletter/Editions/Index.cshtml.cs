using CoCreation.Web.Infrastructure.Web;

namespace CoCreation.Web.Pages.Newsletter.Editions;

/// <summary>/newsletter/editions: the support unit's editions, drafts and sent.</summary>
public sealed class IndexModel : PortalPageModel
{
    public IReadOnlyList<Features.Newsletter.Editions.Item> Editions { get; private set; } = [];

    public async Task OnGetAsync() =>
        Editions = await Sender.Send(new Features.Newsletter.Editions.Query(SentOnly: false), HttpContext.RequestAborted);
}
