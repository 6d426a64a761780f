using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Marks a command whose change shows on what is kept for visitors: the pages of
/// <see cref="PublicPageCache"/> and any value cached with <see cref="PublicData.Changed"/>. The
/// transaction behavior drops them all once such a command commits.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ChangesPublicDataAttribute : Attribute;

/// <summary>
/// The one way to drop what is cached for visitors, used by the transaction behavior after a command
/// marked <see cref="ChangesPublicDataAttribute"/> and by the tests after they empty the database.
/// Values kept in memory add <see cref="Changed"/> as an expiration token, so this class needs to know
/// nothing of them. Other instances of the portal hear of the change through PostgreSQL
/// (<see cref="AnnounceAsync"/>, <see cref="PublicDataListener"/>) and drop their copies too.
/// </summary>
public sealed class PublicData(IOutputCacheStore pages) : IDisposable
{
    /// <summary>The PostgreSQL channel on which a committed change of public data is announced.</summary>
    public const string Channel = "cocreation_public_data";

    private static readonly ConcurrentDictionary<Type, bool> Declared = new();

    /// <summary>This instance, so it does not drop its caches twice for its own announcement.</summary>
    public string Instance { get; } = Guid.NewGuid().ToString("N");

    private CancellationTokenSource _changed = new();

    /// <summary>Fires at the next change of public data: give it to a cache entry as its expiration token.</summary>
    public IChangeToken Changed => new CancellationChangeToken(Volatile.Read(ref _changed).Token);

    public static bool IsChangedBy(Type command) =>
        Declared.GetOrAdd(command, type => type.GetCustomAttribute<ChangesPublicDataAttribute>() is not null);

    public void Dispose() => _changed.Dispose();

    /// <summary>
    /// Tells every instance, within the command's transaction: PostgreSQL delivers the notification when
    /// (and only if) the transaction commits.
    /// </summary>
    public Task AnnounceAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {Instance})", cancellationToken);

    public async Task DropAsync()
    {
        await pages.EvictByTagAsync(PublicPageCache.Tag, CancellationToken.None);
        using var previous = Interlocked.Exchange(ref _changed, new CancellationTokenSource());
        await previous.CancelAsync();
    }
}
