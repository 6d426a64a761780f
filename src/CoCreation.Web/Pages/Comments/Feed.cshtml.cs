using System.Globalization;
using System.ServiceModel.Syndication;
using CoCreation.Domain.Comments;
using CoCreation.Web.Features.Comments;

namespace CoCreation.Web.Pages.Comments;

/// <summary>
/// Atom feeds of published comments: one submission's conversation (/submissions/{id}/comments.atom) and everything a
/// member's readers discuss (/members/{code}/comments.atom). Each entry is marked with its comment's language.
/// </summary>
public sealed class FeedModel(PortalLinks links) : PortalPageModel
{
    /// <summary>How much of a comment names its entry.</summary>
    private const int TitleLength = 80;

    public async Task<IActionResult> OnGetAsync(long? id, string? code)
    {
        var feed = await Sender.Send(new Feed.Query(id, id is null ? code : null), HttpContext.RequestAborted);
        if (feed is null)
        {
            return NotFound();
        }

        var ui = CultureInfo.CurrentUICulture;
        var items = feed
            .Entries.Select(e =>
            {
                var author = AuthorText.Show(Text, e.AuthorName);
                var excerpt = e.Text.Length <= TitleLength ? e.Text : e.Text[..TitleLength].TrimEnd() + "…";
                var item = new SyndicationItem(
                    $"{author}: {excerpt}",
                    e.Text,
                    new Uri(links.To(e.Url)),
                    $"urn:cocreation:comment:{e.Id.ToString(CultureInfo.InvariantCulture)}",
                    e.EditedAt ?? e.PublishedAt
                )
                {
                    PublishDate = e.PublishedAt,
                };
                item.Title.WrittenIn(e.Language);
                ((TextSyndicationContent)item.Content).WrittenIn(e.Language);
                var mark = e.Role switch
                {
                    CommentRole.Official => Text["Comment.Role.Official", feed.MemberName.In(ui)].Value,
                    CommentRole.SupportUnit => Text["Comment.Role.SupportUnit"].Value,
                    _ => null,
                };
                item.Authors.Add(new SyndicationPerson { Name = mark is null ? author : $"{author} ({mark})" });
                return item;
            })
            .ToList();
        var self = id is { } submission ? Paths.SubmissionCommentsFeed(submission) : Paths.MemberCommentsFeed(code ?? "");
        var title = feed.Title is { } subject ? Text["Comment.FeedOn", subject] : Text["Comment.FeedOfMember", feed.MemberName.In(ui)];
        await AtomFeed.WriteAsync(Response, title, Text["Site.Name"], links.To(feed.Page), links.To(self), items);
        return new EmptyResult();
    }
}
