namespace CoCreation.Web.Infrastructure.Mediator;

/// <summary>
/// A contribution form with a honeypot (Pages/Shared/_Honeypot.cshtml): a field hidden from people that only robots
/// fill. Declared on the command; <see cref="HoneypotBehavior{TMessage, TResponse}"/> answers a filled one and stores
/// nothing, so its handler does not check it. (Comments/Report checks its own: a robot is told the reported comment's
/// address, which only the handler can find.)
/// </summary>
/// <typeparam name="TResponse">What the command answers.</typeparam>
public interface IHoneypotForm<out TResponse>
{
    /// <summary>Hidden from people; only robots fill it.</summary>
    string? Website { get; }

    /// <summary>What a robot is told: by default nothing (null), as when nothing was stored.</summary>
    TResponse RobotAnswer => default!;
}

/// <summary>
/// Answers a command whose <see cref="IHoneypotForm{TResponse}.Website"/> is filled with its robot answer, after
/// validation (a robot's invalid form is refused as anyone's) and before a transaction opens: nothing runs or is stored.
/// </summary>
public sealed class HoneypotBehavior<TMessage, TResponse>(CurrentActor actor, ILogger<HoneypotBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly string Name = typeof(TMessage).FullName?.Replace("CoCreation.Web.Features.", "", StringComparison.Ordinal)
        ?? typeof(TMessage).Name;

    public ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken
    )
    {
        if (message is IHoneypotForm<TResponse> form && !string.IsNullOrEmpty(form.Website))
        {
            logger.LogWarning("Honeypot filled on {Message} by {UserId}; nothing stored", Name, actor.UserId);
            return ValueTask.FromResult(form.RobotAnswer);
        }

        return next(message, cancellationToken);
    }
}

/// <summary>The rule every honeypot form's idempotency key follows (the same partial writes it).</summary>
public static class HoneypotFormRules
{
    /// <summary>
    /// The key that makes a double click store once. The form always carries one: a request without it was not sent by
    /// our page, and is told so as a bad request.
    /// </summary>
    public static IRuleBuilderOptions<T, Guid> IdempotencyKey<T>(this IRuleBuilder<T, Guid> rule, IStringLocalizer text) =>
        rule.NotEmpty().WithMessage(_ => text["Error.400.Text"]);
}
