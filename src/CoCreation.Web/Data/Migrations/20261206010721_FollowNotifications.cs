using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CoCreation.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class FollowNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "follows",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    automatic = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follows", x => x.id);
                    table.ForeignKey(
                        name: "fk_follows_users_person_id",
                        column: x => x.person_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "happenings",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    subject_kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    member_id = table.Column<int>(type: "integer", nullable: true),
                    campaign_id = table.Column<int>(type: "integer", nullable: true),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    detail = table.Column<string>(type: "jsonb", nullable: true),
                    link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    fanned_out_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    subject_title_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    subject_title_es = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    subject_title_fr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_happenings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notification_settings",
                columns: table => new
                {
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    unsubscribe_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    email_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_emailed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notification_settings", x => x.person_id);
                    table.ForeignKey(
                        name: "fk_notification_settings_users_person_id",
                        column: x => x.person_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    happening_id = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    emailed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_notifications_happenings_happening_id",
                        column: x => x.happening_id,
                        principalTable: "happenings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_notifications_users_person_id",
                        column: x => x.person_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_follows_kind_subject_id_person_id",
                table: "follows",
                columns: new[] { "kind", "subject_id", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_follows_person_id_kind_subject_id",
                table: "follows",
                columns: new[] { "person_id", "kind", "subject_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_happenings_waiting",
                table: "happenings",
                column: "id",
                filter: "fanned_out_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_notification_settings_due",
                table: "notification_settings",
                column: "email_due_at",
                filter: "email_due_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_notification_settings_unsubscribe_code",
                table: "notification_settings",
                column: "unsubscribe_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notifications_happening_id",
                table: "notifications",
                column: "happening_id");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_person_id_happening_id",
                table: "notifications",
                columns: new[] { "person_id", "happening_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notifications_person_id_id",
                table: "notifications",
                columns: new[] { "person_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_unemailed",
                table: "notifications",
                column: "person_id",
                filter: "emailed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_unread",
                table: "notifications",
                column: "person_id",
                filter: "read_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "follows");

            migrationBuilder.DropTable(
                name: "notification_settings");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "happenings");
        }
    }
}
