using CoCreation.Web.Features.Blog;

namespace CoCreation.Web.Pages.Blog;

/// <summary>/campaigns/{slug}/call-for-posts: the blogging guidelines; the support unit edits them here.</summary>
public sealed class CallForPostsModel : CommandPage<CallForPostsGuidelines.Command>
{
    public CallForPostsGuidelines.Model Call { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (!await LoadAsync(slug))
        {
            return NotFound();
        }

        Data = new() { Slug = slug, Guidelines = Infrastructure.Localization.LocalizedInput.From(Call.Guidelines) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        if (!User.IsInRole(Infrastructure.Identity.Roles.SupportUnit) && !User.IsInRole(Infrastructure.Identity.Roles.Administrator))
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        Data.Slug = slug;
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value ? RedirectToPage(new { slug }) : NotFound();
        }

        return await LoadAsync(slug) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string slug)
    {
        var call = await Sender.Send(new CallForPostsGuidelines.Query(slug), HttpContext.RequestAborted);
        if (call is not null)
        {
            Call = call;
        }

        return call is not null;
    }
}
