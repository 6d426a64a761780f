using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoCreation.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SpeedMemberPageClock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_submissions_member_id_status",
                table: "submissions");

            migrationBuilder.CreateIndex(
                name: "ix_submissions_member_id_status_answered_at",
                table: "submissions",
                columns: new[] { "member_id", "status", "answered_at" });

            // PortalDbContext.ResponseTimesOf: one member's response clock. A SQL function PostgreSQL inlines into the member
            // page's query with the member's id; the grouped query it replaces read every member's answers on each page.
            migrationBuilder.Sql(
                """
                CREATE FUNCTION response_times(member integer)
                RETURNS TABLE (member_id integer, answered bigint, median_days double precision, waiting bigint)
                LANGUAGE sql STABLE PARALLEL SAFE AS $$
                    SELECT member,
                           count(*) FILTER (WHERE s.status = 'Answered'),
                           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM s.answered_at - s.forwarded_at) / 86400)
                               FILTER (WHERE s.status = 'Answered'),
                           count(*) FILTER (WHERE s.status = 'Forwarded')
                    FROM submissions s
                    WHERE s.member_id = member AND s.forwarded_at IS NOT NULL AND s.status IN ('Forwarded', 'Answered')
                $$;
                """
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION response_times(integer);");

            migrationBuilder.DropIndex(
                name: "ix_submissions_member_id_status_answered_at",
                table: "submissions");

            migrationBuilder.CreateIndex(
                name: "ix_submissions_member_id_status",
                table: "submissions",
                columns: new[] { "member_id", "status" });
        }
    }
}
