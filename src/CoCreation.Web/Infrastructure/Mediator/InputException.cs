namespace CoCreation.Web.Infrastructure.Mediator;

/// <summary>
/// The message was refused by its validator: field name → localized messages. Pages copy them into
/// ModelState so the form comes back with what the person typed and the reasons beside each field.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(IReadOnlyDictionary<string, string[]> errors)
        : base("The input was refused by validation: " + string.Join(", ", errors.Select(e => $"{e.Key} ({string.Join(" ", e.Value)})"))) =>
        Errors = errors;

    public InputException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] }) { }

    public InputException()
        : this(new Dictionary<string, string[]>()) { }

    public InputException(string message, Exception innerException)
        : base(message, innerException) => Errors = new Dictionary<string, string[]>();

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
