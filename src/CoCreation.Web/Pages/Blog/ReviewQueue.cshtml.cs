using CoCreation.Web.Features.Blog;

namespace CoCreation.Web.Pages.Blog;

/// <summary>/blog/review: the support unit's queue of posts to review.</summary>
public sealed class ReviewQueueModel : PortalPageModel
{
    public IReadOnlyList<ReviewQueue.Item> Posts { get; private set; } = [];

    public async Task OnGetAsync() => Posts = await Sender.Send(new ReviewQueue.Query(), HttpContext.RequestAborted);
}
