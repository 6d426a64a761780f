using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace CoCreation.Web.Infrastructure.Identity;

/// <summary>
/// The keys behind session cookies, antiforgery tokens and emailed links live in PostgreSQL so that every
/// instance shares them. With a certificate configured they are stored encrypted to it, so a copy of the
/// database (a backup, a replica) is not enough to forge a session.
/// </summary>
public static class DataProtectionSetup
{
    public static IServiceCollection AddPortalDataProtection(
        this IServiceCollection services,
        PortalOptions portal,
        IHostEnvironment environment
    )
    {
        var builder = services.AddDataProtection().SetApplicationName("cocreation-portal").PersistKeysToDbContext<PortalDbContext>();
        var settings = portal.DataProtection;
        if (string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            if (!environment.IsDevelopment())
            {
                services.AddHostedService<UnprotectedKeysWarning>();
            }

            return services;
        }

        builder.ProtectKeysWithCertificate(
            Load(settings.CertificatePath, settings.CertificatePassword, environment, "Portal:DataProtection:CertificatePath")
        );

        // Keys written under a certificate since replaced stay readable until they expire (90 days).
        var previous = settings
            .PreviousCertificates.Select(
                (file, i) => Load(file.Path, file.Password, environment, $"Portal:DataProtection:PreviousCertificates:{i}:Path")
            )
            .ToArray();
        if (previous.Length > 0)
        {
            builder.UnprotectKeysWithAnyCertificate(previous);
        }

        return services;
    }

    private static X509Certificate2 Load(string? path, string? password, IHostEnvironment environment, string setting)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidOperationException($"{setting} is empty: give the path of a PFX file with its private key.");
        }

        var file = Path.GetFullPath(path, environment.ContentRootPath);
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(file, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            // Refusing to start beats writing keys nobody can read later, or unencrypted ones.
            throw new InvalidOperationException(
                $"{setting}: cannot read the certificate {file} ({ex.Message}). Check the file and its password.",
                ex
            );
        }

        if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
        {
            throw new InvalidOperationException(
                $"{setting}: {file} holds no RSA private key; Data Protection needs one to read its keys back."
            );
        }

        return certificate;
    }

    private sealed class UnprotectedKeysWarning(ILogger<UnprotectedKeysWarning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            logger.LogWarning(
                "Data Protection keys are stored unencrypted in the database: "
                    + "set Portal:DataProtection:CertificatePath (and CertificatePassword) to a PFX certificate to encrypt them"
            );
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
