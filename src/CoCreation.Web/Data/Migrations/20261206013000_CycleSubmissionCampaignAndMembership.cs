using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoCreation.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CycleSubmissionCampaignAndMembership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "campaign_id",
                table: "submissions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "cycle",
                table: "submissions",
                type: "character varying(9)",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "current_cycle",
                table: "members",
                type: "character varying(9)",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "parent_id",
                table: "members",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_submissions_campaign_id_status",
                table: "submissions",
                columns: new[] { "campaign_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_submissions_cycle_published_at",
                table: "submissions",
                columns: new[] { "cycle", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_members_kind",
                table: "members",
                column: "kind");

            migrationBuilder.CreateIndex(
                name: "ix_members_parent_id",
                table: "members",
                column: "parent_id");

            migrationBuilder.AddForeignKey(
                name: "fk_members_members_parent_id",
                table: "members",
                column: "parent_id",
                principalTable: "members",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_submissions_campaigns_campaign_id",
                table: "submissions",
                column: "campaign_id",
                principalTable: "campaigns",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            // Each member's current cycle: the latest its timelines or plans name (the support unit corrects it on the form).
            migrationBuilder.Sql(
                """
                UPDATE members m SET current_cycle = coalesce(
                    (SELECT max(t.cycle) FROM timelines t WHERE t.member_id = m.id),
                    (SELECT max(p.cycle) FROM national_action_plans p WHERE p.member_id = m.id))
                WHERE m.current_cycle IS NULL;
                """
            );

            // Submissions sent before: the campaign running for their member on the day they were sent (UTC), the latest to
            // start when two overlap, and the cycle their member's timeline (else plan) names — what sending records now.
            // Only the rows that get a value are written (a large table is rewritten once, not twice).
            migrationBuilder.Sql(
                """
                UPDATE submissions s SET campaign_id = (
                    SELECT c.id FROM campaigns c
                    JOIN campaign_participants p ON p.campaign_id = c.id AND p.member_id = s.member_id
                    WHERE c.starts_on <= (s.submitted_at AT TIME ZONE 'UTC')::date
                      AND c.ends_on >= (s.submitted_at AT TIME ZONE 'UTC')::date
                    ORDER BY c.starts_on DESC, c.id DESC
                    LIMIT 1)
                WHERE s.campaign_id IS NULL AND EXISTS (
                    SELECT 1 FROM campaigns c
                    JOIN campaign_participants p ON p.campaign_id = c.id AND p.member_id = s.member_id
                    WHERE c.starts_on <= (s.submitted_at AT TIME ZONE 'UTC')::date
                      AND c.ends_on >= (s.submitted_at AT TIME ZONE 'UTC')::date);
                UPDATE submissions s SET cycle = m.current_cycle
                FROM members m
                WHERE m.id = s.member_id AND s.cycle IS NULL AND m.current_cycle IS NOT NULL;
                """
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_members_members_parent_id",
                table: "members");

            migrationBuilder.DropForeignKey(
                name: "fk_submissions_campaigns_campaign_id",
                table: "submissions");

            migrationBuilder.DropIndex(
                name: "ix_submissions_campaign_id_status",
                table: "submissions");

            migrationBuilder.DropIndex(
                name: "ix_submissions_cycle_published_at",
                table: "submissions");

            migrationBuilder.DropIndex(
                name: "ix_members_kind",
                table: "members");

            migrationBuilder.DropIndex(
                name: "ix_members_parent_id",
                table: "members");

            migrationBuilder.DropColumn(
                name: "campaign_id",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "cycle",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "current_cycle",
                table: "members");

            migrationBuilder.DropColumn(
                name: "parent_id",
                table: "members");
        }
    }
}
