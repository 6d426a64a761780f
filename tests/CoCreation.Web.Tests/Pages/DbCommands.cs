using CoCreation.Web.Infrastructure.Web;
using Microsoft.Extensions.DependencyInjection;

namespace CoCreation.Web.Tests.Pages;

/// <summary>How many database commands a request costs, for the tests that hold pages to a budget.</summary>
internal static class DbCommands
{
    /// <summary>Counts the SQL commands the portal sends while <paramref name="request"/> runs.</summary>
    public static async Task<long> CountAsync(PortalFixture portal, Func<Task> request)
    {
        var counter = portal.Services.GetRequiredService<DbCommandCounter>();
        var before = counter.Count;
        using (DbCommandCounter.Measure())
        {
            await request();
        }

        return counter.Count - before;
    }
}
