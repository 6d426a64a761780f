using System.Globalization;
using System.Net;
using System.Text;
using CoCreation.Domain.Blog;
using CoCreation.Domain.Newsletter;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Infrastructure.Localization;

namespace CoCreation.Web.Features.Newsletter;

/// <summary>
/// Writes an edition in one language as HTML and as plain text: the introduction, then the picked
/// posts, answered submissions and events, each with its link. Every text is encoded here, so the same
/// output serves the preview, the test, every reader's email and the public web version.
/// </summary>
public sealed class EditionRenderer(PortalDbContext db, PortalLinks links, IStringLocalizer<SharedResource> text)
{
    /// <summary>Replaced by each reader's own unsubscribe address.</summary>
    public const string UnsubscribePlaceholder = "%%UNSUBSCRIBE%%";

    public sealed record Post(long Id, string Title, string Summary, string Language, string AuthorName);

    public sealed record Answered(long Id, string Title, AnswerOutcome? Outcome, string? Reason);

    public sealed record Upcoming(int Id, LocalizedText Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZone);

    public sealed record Items(IReadOnlyList<Post> Posts, IReadOnlyList<Answered> Submissions, IReadOnlyList<Upcoming> Events);

    public sealed record Rendered(string Language, string Subject, string BodyHtml, string EmailHtml, string Text);

    public async Task<Items> LoadAsync(Edition edition, CancellationToken cancellationToken)
    {
        var posts = await db
            .BlogPosts.AsNoTracking()
            .Where(p => edition.BlogPostIds.Contains(p.Id) && p.Status == BlogPostStatus.Published)
            .OrderByDescending(p => p.PublishedAt)
            .Select(p => new Post(p.Id, p.Title, p.Summary, p.Language, p.AuthorName))
            .ToListAsync(cancellationToken);
        var submissions = await db
            .Submissions.AsNoTracking()
            .Where(s => edition.SubmissionIds.Contains(s.Id) && s.Status == SubmissionStatus.Answered)
            .OrderByDescending(s => s.AnsweredAt)
            .Select(s => new Answered(s.Id, s.Title, s.Outcome, s.AnswerReason))
            .ToListAsync(cancellationToken);
        var events = await db
            .Events.AsNoTracking()
            .Where(e => edition.EventIds.Contains(e.Id) && e.CancelledAt == null)
            .OrderBy(e => e.Schedule.StartsAt)
            .Select(e => new Upcoming(e.Id, e.Title, e.Schedule.StartsAt, e.Schedule.EndsAt, e.Schedule.TimeZone))
            .ToListAsync(cancellationToken);
        return new Items(posts, submissions, events);
    }

    public Rendered Render(Edition edition, Items items, string language)
    {
        using var scope = LanguageScope.In(language);
        var subject = edition.Subject.In(language);
        var html = new StringBuilder();
        var plain = new StringBuilder();
        foreach (
            var paragraph in edition.Intro.In(language).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        )
        {
            html.Append("<p>").Append(Encode(paragraph)).Append("</p>");
            plain.AppendLine(paragraph).AppendLine();
        }

        Section(
            html,
            plain,
            text["Newsletter.Section.Posts"],
            items.Posts.Select(p =>
                (p.Title, $"{p.Summary} ({p.AuthorName}, {text["Language." + p.Language]})", links.To(Paths.BlogPost(p.Id)))
            )
        );
        Section(
            html,
            plain,
            text["Newsletter.Section.Answers"],
            items.Submissions.Select(s =>
                (s.Title, $"{(s.Outcome is { } o ? text["Outcome." + o] + ": " : "")}{s.Reason}", links.To(Paths.Submission(s.Id)))
            )
        );
        Section(
            html,
            plain,
            text["Newsletter.Section.Events"],
            items.Events.Select(e =>
                (e.Title.In(language), EventTime.Line(text, e.StartsAt, e.EndsAt, e.TimeZone), links.To(Paths.Event(e.Id)))
            )
        );

        var webVersion = links.To(Paths.NewsletterEdition(edition.Id));
        var email = new StringBuilder("<!DOCTYPE html><html lang=\"")
            .Append(language)
            .Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encode(subject))
            .Append("</title></head><body style=\"font-family:sans-serif;line-height:1.5;max-width:40em\"><h1>")
            .Append(Encode(subject))
            .Append("</h1>")
            .Append(html)
            .Append("<hr><p style=\"font-size:small\"><a href=\"")
            .Append(Encode(webVersion))
            .Append("\">")
            .Append(Encode(text["Newsletter.WebVersion"]))
            .Append("</a> · ")
            .Append("<a href=\"")
            .Append(UnsubscribePlaceholder)
            .Append("\">")
            .Append(Encode(text["Newsletter.Unsubscribe.Link"]))
            .Append("</a></p></body></html>");
        plain
            .AppendLine("--")
            .AppendLine(text["Newsletter.WebVersion"] + ": " + webVersion)
            .AppendLine(text["Newsletter.Unsubscribe.Link"] + ": " + UnsubscribePlaceholder);
        return new Rendered(language, subject, html.ToString(), email.ToString(), plain.ToString());
    }

    /// <summary>The reader's copy: the one placeholder becomes their unsubscribe address.</summary>
    public static string Personal(string rendered, string unsubscribeUrl) =>
        rendered.Replace(UnsubscribePlaceholder, unsubscribeUrl, StringComparison.Ordinal);

    private static void Section(
        StringBuilder html,
        StringBuilder plain,
        string title,
        IEnumerable<(string Title, string Text, string Link)> entries
    )
    {
        var list = entries.ToList();
        if (list.Count == 0)
        {
            return;
        }

        html.Append("<h2>").Append(Encode(title)).Append("</h2>");
        plain.AppendLine(title.ToUpper(CultureInfo.CurrentCulture)).AppendLine();
        foreach (var (entryTitle, entryText, link) in list)
        {
            html.Append("<h3><a href=\"")
                .Append(Encode(link))
                .Append("\">")
                .Append(Encode(entryTitle))
                .Append("</a></h3><p>")
                .Append(Encode(entryText))
                .Append("</p>");
            plain.AppendLine("* " + entryTitle).AppendLine("  " + entryText).AppendLine("  " + link).AppendLine();
        }
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
