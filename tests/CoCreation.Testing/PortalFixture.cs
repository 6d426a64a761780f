using System.Security.Claims;
using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CoCreation.Testing;

/// <summary>
/// The portal on a real PostgreSQL and a real SMTP server, shared by a test project's tests, which
/// run one at a time on a database emptied before each (Contoso's SliceFixture, on Postgres).
/// It only talks to the portal (clients, mediator, database, accounts); situations are built by
/// <see cref="Scenario"/> and its kind.
/// </summary>
public abstract class PortalFixture : IAsyncLifetime
{
    private readonly string _name;

    protected PortalFixture(string name) => _name = name;

    public TestDatabase Database { get; private set; } = null!;

    public SmtpServer Smtp { get; } = new();

    /// <summary>A machine translation service for the portals that are given its address (Portal:Translation:Url).</summary>
    public TranslationServer Translation { get; } = TranslationServer.Start();

    public PortalFactory Factory { get; private set; } = null!;

    public IServiceProvider Services => Factory.Services;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(_name);
        await Database.ResetLeftoversAsync();
        Factory = CreateFactory();
        await StartAsync();
    }

    /// <summary>Starting the host applies the migrations and creates the roles.</summary>
    protected virtual Task StartAsync()
    {
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    protected virtual PortalFactory CreateFactory() => new(Database.ConnectionString, Smtp.Port);

    /// <summary>A client that keeps cookies and follows redirects unless told not to, over https like production.</summary>
    public PortalClient CreateClient(bool followRedirects = true) => Factory.CreatePortalClient(followRedirects);

    /// <summary>A client signed in through the real sign-in form.</summary>
    public Task<PortalClient> SignedInClientAsync(string email, bool followRedirects = true, string password = TestAccounts.Password) =>
        Factory.SignedInClientAsync(email, password, followRedirects);

    /// <summary>
    /// A second portal on the same database and mailbox that reads <paramref name="clock"/> instead of the
    /// system's (dispose it at the end of the test): sessions and emailed links age as the test moves it.
    /// </summary>
    public PortalFactory WithClock(TimeProvider clock) => new(Database.ConnectionString, Smtp.Port) { Clock = clock };

    /// <summary>
    /// A second portal on the same database and mailbox, started with <paramref name="settings"/> over the
    /// usual ones (dispose it at the end of the test): the rate limits, environment or seeding a test needs.
    /// </summary>
    public PortalFactory SecondPortal(IReadOnlyDictionary<string, string?>? settings = null) =>
        new(Database.ConnectionString, Smtp.Port, settings);

    public async Task ResetAsync()
    {
        await Database.ResetAsync();
        Smtp.Clear();
        Translation.Clear();

        // A new installation requires two-factor sign-in of staff; the suites that are not about it run
        // as an installation whose administrator relaxed it (the two-factor tests turn it back on).
        await WithDbAsync(async db =>
        {
            var settings = new SecuritySettings(DateTimeOffset.UtcNow);
            settings.RequireTwoFactorForStaff(false, DateTimeOffset.UtcNow);
            db.SecuritySettings.Add(settings);
            await db.SaveChangesAsync();
        });

        // What is cached for visitors belongs to the data just deleted: the portal's own way to drop it.
        await Services.GetRequiredService<Web.Infrastructure.Web.PublicData>().DropAsync();
    }

    public Task<T> SendAsync<T>(ICommand<T> command, ClaimsPrincipal? actor = null) => Factory.SendAsync(command, actor);

    public Task SendAsync(ICommand command, ClaimsPrincipal? actor = null) => Factory.SendAsync(command, actor);

    /// <summary>A query some people may run and others not, as <paramref name="actor"/>.</summary>
    public async Task<T> SendAsUserAsync<T>(IQuery<T> query, ClaimsPrincipal actor)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAs(actor);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    public async Task<T> QueryAsync<T>(IQuery<T> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public async Task WithDbAsync(Func<PortalDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    /// <summary>Creates a confirmed account with <paramref name="roles"/> and returns a principal acting as it.</summary>
    public async Task<(PortalUser User, ClaimsPrincipal Principal)> CreateUserAsync(
        string email,
        string password = TestAccounts.Password,
        params string[] roles
    )
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = email.Split('@')[0],
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        if (roles.Length > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }

        return (user, CurrentActor.For(user.Id, email, roles));
    }

    public virtual async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Smtp.Dispose();
        await Translation.DisposeAsync();
        await Database.DisposeAsync();
    }
}

public static class TestAccounts
{
    public const string Password = "a long test passphrase 2017";
}
