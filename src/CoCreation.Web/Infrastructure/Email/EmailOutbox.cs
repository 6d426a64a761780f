using System.Globalization;
using System.Net;
using System.Text;

namespace CoCreation.Web.Infrastructure.Email;

/// <summary>
/// Queues an email in the current unit of work. Bodies are built from plain paragraphs and an
/// optional call to action, HTML-encoded here once, so no caller can inject markup.
/// </summary>
public sealed class EmailOutbox(PortalDbContext db, TimeProvider clock)
{
    public void Enqueue(
        string to,
        string subject,
        IEnumerable<string> paragraphs,
        EmailAction? action = null,
        EmailAttachment? attachment = null
    )
    {
        var lines = paragraphs.ToList();
        var text = new StringBuilder();
        // Queued inside the reader's LanguageScope, so the interface language is theirs: a screen reader then reads it aloud in it.
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"")
            .Append(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
            .Append("\"><body style=\"font-family:sans-serif;line-height:1.5\">");
        foreach (var paragraph in lines)
        {
            text.AppendLine(paragraph).AppendLine();
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }

        if (action is not null)
        {
            text.AppendLine(action.Label + ":").AppendLine(action.Url).AppendLine();
            html.Append("<p><a href=\"")
                .Append(WebUtility.HtmlEncode(action.Url))
                .Append("\">")
                .Append(WebUtility.HtmlEncode(action.Label))
                .Append("</a></p>")
                .Append("<p style=\"font-size:small\">")
                .Append(WebUtility.HtmlEncode(action.Url))
                .Append("</p>");
        }

        html.Append("</body></html>");
        db.OutboxMessages.Add(
            new OutboxMessage(
                to,
                subject,
                text.ToString().TrimEnd() + "\n",
                html.ToString(),
                clock.GetUtcNow(),
                attachment: attachment,
                linkExpiresAt: action?.ExpiresAt
            )
        );
    }

    /// <summary>
    /// Queues a message whose HTML the caller built (a newsletter edition, every text in it encoded by
    /// its renderer), with the one-click unsubscribe address put in the List-Unsubscribe header.
    /// </summary>
    public OutboxMessage EnqueueComposed(string to, string subject, string textBody, string htmlBody, string? listUnsubscribe)
    {
        var message = new OutboxMessage(to, subject, textBody, htmlBody, clock.GetUtcNow(), listUnsubscribe);
        db.OutboxMessages.Add(message);
        return message;
    }
}

/// <param name="ExpiresAt">When a one-time link (a token in <paramref name="Url"/>) stops working; null for a plain address.</param>
public sealed record EmailAction(string Label, string Url, DateTimeOffset? ExpiresAt = null);
