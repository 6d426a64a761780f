using CoCreation.Domain.Blog;
using CoCreation.Web.Features.Account;
using CoCreation.Web.Infrastructure.Email;
using CoCreation.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.DataProtection;

namespace CoCreation.Web.Features.Newsletter;

/// <summary>
/// A visitor asks for the newsletter with an email and a language, no account. Nothing is stored: the
/// email carries a signed link, valid two days, and the reader exists only once the link is confirmed —
/// nobody can subscribe someone else's address.
/// </summary>
public static class Subscribe
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(2);

    private static readonly SignedRequest<Request> Tokens = new("Newsletter.Subscription");

    [Allow(Audience.Anonymous)]
    [ChangesPublicData]
    public sealed record Command : ICommand
    {
        public string Email { get; set; } = "";

        public string Language { get; set; } = "en";
    }

    /// <summary>What the signed link carries.</summary>
    public sealed record Request(string Email, string Language);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Email).ValidEmail(text);
            RuleFor(c => c.Language).Must(l => WorkingLanguages.All.Contains(l)).WithMessage(_ => text["Validation.Choice"]);
        }
    }

    public sealed class Handler(
        EmailOutbox outbox,
        PortalLinks links,
        IDataProtectionProvider protection,
        TimeProvider clock,
        IStringLocalizer<SharedResource> text
    ) : ICommandHandler<Command>
    {
        public ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = new Request(command.Email.Trim(), command.Language);
            var expires = clock.GetUtcNow().Add(LinkLifetime);
            var token = Tokens.Sign(protection, request, expires);
            using var language = LanguageScope.In(request.Language);
            outbox.Enqueue(
                request.Email,
                text["Email.Newsletter.Confirm.Subject"],
                [text["Email.Newsletter.Confirm", (int)LinkLifetime.TotalHours], text["Email.Newsletter.Confirm.Ignore"]],
                new EmailAction(text["Email.Newsletter.Confirm.Action"], links.To(Paths.NewsletterConfirm(token)), expires)
            );
            return ValueTask.FromResult(Unit.Value);
        }
    }

    /// <summary>The request a link carries, or null when it was forged, altered or expired.</summary>
    public static Request? Read(IDataProtectionProvider protection, string? token) => Tokens.Read(protection, token);
}
