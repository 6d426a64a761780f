using System.Globalization;
using CoCreation.Domain.Notifications;
using CoCreation.Web.Features.Members;
using CoCreation.Web.Features.Scorecards;
using CoCreation.Web.Pages.Shared;

namespace CoCreation.Web.Pages.Members;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class DetailsModel : PortalPageModel
{
    public Details.Model Member { get; private set; } = null!;

    public ForMember.Model? Scorecard { get; private set; }

    public FollowButton Follow { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var member = await Sender.Send(new Details.Query(code), HttpContext.RequestAborted);
        if (member is null)
        {
            return NotFound();
        }

        Member = member;
        Scorecard = await Sender.Send(new ForMember.Query(code), HttpContext.RequestAborted);
        Follow = await FollowButton.ForAsync(
            this,
            FollowedKind.Member,
            member.Code.ToLowerInvariant(),
            member.Name.In(CultureInfo.CurrentUICulture)
        );
        return Page();
    }
}
