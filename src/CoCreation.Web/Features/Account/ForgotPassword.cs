using CoCreation.Web.Infrastructure.Email;
using CoCreation.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Features.Account;

/// <summary>Emails a reset link that expires within the hour; the page answers the same for any address.</summary>
public static class ForgotPassword
{
    [Allow(Audience.Anonymous)]
    public sealed record Command : ICommand
    {
        public string Email { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text) => RuleFor(c => c.Email).ValidEmail(text);
    }

    public sealed class Handler(
        UserManager<PortalUser> users,
        EmailOutbox outbox,
        PortalLinks links,
        TimeProvider clock,
        IStringLocalizer<SharedResource> text
    ) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.FindByEmailAsync(command.Email.Trim());
            if (user is null || !user.EmailConfirmed || user.LockoutEnd == DateTimeOffset.MaxValue)
            {
                return Unit.Value;
            }

            using var language = LanguageScope.In(user.PreferredLanguage);

            var token = AccountRules.EncodeToken(await users.GeneratePasswordResetTokenAsync(user));
            outbox.Enqueue(
                user.Email!,
                text["Email.Reset.Subject"],
                [text["Email.Greeting", user.DisplayName], text["Email.Reset.Body"]],
                new EmailAction(
                    text["Email.Reset.Action"],
                    links.To(Paths.ResetPassword(user.Id, token)),
                    clock.GetUtcNow().Add(PasswordResetTokenProvider.Lifetime)
                )
            );
            return Unit.Value;
        }
    }
}
