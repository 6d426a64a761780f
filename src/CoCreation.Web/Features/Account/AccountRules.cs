using System.Text;
using CoCreation.Web.Infrastructure.Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace CoCreation.Web.Features.Account;

/// <summary>Rules and helpers the account use cases share.</summary>
internal static class AccountRules
{
    public const int PasswordMaxLength = 128;

    /// <summary>
    /// An address someone types (an account, the newsletter, a seat, an invitation). FluentValidation's check wants only an @
    /// between two parts, so "maria@gmail" passed and the person waited for an email that could never arrive: the domain
    /// must be a full one, with a dot between non-empty parts.
    /// </summary>
    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule, IStringLocalizer text) =>
        rule.NotEmpty()
            .MaximumLength(254)
            .EmailAddress()
            .WithMessage(_ => text["Account.Email.Invalid"])
            .Must(HasFullDomain)
            .WithMessage(_ => text["Account.Email.NoDomainDot"]);

    /// <summary>True for an address without an @ too: that one is refused by the address check, with its own message.</summary>
    private static bool HasFullDomain(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        if (at < 0)
        {
            return true;
        }

        var labels = email![(at + 1)..].Trim().Split('.');
        return labels.Length >= 2 && Array.TrueForAll(labels, label => label.Length > 0);
    }

    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilder<T, string> rule, IStringLocalizer text) =>
        rule.NotEmpty().MinimumLength(12).WithMessage(_ => text["Account.Password.TooShort", 12]).MaximumLength(PasswordMaxLength);

    /// <summary>The new password typed a second time: it must match the first.</summary>
    public static IRuleBuilderOptions<T, string> RepeatsPassword<T>(
        this IRuleBuilder<T, string> rule,
        System.Linq.Expressions.Expression<Func<T, string>> password,
        IStringLocalizer text
    ) => rule.Equal(password).WithMessage(_ => text["Account.Password.ConfirmMismatch"]);

    /// <summary>The password typed again to confirm a change that a stolen session alone must not make.</summary>
    public static IRuleBuilderOptions<T, string> CurrentPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(PasswordMaxLength);

    /// <summary>The signed-in person's account; refused (403) when it is gone (deleted in another tab, say).</summary>
    public static async Task<PortalUser> SignedInAsync(this UserManager<PortalUser> users, CurrentActor actor) =>
        await users.FindByIdAsync(actor.RequireUserId().ToString()) ?? throw new UnauthorizedAccessException();

    /// <summary>A person's event registrations: made with their account, or by email with their address.</summary>
    public static IQueryable<Domain.Events.Registration> RegistrationsOf(Data.PortalDbContext db, Guid userId, string email) =>
        db.Set<Domain.Events.Registration>().Where(r => r.Registrant.UserId == userId || r.Registrant.Email.ToLower() == email.ToLower());

    /// <summary>Identity's refusals become field errors on <paramref name="field"/>.</summary>
    public static void ThrowIfFailed(this IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new InputException(
                new Dictionary<string, string[]> { [field] = result.Errors.Select(e => e.Description).Distinct().ToArray() }
            );
        }
    }

    /// <summary>Runs the password policy without creating anything, so a refusal looks the same for known and unknown emails.</summary>
    public static async Task CheckPasswordPolicyAsync(UserManager<PortalUser> users, string email, string password, string field)
    {
        var candidate = new PortalUser { UserName = email, Email = email };
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, candidate, password);
            errors.AddRange(result.Errors);
        }

        if (errors.Count > 0)
        {
            IdentityResult.Failed([.. errors]).ThrowIfFailed(field);
        }
    }

    /// <summary>The account and token an emailed link names; a mangled or unknown link is one and the same refusal.</summary>
    public static async Task<(PortalUser User, string Token)> FindByEmailedLinkAsync(
        UserManager<PortalUser> users,
        Guid userId,
        string? code,
        IStringLocalizer text
    )
    {
        var user = await users.FindByIdAsync(userId.ToString());
        var token = DecodeToken(code);
        return user is null || token is null ? throw new InputException("", text["Account.Token.Invalid"]) : (user, token);
    }

    public static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? DecodeToken(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
