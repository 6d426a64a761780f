using CoCreation.Domain.Blog;
using CoCreation.Web.Infrastructure.Email;

namespace CoCreation.Web.Features.Blog;

/// <summary>
/// Emails the author, through the outbox and in the author's own language, at each step of the review:
/// received, changes asked (with the comment), published, declined (with the reason).
/// </summary>
public sealed class BlogEmails(AuthorEmails authors, PortalLinks links) : INotificationHandler<BlogPostStepTaken>
{
    public async ValueTask Handle(BlogPostStepTaken notification, CancellationToken cancellationToken)
    {
        if (notification.Step == BlogPostStepKind.Drafted)
        {
            return;
        }

        var post = notification.Post;
        var link = notification.Step switch
        {
            BlogPostStepKind.ChangesRequested => links.To(Paths.BlogPostEdit(post.Id)),
            BlogPostStepKind.Published => links.To(Paths.BlogPost(post.Id)),
            _ => links.To(Paths.BlogMine()),
        };
        await authors.SendAsync(
            post.AuthorId,
            $"Email.Blog.{notification.Step}",
            post.Title,
            () => notification.Note,
            "Email.Blog.Action",
            link,
            cancellationToken
        );
    }
}
