namespace CoCreation.Web.Infrastructure.Mediator;

/// <summary>
/// Refuses text no person types (control characters, broken UTF-16) in any string of any message, then
/// runs every FluentValidation validator of the message; refusals become an <see cref="InputException"/>.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(
    IEnumerable<IValidator<TMessage>> validators,
    IStringLocalizer<SharedResource> text
) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken
    )
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

        return await next(message, cancellationToken);
    }
}
