using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CoCreation.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Events : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    campaign_id = table.Column<int>(type: "integer", nullable: true),
                    region = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: true),
                    online_link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    speakers = table.Column<string>(type: "jsonb", nullable: false),
                    schedule_ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    schedule_registration_closes_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    schedule_registration_opens_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    schedule_starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    schedule_time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    title_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title_es = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    title_fr = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_events_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "registrations",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    event_id = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    promoted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancellation_code = table.Column<Guid>(type: "uuid", nullable: false),
                    registrant_email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    registrant_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    registrant_user_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registrations", x => x.id);
                    table.ForeignKey(
                        name: "fk_registrations_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_events_campaign_id",
                table: "events",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_registrations_cancellation_code",
                table: "registrations",
                column: "cancellation_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_registrations_event_id_sequence",
                table: "registrations",
                columns: new[] { "event_id", "sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registrations");

            migrationBuilder.DropTable(
                name: "events");
        }
    }
}
