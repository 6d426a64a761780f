namespace CoCreation.Web.Features.Notifications;

/// <summary>Marks one of the person's notifications read, or all of them (no id); someone else's is left alone.</summary>
public static class MarkRead
{
    [Allow(Audience.Participant)]
    public sealed record Command(long? Id) : ICommand<int>;

    /// <summary>How many were marked.</summary>
    public sealed class Handler(PortalDbContext db, CurrentActor actor, TimeProvider clock) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var personId = actor.RequireUserId();
            var now = clock.GetUtcNow();
            var unread = db.Notifications.Where(n => n.PersonId == personId && n.ReadAt == null);
            if (command.Id is { } id)
            {
                unread = unread.Where(n => n.Id == id);
            }

            return await unread.ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        }
    }
}
