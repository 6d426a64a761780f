using CoCreation.Web.Features.Admin;

namespace CoCreation.Web.Pages.Admin;

public sealed class AuditModel : PortalPageModel
{
    [BindProperty(SupportsGet = true)]
    public Audit.Query Filter { get; set; } = new();

    public Audit.Model Result { get; private set; } = new([], null);

    public async Task OnGetAsync() => Result = await Sender.Send(ModelState.IsValid ? Filter : new(), HttpContext.RequestAborted);
}
