using System.ServiceModel.Syndication;
using CoCreation.Web.Features.Submissions;
using CoCreation.Web.Pages.Shared;

namespace CoCreation.Web.Pages.Submissions;

/// <summary>Atom feeds: newly published submissions, and new answers.</summary>
public sealed class FeedModel(PortalLinks links) : PortalPageModel
{
    public async Task<IActionResult> OnGetAsync(string feed)
    {
        var answers = feed == "answers";
        var items = new List<SyndicationItem>();
        await foreach (
            var row in Sender.CreateStream(
                new Export.Query(answers ? Export.Order.Answered : Export.Order.Published, Limit: 50),
                HttpContext.RequestAborted
            )
        )
        {
            var link = links.To(Paths.Submission(row.Id));
            var summary = answers
                ? $"{Text["Outcome." + row.Outcome]}: {row.Answer}"
                : $"{Text["Kind." + row.Kind]} · {row.Member} · {AuthorText.Show(Text, row.Author)}: "
                    + $"{row.ProposedCommitment ?? row.Body}";
            items.Add(
                new SyndicationItem(
                    row.Title,
                    summary,
                    new Uri(link),
                    link + (answers ? "#answer" : ""),
                    answers ? row.AnsweredAt ?? row.PublishedAt : row.PublishedAt
                )
                {
                    PublishDate = row.PublishedAt,
                }
            );
            items[^1].Title.WrittenIn(row.Language);
        }

        var title = answers ? Text["Submissions.FeedAnswers"] : Text["Submissions.FeedNew"];
        var self = answers ? Paths.AnswersFeed() : Paths.SubmissionsFeed();
        await AtomFeed.WriteAsync(Response, title, Text["Site.Name"], links.To(Paths.Submissions()), links.To(self), items);
        return new EmptyResult();
    }
}
