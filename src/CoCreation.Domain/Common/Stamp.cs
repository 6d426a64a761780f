namespace CoCreation.Domain.Common;

/// <summary>Who did something and when: every state change on an entity is stamped with it.</summary>
public readonly record struct Stamp(Guid ActorId, DateTimeOffset At);
