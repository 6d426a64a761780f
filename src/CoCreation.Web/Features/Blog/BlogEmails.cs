using CoCreation.Domain.Blog;
using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure.Email;
using CoCreation.Web.Infrastructure.Localization;
using CoCreation.Web.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoCreation.Web.Features.Blog;

/// <summary>
/// Emails the author, through the outbox and in the author's own language, at each step of the review:
/// received, changes asked (with the comment), published, declined (with the reason).
/// </summary>
public sealed class BlogEmails(PortalDbContext db, EmailOutbox outbox, PortalLinks links, IStringLocalizer<SharedResource> text)
    : INotificationHandler<BlogPostStepTaken>
{
    public async ValueTask Handle(BlogPostStepTaken notification, CancellationToken cancellationToken)
    {
        if (notification.Step == BlogPostStepKind.Drafted)
        {
            return;
        }

        var post = notification.Post;
        var author = await db
            .Users.AsNoTracking()
            .Where(u => u.Id == post.AuthorId)
            .Select(u => new
            {
                u.Email,
                u.DisplayName,
                u.PreferredLanguage,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (author?.Email is null)
        {
            return;
        }

        using var language = LanguageScope.In(author.PreferredLanguage);
        var paragraphs = new List<string>
        {
            text["Email.Greeting", author.DisplayName],
            text[$"Email.Blog.{notification.Step}", post.Title],
        };
        if (notification.Note is { } note)
        {
            paragraphs.Add(note);
        }

        var link = notification.Step switch
        {
            BlogPostStepKind.ChangesRequested => links.To(Paths.BlogPostEdit(post.Id)),
            BlogPostStepKind.Published => links.To(Paths.BlogPost(post.Id)),
            _ => links.To(Paths.BlogMine()),
        };
        outbox.Enqueue(
            author.Email,
            text[$"Email.Blog.{notification.Step}.Subject", post.Title],
            paragraphs,
            new EmailAction(text["Email.Blog.Action"], link)
        );
    }
}
