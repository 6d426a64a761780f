using CoCreation.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoCreation.Web.Data.Migrations
{
    /// <summary>
    /// The hits of the per-account rate limits, counted in the database so that every instance of the
    /// portal counts against the same window (Infrastructure/Web/SharedRateCounter). Not an entity: only
    /// that counter reads and writes it, with one upsert per limited request.
    /// </summary>
    [DbContext(typeof(PortalDbContext))]
    [Migration("20261205013000_SharedRateLimits")]
    public partial class SharedRateLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                CREATE TABLE rate_limit_hits (
                    key text NOT NULL,
                    window_start timestamp with time zone NOT NULL,
                    hits integer NOT NULL,
                    CONSTRAINT pk_rate_limit_hits PRIMARY KEY (key, window_start)
                );
                """
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE rate_limit_hits;");
        }
    }
}
