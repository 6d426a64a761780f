using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure.Identity;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CoCreation.Web.Tests;

/// <summary>A process that dies in the middle of a batch, for the tests that show background work recovers from it.</summary>
internal static class Crash
{
    /// <summary>Sends <paramref name="batch"/> as the portal's background work does, inside a transaction that is then
    /// rolled back as if the process died before committing; returns what the batch answered (how many it claimed).</summary>
    public static async Task<T> MidBatchAsync<T>(PortalFixture portal, ICommand<T> batch)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAs(CurrentActor.System);
        return await db
            .Database.CreateExecutionStrategy()
            .ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                var answer = await scope.ServiceProvider.GetRequiredService<ISender>().Send(batch);
                await transaction.RollbackAsync();
                return answer;
            });
    }
}
