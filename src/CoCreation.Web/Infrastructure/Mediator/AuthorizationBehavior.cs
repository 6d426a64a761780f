namespace CoCreation.Web.Infrastructure.Mediator;

/// <summary>
/// Refuses a message its sender may not send (its <see cref="AllowAttribute"/>), before validation so a
/// refused person learns nothing from the validator and nothing runs. The refusal is the same
/// <see cref="UnauthorizedAccessException"/> the per-member checks throw: a 403 page, or the sign-in
/// page for a visitor. Page folder rules stay as an outer gate; this one holds for every sender. A pre-processor:
/// it only checks, and the handler runs after it unless it throws.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(CurrentActor actor) : MessagePreProcessor<TMessage, TResponse>
    where TMessage : IMessage
{
    protected override ValueTask Handle(TMessage message, CancellationToken cancellationToken)
    {
        MessageAuthorization.Require(MessageAudience<TMessage>.Declared, typeof(TMessage), actor);
        return default;
    }
}

/// <summary>The same for streamed queries (the open-data downloads).</summary>
public sealed class AuthorizationStreamBehavior<TMessage, TResponse>(CurrentActor actor) : IStreamPipelineBehavior<TMessage, TResponse>
    where TMessage : IStreamMessage
{
    public IAsyncEnumerable<TResponse> Handle(
        TMessage message,
        StreamHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken
    )
    {
        MessageAuthorization.Require(MessageAudience<TMessage>.Declared, typeof(TMessage), actor);
        return next(message, cancellationToken);
    }
}

internal static class MessageAuthorization
{
    public static void Require(Audience? declared, Type messageType, CurrentActor actor)
    {
        if (declared is not { } audience)
        {
            // Closed by default: a message nobody declared is sent by nobody.
            throw new UnauthorizedAccessException($"{messageType.FullName} declares no [Allow(...)] audience.");
        }

        if (!audience.Admits(actor))
        {
            throw new UnauthorizedAccessException($"This action is for: {audience}.");
        }
    }
}
