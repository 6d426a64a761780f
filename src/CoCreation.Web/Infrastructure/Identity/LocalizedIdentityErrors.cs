using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Infrastructure.Identity;

/// <summary>Identity's refusals in the person's language.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> text) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), text["Account.Password.TooShort", length]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), text["Account.Password.Mismatch"]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), text["Account.Token.Invalid"]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), text["Account.Email.Invalid"]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), text["Account.Email.Taken"]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), text["Account.Email.Taken"]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), text["Account.Email.Invalid"]);

    public override IdentityError DefaultError() => Error(nameof(DefaultError), text["Error.Generic"]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), text["Error.Concurrency"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
