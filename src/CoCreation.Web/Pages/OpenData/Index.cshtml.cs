using CoCreation.Web.Features.OpenData;
using CoCreation.Web.Features.Submissions;
using PublicCollections = CoCreation.Web.Features.OpenData.Collections;

namespace CoCreation.Web.Pages.OpenData;

/// <summary>/open-data: the data dictionary — every public collection, its downloads and the meaning of each field.</summary>
public sealed class IndexModel : PortalPageModel
{
    public IReadOnlyList<Collection> Collections { get; } = PublicCollections.All;

    /// <summary>The campaigns and cycles a download of submissions can be narrowed to.</summary>
    public CampaignChoices.Model Choices { get; private set; } = new([], []);

    public async Task OnGetAsync() => Choices = await Sender.Send(new CampaignChoices.Query(), HttpContext.RequestAborted);
}
