using System.Text;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace CoCreation.Web.Features.Account;

/// <summary>
/// The signed-in person's two-factor state: on or off, recovery codes left, and while setting it up
/// the authenticator key as text and as a QR code (an SVG image made here; nothing leaves the server).
/// </summary>
public static class TwoFactor
{
    public const string Issuer = "CoCreation";

    [Allow(Audience.Participant)]
    public sealed record Query : IQuery<Model>;

    public sealed record Model(bool Enabled, int RecoveryCodesLeft, string? SharedKey, string? QrCodeDataUri, bool Required, bool IsStaff);

    public sealed class Handler(UserManager<PortalUser> users, CurrentActor actor, PortalDbContext db) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var user = await users.SignedInAsync(actor);
            var isStaff = Roles.IsStaff(actor.Principal);
            var required = isStaff && await StaffTwoFactor.IsRequiredAsync(db, cancellationToken);
            if (await users.GetTwoFactorEnabledAsync(user))
            {
                return new Model(true, await users.CountRecoveryCodesAsync(user), null, null, required, isStaff);
            }

            var key = await users.GetAuthenticatorKeyAsync(user);
            return key is null
                ? new Model(false, 0, null, null, required, isStaff)
                : new Model(false, 0, FormatKey(key), QrCode(AuthenticatorUri(user.Email!, key)), required, isStaff);
        }
    }

    /// <summary>The key in groups of four, easier to type into an authenticator app by hand.</summary>
    public static string FormatKey(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    /// <summary>The Key URI Format authenticator apps read (Google Authenticator wiki).</summary>
    public static string AuthenticatorUri(string email, string key)
    {
        var issuer = Uri.EscapeDataString(Issuer);
        return $"otpauth://totp/{issuer}:{Uri.EscapeDataString(email)}?secret={key}&issuer={issuer}&digits=6";
    }

    private static string QrCode(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(5);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
