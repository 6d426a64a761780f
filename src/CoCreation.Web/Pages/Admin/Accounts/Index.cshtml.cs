using Index = CoCreation.Web.Features.Admin.Accounts.Index;

namespace CoCreation.Web.Pages.Admin.Accounts;

public sealed class IndexModel : PortalPageModel
{
    [BindProperty(SupportsGet = true)]
    public Index.Query Filter { get; set; } = new();

    public Index.Model Result { get; private set; } = new([], false);

    public async Task OnGetAsync() => Result = await Sender.Send(ModelState.IsValid ? Filter : new(), HttpContext.RequestAborted);
}
