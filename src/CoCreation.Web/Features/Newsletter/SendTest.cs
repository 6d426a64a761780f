using CoCreation.Domain.Blog;
using CoCreation.Web.Infrastructure.Email;

namespace CoCreation.Web.Features.Newsletter;

/// <summary>The support unit sends the edition to its own address, once per language, marked as a test.</summary>
public static class SendTest
{
    [Allow(Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command(int Id) : ICommand<bool>;

    public sealed class Handler(
        PortalDbContext db,
        CurrentActor actor,
        EditionRenderer renderer,
        EmailOutbox outbox,
        PortalLinks links,
        IStringLocalizer<SharedResource> text
    ) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var userId = actor.RequireUserId();
            var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleAsync(cancellationToken);
            var edition = await db.Editions.AsNoTracking().SingleOrDefaultAsync(e => e.Id == command.Id, cancellationToken);
            if (edition is null || email is null)
            {
                return false;
            }

            var items = await renderer.LoadAsync(edition, cancellationToken);
            foreach (var language in WorkingLanguages.All)
            {
                var rendered = renderer.Render(edition, items, language);
                var unsubscribe = links.To(Paths.Newsletter());
                outbox.EnqueueComposed(
                    email,
                    $"[{text["Newsletter.Test"]} · {language}] {rendered.Subject}",
                    EditionRenderer.Personal(rendered.Text, unsubscribe),
                    EditionRenderer.Personal(rendered.EmailHtml, unsubscribe),
                    null
                );
            }

            return true;
        }
    }
}
