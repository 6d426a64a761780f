namespace CoCreation.Web.Pages.Shared;

/// <summary>
/// What _Honeypot.cshtml writes into a contribution form: the idempotency key that makes a double click post once, and
/// the field only robots fill, both named under the form's <paramref name="Prefix"/> (its bound property).
/// </summary>
public sealed record Honeypot(string Prefix, Guid IdempotencyKey);
