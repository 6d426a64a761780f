using CoCreation.Web.Features.Members;
using CoCreation.Web.Features.Scorecards;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Members;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.Web.PublicPageCache.Policy)]
public sealed class DetailsModel : PortalPageModel
{
    public Details.Model Member { get; private set; } = null!;

    public ForMember.Model? Scorecard { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var member = await Sender.Send(new Details.Query(code), HttpContext.RequestAborted);
        if (member is null)
        {
            return NotFound();
        }

        Member = member;
        Scorecard = await Sender.Send(new ForMember.Query(code), HttpContext.RequestAborted);
        return Page();
    }
}
