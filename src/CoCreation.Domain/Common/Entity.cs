using Mediator;

namespace CoCreation.Domain.Common;

/// <summary>Base of every aggregate: collects domain events until the unit of work dispatches them.</summary>
public abstract class Entity
{
    private readonly List<INotification> _domainEvents = [];

    public IReadOnlyList<INotification> DomainEvents => _domainEvents;

    protected void Raise(INotification domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();
}
