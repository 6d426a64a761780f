namespace CoCreation.Web.Tests;

/// <summary>
/// What the database holds, table by table, as one md5 of its rows each: two equal snapshots mean a
/// refused request changed nothing anywhere. The outbox is counted only (the sender marks rows sent in
/// the background); data protection keys belong to the host, not to the data; the rate limits' hits
/// count every attempt, refused ones too, by design.
/// </summary>
public static class DatabaseChecksum
{
    public static Task<IReadOnlyList<string>> TakeAsync(PortalFixture portal) =>
        portal.WithDbAsync<IReadOnlyList<string>>(async db =>
        {
            var tables = await db
                .Database.SqlQueryRaw<string>(
                    "select table_name as \"Value\" from information_schema.tables "
                        + "where table_schema = current_schema() and table_type = 'BASE TABLE' "
                        + "and table_name not in ('__EFMigrationsHistory', 'data_protection_keys', 'rate_limit_hits') "
                        + "order by table_name"
                )
                .ToListAsync();
            var sums = new List<string>();
            foreach (var table in tables)
            {
                var sql =
                    table == "outbox_messages"
                        ? "select count(*)::text as \"Value\" from outbox_messages"
                        : string.Concat(
                            "select coalesce(md5(string_agg(t::text, '|' order by t::text)), 'empty') as \"Value\" from \"",
                            table,
                            "\" t"
                        );
                sums.Add(table + " " + await db.Database.SqlQueryRaw<string>(sql).SingleAsync());
            }

            return sums;
        });
}
