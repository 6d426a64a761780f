using System.Text.RegularExpressions;
using CoCreation.Domain.Common;
using CoCreation.Web.Infrastructure.Identity;
using Npgsql;

namespace CoCreation.Web.Tests.Features.Admin;

/// <summary>
/// The audit trail is append-only (ASVS V16.4.2): the database refuses UPDATE and DELETE on its rows
/// for the role the portal connects as (a trigger, so whatever the code does), and no code path in src
/// updates or deletes an entry.
/// </summary>
public sealed partial class AuditTrailTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_database_refuses_to_update_or_delete_audit_rows_for_the_portals_role()
    {
        var (user, _) = await Portal.CreateUserAsync("someone@example.org");
        var (_, admin) = await Portal.CreateUserAsync("admin@example.org", roles: Roles.Administrator);
        await Portal.SendAsync(new Web.Features.Admin.Accounts.SetLockout.Command(user.Id, Locked: true), admin);

        // The tests connect as the portal does (same connection string, same role).
        var role = await Portal.WithDbAsync(db => db.Database.SqlQueryRaw<string>("select current_user as \"Value\"").SingleAsync());
        Assert.Equal(new NpgsqlConnectionStringBuilder(Portal.Database.ConnectionString).Username, role);

        foreach (var sql in new[] { "update audit_entries set action = 'forged'", "delete from audit_entries" })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => Portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql)));
            Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        }

        await Assert.ThrowsAsync<PostgresException>(() =>
            Portal.WithDbAsync(db => db.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.Action, "forged")))
        );
        await Assert.ThrowsAsync<PostgresException>(() => Portal.WithDbAsync(db => db.AuditEntries.ExecuteDeleteAsync()));

        // Through the change tracker too.
        await Assert.ThrowsAsync<DbUpdateException>(() =>
            Portal.WithDbAsync(async db =>
            {
                var entry = await db.AuditEntries.FirstAsync();
                db.Entry(entry).Property(e => e.Action).CurrentValue = "forged";
                await db.SaveChangesAsync();
            })
        );
        await Assert.ThrowsAsync<DbUpdateException>(() =>
            Portal.WithDbAsync(async db =>
            {
                db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
                await db.SaveChangesAsync();
            })
        );

        Assert.Equal("account.locked", await Portal.WithDbAsync(db => db.AuditEntries.Select(e => e.Action).SingleAsync()));
    }

    [Fact]
    public void No_code_in_src_updates_or_deletes_audit_entries_and_the_entity_has_no_setters()
    {
        var root = RepositoryFiles.Root;
        var offenders = new List<string>();
        foreach (
            var file in Directory
                .EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
                .Where(f =>
                    !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                )
        )
        {
            var code = File.ReadAllText(file);
            offenders.AddRange(Mutation().Matches(code).Select(m => $"{Path.GetRelativePath(root, file)}: {m.Value}"));
            offenders.AddRange(RawSql().Matches(code).Select(m => $"{Path.GetRelativePath(root, file)}: {m.Value}"));
        }

        Assert.Empty(offenders);

        // The only writer appends.
        var writers = Directory
            .EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f =>
                !f.Contains("Migrations", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            )
            .Where(f => File.ReadAllText(f).Contains("AuditEntries.Add(", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f));
        Assert.Equal(["AuditTrail.cs"], writers);

        Assert.All(typeof(AuditEntry).GetProperties(), p => Assert.True(p.SetMethod is null || !p.SetMethod.IsPublic, p.Name));
        Assert.DoesNotContain(
            typeof(AuditEntry).GetMethods(
                System.Reflection.BindingFlags.Public
                    | System.Reflection.BindingFlags.Instance
                    | System.Reflection.BindingFlags.DeclaredOnly
            ),
            m => !m.IsSpecialName
        );
    }

    [GeneratedRegex(
        @"(AuditEntries|Set<AuditEntry>\(\))\s*\.\s*"
            + @"(Remove|RemoveRange|Update|UpdateRange|Attach|AttachRange|ExecuteUpdate\w*|ExecuteDelete\w*)\b"
    )]
    private static partial Regex Mutation();

    [GeneratedRegex(
        @"(?i)(update\s+audit_entries|delete\s+from\s+audit_entries|truncate\s+(table\s+)?audit_entries"
            + @"|drop\s+trigger\s+audit_entries|alter\s+table\s+audit_entries)"
    )]
    private static partial Regex RawSql();
}
