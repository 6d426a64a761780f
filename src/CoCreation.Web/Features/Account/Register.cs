using System.Globalization;
using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Email;
using CoCreation.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Features.Account;

/// <summary>
/// A citizen or civil-society member opens a participant account and is sent a confirmation link.
/// The answer is the same whether or not the email already has an account (no enumeration): the
/// owner of an existing account is emailed a reminder instead.
/// </summary>
public static class Register
{
    [Allow(Audience.Anonymous)]
    public sealed record Command : ICommand
    {
        public string Email { get; set; } = "";

        public string DisplayName { get; set; } = "";

        public string? Organisation { get; set; }

        public string Password { get; set; } = "";

        public string ConfirmPassword { get; set; } = "";

        /// <summary>Where the person was going (the proposal form, say): the confirmation link leads back there.</summary>
        public string? ReturnUrl { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Email).ValidEmail(text);
            RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(100);
            RuleFor(c => c.Organisation).MaximumLength(200);
            RuleFor(c => c.Password).NewPassword(text);
            RuleFor(c => c.ConfirmPassword).RepeatsPassword(c => c.Password, text);
        }
    }

    public sealed class Handler(
        UserManager<PortalUser> users,
        EmailOutbox outbox,
        PortalLinks links,
        AuditTrail audit,
        TimeProvider clock,
        IStringLocalizer<SharedResource> text
    ) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var email = command.Email.Trim();
            await AccountRules.CheckPasswordPolicyAsync(users, email, command.Password, nameof(Command.Password));

            var existing = await users.FindByEmailAsync(email);
            if (existing is not null)
            {
                // Same hashing work as a new account, so timing does not tell the address is known.
                users.PasswordHasher.HashPassword(existing, command.Password);
                if (!existing.EmailConfirmed)
                {
                    await SendConfirmationAsync(users, outbox, links, text, clock, existing, command.ReturnUrl);
                    return Unit.Value;
                }

                using var language = LanguageScope.In(existing.PreferredLanguage);
                outbox.Enqueue(
                    email,
                    text["Email.AlreadyRegistered.Subject"],
                    [text["Email.Greeting", existing.DisplayName], text["Email.AlreadyRegistered.Body"]],
                    new EmailAction(text["Email.AlreadyRegistered.Action"], links.To(Paths.ForgotPassword()))
                );
                return Unit.Value;
            }

            var user = new PortalUser
            {
                UserName = email,
                Email = email,
                DisplayName = command.DisplayName.Trim(),
                Organisation = string.IsNullOrWhiteSpace(command.Organisation) ? null : command.Organisation.Trim(),
                PreferredLanguage = LocalizationSetup.Normalize(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName),
                CreatedAt = clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(user, command.Password);
            if (
                created.Errors.Any(e =>
                    e.Code is nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName)
                )
            )
            {
                created.ThrowIfFailed(nameof(Command.Email));
            }

            created.ThrowIfFailed(nameof(Command.Password));
            (await users.AddToRoleAsync(user, Roles.Participant)).ThrowIfFailed("");
            await SendConfirmationAsync(users, outbox, links, text, clock, user, command.ReturnUrl);
            audit.Record("account.registered", "Account", user.Id.ToString(), null, new { Roles = new[] { Roles.Participant } });
            return Unit.Value;
        }
    }

    /// <summary>Queues the "confirm your email" message; also used when an unconfirmed person tries to sign in.</summary>
    internal static async Task SendConfirmationAsync(
        UserManager<PortalUser> users,
        EmailOutbox outbox,
        PortalLinks links,
        IStringLocalizer text,
        TimeProvider clock,
        PortalUser user,
        string? returnUrl = null
    )
    {
        using var language = LanguageScope.In(user.PreferredLanguage);
        var token = AccountRules.EncodeToken(await users.GenerateEmailConfirmationTokenAsync(user));
        outbox.Enqueue(
            user.Email!,
            text["Email.Confirm.Subject"],
            [text["Email.Greeting", user.DisplayName], text["Email.Confirm.Body"]],
            new EmailAction(
                text["Email.Confirm.Action"],
                links.To(Paths.ConfirmEmail(user.Id, token, returnUrl)),
                clock.GetUtcNow().Add(IdentitySetup.EmailConfirmationLifetime)
            )
        );
    }
}
