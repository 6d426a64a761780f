using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Infrastructure.Identity;

/// <summary>
/// Identity's emailed-link tokens, dated by the portal's <see cref="TimeProvider"/>. The framework's
/// provider reads the wall clock itself, so a link's lifetime followed another clock than the rest of
/// the portal and no test could move past it. The bytes are the framework's (creation ticks, user id,
/// purpose, security stamp), so links emailed before this change keep working.
/// </summary>
public class ClockedTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<DataProtectionTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<PortalUser>> logger,
    TimeProvider clock
) : DataProtectorTokenProvider<PortalUser>(dataProtectionProvider, options, logger)
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false, true);

    public override async Task<string> GenerateAsync(string purpose, UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var userId = await manager.GetUserIdAsync(user);
        var stamp = manager.SupportsUserSecurityStamp ? await manager.GetSecurityStampAsync(user) : null;
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Utf8, leaveOpen: true))
        {
            writer.Write(clock.GetUtcNow().UtcTicks);
            writer.Write(userId);
            writer.Write(purpose ?? "");
            writer.Write(stamp ?? "");
        }

        return Convert.ToBase64String(Protector.Protect(stream.ToArray()));
    }

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        string createdFor,
            madeFor,
            stamp;
        DateTimeOffset created;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(Protector.Unprotect(Convert.FromBase64String(token))), Utf8);
            created = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            createdFor = reader.ReadString();
            madeFor = reader.ReadString();
            stamp = reader.ReadString();
            if (reader.PeekChar() != -1)
            {
                return false;
            }
        }
        catch (Exception ex)
            when (ex is FormatException or CryptographicException or EndOfStreamException or DecoderFallbackException or ArgumentException)
        {
            // Forged, truncated or from another key ring: a link that does not work, never an error page.
            return false;
        }

        if (
            created + Options.TokenLifespan < clock.GetUtcNow()
            || createdFor != await manager.GetUserIdAsync(user)
            || !string.Equals(madeFor, purpose, StringComparison.Ordinal)
        )
        {
            return false;
        }

        return manager.SupportsUserSecurityStamp ? stamp == await manager.GetSecurityStampAsync(user) : stamp.Length == 0;
    }
}
