using MembersUseCase = CoCreation.Web.Features.Answers.Members;

namespace CoCreation.Web.Pages.Answers;

/// <summary>/answers/members: the official's "My countries".</summary>
public sealed class MembersModel : PortalPageModel
{
    public IReadOnlyList<MembersUseCase.Item> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await Sender.Send(new MembersUseCase.Query(), HttpContext.RequestAborted);
}
