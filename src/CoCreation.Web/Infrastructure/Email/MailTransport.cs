using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CoCreation.Web.Infrastructure.Email;

/// <summary>Delivers one message: to the configured SMTP server, or as an .eml file when there is none.</summary>
public sealed partial class MailTransport(IOptions<EmailOptions> options, IHostEnvironment environment, ILogger<MailTransport> logger)
{
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var mime = new MimeMessage
        {
            // A stable id lets mail systems drop a copy that a crash after sending made us send again.
            MessageId = $"outbox-{message.Id}@cocreation.portal",
            Subject = message.Subject,
        };
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        if (message.Attachment is { } attachment)
        {
            body.Attachments.Add(
                attachment.FileName,
                System.Text.Encoding.UTF8.GetBytes(attachment.Content),
                ContentType.Parse(attachment.ContentType)
            );
        }

        mime.Body = body.ToMessageBody();
        mime.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        mime.To.Add(MailboxAddress.Parse(message.To));
        if (message.ListUnsubscribe is not null)
        {
            mime.Headers.Add("List-Unsubscribe", $"<{message.ListUnsubscribe}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            var folder = Path.GetFullPath(settings.PickupDirectory, environment.ContentRootPath);
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"{message.CreatedAt:yyyyMMdd-HHmmss}-{message.Id}.eml");
            await mime.WriteToAsync(path, cancellationToken);
            logger.LogInformation("No SMTP server configured: email {OutboxId} written to {Path}", message.Id, path);
            if (environment.IsDevelopment() && FirstLink().Match(message.TextBody) is { Success: true } link)
            {
                // Development convenience: the confirmation or reset link, so nobody needs to open the .eml.
                // Anywhere else a live link in a log is a password reset for whoever reads the logs.
                logger.LogInformation("Email {OutboxId} link: {Link}", message.Id, link.Value);
            }
            return;
        }

        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(settings.Smtp.Security, ignoreCase: true, out var parsed)
            ? parsed
            : SecureSocketOptions.Auto;
        await client.ConnectAsync(settings.Smtp.Host, settings.Smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.Smtp.UserName))
        {
            await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"https?://\S+")]
    private static partial System.Text.RegularExpressions.Regex FirstLink();
}
