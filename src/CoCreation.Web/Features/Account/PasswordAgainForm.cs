namespace CoCreation.Web.Features.Account;

/// <summary>
/// The one field of the forms that ask for the password again before a change a stolen session alone must not make
/// (turning two-factor on or off, deleting the account); the use cases share it and its rule.
/// </summary>
public record PasswordAgainForm
{
    public string Password { get; set; } = "";
}

public abstract class PasswordAgainValidator<T> : AbstractValidator<T>
    where T : PasswordAgainForm
{
    protected PasswordAgainValidator() => RuleFor(c => c.Password).CurrentPassword();
}
