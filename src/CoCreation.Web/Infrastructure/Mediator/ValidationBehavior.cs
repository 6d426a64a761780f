namespace CoCreation.Web.Infrastructure.Mediator;

/// <summary>
/// Refuses text no person types (control characters, broken UTF-16) in any string of any message, then
/// runs every FluentValidation validator of the message; refusals become an <see cref="InputException"/>.
/// A pre-processor: it only checks, and the handler runs after it unless it throws.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(
    IEnumerable<IValidator<TMessage>> validators,
    IStringLocalizer<SharedResource> text
) : MessagePreProcessor<TMessage, TResponse>
    where TMessage : IMessage
{
    protected override async ValueTask Handle(TMessage message, CancellationToken cancellationToken)
    {
        var unreadable = UnreadableText.Fields(message);
        if (unreadable.Count > 0)
        {
            throw new InputException(unreadable.ToDictionary(f => f, _ => new[] { text["Validation.ControlCharacters"].Value }));
        }

        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new InputException(
                failures.GroupBy(f => f.PropertyName).ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray())
            );
        }
    }
}
