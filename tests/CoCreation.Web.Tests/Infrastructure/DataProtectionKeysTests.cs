using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Serilog.Core;
using Serilog.Events;

namespace CoCreation.Web.Tests.Infrastructure;

/// <summary>Security finding 8: the keys behind sessions and links are not readable from a copy of the database.</summary>
public sealed class DataProtectionKeysTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_a_replaced_certificate_still_reads_them()
    {
        // Its own database: the fixture's portal has written unencrypted keys into the shared one.
        await using var database = await TestDatabase.CreateAsync("web_keys");
        await ForgetKeysAsync(database.ConnectionString);
        var folder = Directory.CreateTempSubdirectory("cocreation-keys-");
        try
        {
            var first = CreatePfx(folder, "first", "first password");
            var second = CreatePfx(folder, "second", "second password");
            var sink = new WarningSink();
            await using var original = new PortalFactory(
                database.ConnectionString,
                Portal.Smtp.Port,
                new Dictionary<string, string?>
                {
                    ["Portal:DataProtection:CertificatePath"] = first,
                    ["Portal:DataProtection:CertificatePassword"] = "first password",
                }
            );
            await using var withSink = original.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILogEventSink>(sink)));
            using (var browser = withSink.CreatePortalClient())
            {
                await browser.GetAsync("/account/sign-in");
            }

            var keys = await KeysAsync(database.ConnectionString);
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("<EncryptedData", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            });
            Assert.DoesNotContain(sink.Messages, m => m.Contains("Data Protection keys are stored unencrypted", StringComparison.Ordinal));
            var sealedText = withSink.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("a session");

            // The operator moved to a new certificate and keeps the old one for the keys written under it.
            await using var renewed = new PortalFactory(
                database.ConnectionString,
                Portal.Smtp.Port,
                new Dictionary<string, string?>
                {
                    ["Portal:DataProtection:CertificatePath"] = second,
                    ["Portal:DataProtection:CertificatePassword"] = "second password",
                    ["Portal:DataProtection:PreviousCertificates:0:Path"] = first,
                    ["Portal:DataProtection:PreviousCertificates:0:Password"] = "first password",
                }
            );
            Assert.Equal(
                "a session",
                renewed.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(sealedText)
            );
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Without_a_certificate_the_portal_warns_outside_development()
    {
        var sink = new WarningSink();
        await using var factory = Portal.SecondPortal();
        await using var withSink = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILogEventSink>(sink)));
        _ = withSink.Server;

        Assert.Contains(sink.Messages, m => m.Contains("Data Protection keys are stored unencrypted", StringComparison.Ordinal));
    }

    private static string CreatePfx(DirectoryInfo folder, string name, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=cocreation-{name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder.FullName, name + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }

    private static async Task ForgetKeysAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var delete = new NpgsqlCommand(
            "DO $$ BEGIN IF to_regclass('data_protection_keys') IS NOT NULL THEN DELETE FROM data_protection_keys; END IF; END $$",
            connection
        );
        await delete.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> KeysAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand("SELECT xml FROM data_protection_keys", connection);
        await using var reader = await select.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    private sealed class WarningSink : ILogEventSink
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _messages = new();

        public IEnumerable<string> Messages => _messages;

        public void Emit(LogEvent logEvent) => _messages.Enqueue(logEvent.RenderMessage());
    }
}
