using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace CoCreation.Web.Features;

/// <summary>
/// A visitor's request kept in the emailed link instead of the database (a seat at an event, the newsletter): the
/// request as JSON, signed and time-limited by data protection under <paramref name="purpose"/>, so nothing is stored
/// until the link is followed, and a link signed for another purpose, forged, altered or expired reads as nothing.
/// </summary>
public sealed class SignedRequest<T>(string purpose)
    where T : class
{
    /// <summary>The token for the link, readable until <paramref name="expires"/>.</summary>
    public string Sign(IDataProtectionProvider protection, T request, DateTimeOffset expires) =>
        Protector(protection).Protect(JsonSerializer.Serialize(request), expires);

    /// <summary>The request a link carries, or null when it was forged, altered or expired.</summary>
    public T? Read(IDataProtectionProvider protection, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4000)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(Protector(protection).Unprotect(token));
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector(purpose).ToTimeLimitedDataProtector();
}
