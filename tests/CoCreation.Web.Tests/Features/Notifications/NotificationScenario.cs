using System.Security.Claims;
using CoCreation.Domain.Notifications;
using CoCreation.Web.Features.Notifications;
using CoCreation.Web.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoCreation.Web.Tests.Features.Notifications;

/// <summary>Following, and running the notification worker as the portal's background work does.</summary>
internal static class NotificationScenario
{
    public static Web.Features.Notifications.Follow.Command Follow(FollowedKind kind, string key, bool following = true) =>
        new()
        {
            Kind = kind,
            Key = key,
            Following = following,
        };

    /// <summary>A worker of <paramref name="services"/> (a portal instance), in batches of <paramref name="batchSize"/>.</summary>
    public static Worker WorkerOf(IServiceProvider services, int batchSize = 200) =>
        new(
            services.GetRequiredService<IServiceScopeFactory>(),
            Microsoft.Extensions.Options.Options.Create(new NotificationOptions { BatchSize = batchSize }),
            NullLogger<Worker>.Instance
        );

    public static Task<int> RunAsync(IServiceProvider services) => WorkerOf(services).RunOnceAsync(CancellationToken.None);

    public static async Task<List<Web.Features.Notifications.Index.Item>> ListAsync(PortalFixture portal, ClaimsPrincipal person) =>
        (await portal.SendAsUserAsync(new Web.Features.Notifications.Index.Query(), person)).Items.ToList();

    public static async Task<Guid> IdOfAsync(PortalFixture portal, string email) =>
        await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>Chooses how <paramref name="person"/> hears by email, as on the account page.</summary>
    public static Task ChooseAsync(PortalFixture portal, ClaimsPrincipal person, EmailChoice choice) =>
        portal.SendAsync(new ChooseEmail.Command { Email = choice }, person);

    public static ClaimsPrincipal System => CurrentActor.System;
}
