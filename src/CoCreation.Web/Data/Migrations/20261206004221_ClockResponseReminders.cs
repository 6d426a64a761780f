using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CoCreation.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClockResponseReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "response_reminders",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    official_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<long>(type: "bigint", nullable: false),
                    step = table.Column<int>(type: "integer", nullable: false),
                    escalated = table.Column<bool>(type: "boolean", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_response_reminders", x => x.id);
                    table.ForeignKey(
                        name: "fk_response_reminders_submissions_submission_id",
                        column: x => x.submission_id,
                        principalTable: "submissions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_response_reminders_users_official_id",
                        column: x => x.official_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_response_reminders_official_id_submission_id_step",
                table: "response_reminders",
                columns: new[] { "official_id", "submission_id", "step" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_response_reminders_sent_at",
                table: "response_reminders",
                column: "sent_at");

            migrationBuilder.CreateIndex(
                name: "ix_response_reminders_submission_id",
                table: "response_reminders",
                column: "submission_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "response_reminders");
        }
    }
}
