using EditionsUseCase = CoCreation.Web.Features.Newsletter.Editions;

namespace CoCreation.Web.Pages.Newsletter.Editions;

/// <summary>/newsletter/editions: the support unit's editions, drafts and sent.</summary>
public sealed class IndexModel : PortalPageModel
{
    public IReadOnlyList<EditionsUseCase.Item> Editions { get; private set; } = [];

    public async Task OnGetAsync() => Editions = await Sender.Send(new EditionsUseCase.Query(SentOnly: false), HttpContext.RequestAborted);
}
