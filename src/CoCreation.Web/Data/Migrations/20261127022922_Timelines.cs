using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CoCreation.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Timelines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "documents",
                table: "national_action_plans",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "published_at",
                table: "national_action_plans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "completion",
                table: "commitments",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "NotStarted");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ends_on",
                table: "commitments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "how_it_helps",
                table: "commitments",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "lead_institution",
                table: "commitments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "ogp_values",
                table: "commitments",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<string>(
                name: "problem",
                table: "commitments",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "relevance",
                table: "commitments",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "solution",
                table: "commitments",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "starts_on",
                table: "commitments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "supporting_institutions",
                table: "commitments",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.CreateTable(
                name: "timelines",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    member_id = table.Column<int>(type: "integer", nullable: false),
                    cycle = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_by = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_timelines", x => x.id);
                    table.ForeignKey(
                        name: "fk_timelines_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "timeline_phases",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    timeline_id = table.Column<int>(type: "integer", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    name_en = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    name_es = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    name_fr = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_timeline_phases", x => x.id);
                    table.ForeignKey(
                        name: "fk_timeline_phases_timelines_timeline_id",
                        column: x => x.timeline_id,
                        principalTable: "timelines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "timeline_revisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    timeline_id = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    change = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    fields = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_timeline_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_timeline_revisions_timelines_timeline_id",
                        column: x => x.timeline_id,
                        principalTable: "timelines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "timeline_activities",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    timeline_id = table.Column<int>(type: "integer", nullable: false),
                    phase_id = table.Column<int>(type: "integer", nullable: true),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    description_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    description_fr = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    description_es = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    online_link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    who_may_attend = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    how_to_register = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    capacity = table.Column<int>(type: "integer", nullable: true),
                    summary_link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    title_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title_es = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    title_fr = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_timeline_activities", x => x.id);
                    table.ForeignKey(
                        name: "fk_timeline_activities_timeline_phase_phase_id",
                        column: x => x.phase_id,
                        principalTable: "timeline_phases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_timeline_activities_timelines_timeline_id",
                        column: x => x.timeline_id,
                        principalTable: "timelines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_timeline_activities_phase_id",
                table: "timeline_activities",
                column: "phase_id");

            migrationBuilder.CreateIndex(
                name: "ix_timeline_activities_timeline_id_starts_at",
                table: "timeline_activities",
                columns: new[] { "timeline_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_timeline_phases_timeline_id",
                table: "timeline_phases",
                column: "timeline_id");

            migrationBuilder.CreateIndex(
                name: "ix_timeline_revisions_at",
                table: "timeline_revisions",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_timeline_revisions_timeline_id_at",
                table: "timeline_revisions",
                columns: new[] { "timeline_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_timelines_member_id_cycle",
                table: "timelines",
                columns: new[] { "member_id", "cycle" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_timelines_published_at",
                table: "timelines",
                column: "published_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "timeline_activities");

            migrationBuilder.DropTable(
                name: "timeline_revisions");

            migrationBuilder.DropTable(
                name: "timeline_phases");

            migrationBuilder.DropTable(
                name: "timelines");

            migrationBuilder.DropColumn(
                name: "documents",
                table: "national_action_plans");

            migrationBuilder.DropColumn(
                name: "published_at",
                table: "national_action_plans");

            migrationBuilder.DropColumn(
                name: "completion",
                table: "commitments");

            migrationBuilder.DropColumn(
                name: "ends_on",
                table: "commitments");

            migrationBuilder.DropColumn(
                name: "how_it_helps",
                table: "commitments");

            migrationBuilder.DropColumn(
                name: "lead_institution",
                table: "commitments");

            migrationBuilder.DropColumn(
                name: "ogp_values",
                table: "commitments");

            migrationBuilder.DropColumn(
                name: "problem",
                table: "commitments");

            migrationBuilder.DropColumn(
                name: "relevance",
                table: "commitments");

            migrationBuilder.DropColumn(
                name: "solution",
                table: "commitments");

            migrationBuilder.DropColumn(
                name: "starts_on",
                table: "commitments");

            migrationBuilder.DropColumn(
                name: "supporting_institutions",
                table: "commitments");
        }
    }
}
