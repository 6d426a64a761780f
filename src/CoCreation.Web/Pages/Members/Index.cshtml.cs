using Index = CoCreation.Web.Features.Members.Index;

namespace CoCreation.Web.Pages.Members;

public sealed class IndexModel : PortalPageModel
{
    [BindProperty(SupportsGet = true)]
    public Index.Query Filter { get; set; } = new();

    public Index.Model Result { get; private set; } = new([], null);

    public async Task OnGetAsync()
    {
        if (!ModelState.IsValid)
        {
            // An unknown region or status in the address: say so and show everyone rather than fail.
            Filter = new();
        }

        // The directory shows every member; pages of members are for the API.
        Filter = Filter with { After = null, Limit = null };
        try
        {
            Result = await Sender.Send(new Index.Request(Filter), HttpContext.RequestAborted);
        }
        catch (Infrastructure.Mediator.InputException)
        {
            Filter = new();
            Result = await Sender.Send(new Index.Request(Filter), HttpContext.RequestAborted);
        }
    }
}
