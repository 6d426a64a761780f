namespace CoCreation.Domain.Common;

/// <summary>
/// A rule of the domain refused an operation. <see cref="Code"/> is a resource key the web layer
/// translates into the person's language; <see cref="Arguments"/> fill its placeholders.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string code, params object[] arguments)
        : base(code)
    {
        Code = code;
        Arguments = arguments;
    }

    public DomainException()
        : this("Domain.Error") { }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = message;
        Arguments = [];
    }

    public string Code { get; }

    public IReadOnlyList<object> Arguments { get; }
}
