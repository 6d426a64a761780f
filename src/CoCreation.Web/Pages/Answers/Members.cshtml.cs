using CoCreation.Web.Infrastructure.Web;

namespace CoCreation.Web.Pages.Answers;

/// <summary>/answers/members: the official's "My countries".</summary>
public sealed class MembersModel : PortalPageModel
{
    public IReadOnlyList<Features.Answers.Members.Item> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await Sender.Send(new Features.Answers.Members.Query(), HttpContext.RequestAborted);
}
