using System.ServiceModel.Syndication;
using Index = CoCreation.Web.Features.Blog.Index;

namespace CoCreation.Web.Pages.Blog;

/// <summary>/blog/feed.atom: published posts, newest first.</summary>
public sealed class FeedModel(PortalLinks links) : PortalPageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var posts = (await Sender.Send(new Index.Query(), HttpContext.RequestAborted)).Items;
        var items = posts
            .Select(p =>
            {
                var link = links.To(Paths.BlogPost(p.Id));
                var item = new SyndicationItem(p.Title, p.Summary, new Uri(link), link, p.PublishedAt ?? DateTimeOffset.UnixEpoch)
                {
                    PublishDate = p.PublishedAt ?? DateTimeOffset.UnixEpoch,
                };
                item.Title.WrittenIn(p.Language);
                ((TextSyndicationContent)item.Content).WrittenIn(p.Language);
                item.Authors.Add(new SyndicationPerson { Name = p.AuthorName, Uri = links.To(Paths.BlogAuthor(p.AuthorId)) });
                return item;
            })
            .ToList();
        await AtomFeed.WriteAsync(
            Response,
            Text["Blog.Title"],
            Text["Blog.Intro"],
            links.To(Paths.Blog()),
            links.To(Paths.BlogFeed()),
            items
        );
        return new EmptyResult();
    }
}
