using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Events;

public sealed class EditModel : PortalPageModel
{
    [BindProperty]
    public Features.Events.Edit.Command Data { get; set; } = new();

    public IReadOnlyList<Features.Campaigns.Index.Item> Campaigns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var current = await Sender.Send(new Features.Events.Edit.Query(id), HttpContext.RequestAborted);
        if (current is null)
        {
            return NotFound();
        }

        Data = current;
        Campaigns = (await Sender.Send(new Features.Campaigns.Index.Query(), HttpContext.RequestAborted)).Items;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        Data.Id = id;
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value ? RedirectToPage("/Events/Details", new { id }) : NotFound();
        }

        Campaigns = (await Sender.Send(new Features.Campaigns.Index.Query(), HttpContext.RequestAborted)).Items;
        return Page();
    }

    public async Task<IActionResult> OnPostCancelEventAsync(int id)
    {
        var outcome = await TrySendAsync(new Features.Events.CancelEvent.Command(id), "");
        if (outcome.Succeeded)
        {
            return outcome.Value ? RedirectToPage("/Events/Details", new { id }) : NotFound();
        }

        return await OnGetAsync(id);
    }
}
