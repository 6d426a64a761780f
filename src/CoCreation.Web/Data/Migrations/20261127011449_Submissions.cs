using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

namespace CoCreation.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Submissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_spam_flagged",
                table: "users",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "national_action_plans",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    member_id = table.Column<int>(type: "integer", nullable: false),
                    cycle = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_national_action_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_national_action_plans_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "submissions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    member_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: true),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    source_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    idempotency_key = table.Column<Guid>(type: "uuid", nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    problem = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    proposed_commitment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    expected_results = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    policy_area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    original_text = table.Column<string>(type: "jsonb", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    held = table.Column<bool>(type: "boolean", nullable: false),
                    rejection_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    answer_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    answered_by = table.Column<Guid>(type: "uuid", nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    forwarded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    endorsement_count = table.Column<int>(type: "integer", nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "to_tsvector(\n    CASE language WHEN 'fr' THEN 'french'::regconfig WHEN 'es' THEN 'spanish'::regconfig ELSE 'english'::regconfig END,\n    coalesce(title, '') || ' ' || coalesce(body, '') || ' ' || coalesce(problem, '') || ' ' || coalesce(proposed_commitment, '') || ' ' || coalesce(expected_results, ''))", stored: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_submissions", x => x.id);
                    table.ForeignKey(
                        name: "fk_submissions_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_submissions_users_author_id",
                        column: x => x.author_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "commitments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    national_action_plan_id = table.Column<int>(type: "integer", nullable: false),
                    member_id = table.Column<int>(type: "integer", nullable: false),
                    ogp_id = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    policy_areas = table.Column<List<string>>(type: "text[]", nullable: false),
                    title_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    title_es = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    title_fr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commitments", x => x.id);
                    table.ForeignKey(
                        name: "fk_commitments_national_action_plans_national_action_plan_id",
                        column: x => x.national_action_plan_id,
                        principalTable: "national_action_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "endorsements",
                columns: table => new
                {
                    submission_id = table.Column<long>(type: "bigint", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_endorsements", x => new { x.submission_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_endorsements_submissions_submission_id",
                        column: x => x.submission_id,
                        principalTable: "submissions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_endorsements_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "submission_steps",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    submission_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_submission_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_submission_steps_submissions_submission_id",
                        column: x => x.submission_id,
                        principalTable: "submissions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "submission_commitments",
                columns: table => new
                {
                    submission_id = table.Column<long>(type: "bigint", nullable: false),
                    commitment_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_submission_commitments", x => new { x.submission_id, x.commitment_id });
                    table.ForeignKey(
                        name: "fk_submission_commitments_commitments_commitment_id",
                        column: x => x.commitment_id,
                        principalTable: "commitments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_submission_commitments_submissions_submission_id",
                        column: x => x.submission_id,
                        principalTable: "submissions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_commitments_member_id",
                table: "commitments",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_commitments_national_action_plan_id",
                table: "commitments",
                column: "national_action_plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_commitments_ogp_id",
                table: "commitments",
                column: "ogp_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_endorsements_user_id",
                table: "endorsements",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_national_action_plans_member_id_cycle",
                table: "national_action_plans",
                columns: new[] { "member_id", "cycle" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_submission_commitments_commitment_id",
                table: "submission_commitments",
                column: "commitment_id");

            migrationBuilder.CreateIndex(
                name: "ix_submission_steps_submission_id_at",
                table: "submission_steps",
                columns: new[] { "submission_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_submissions_author_id_idempotency_key",
                table: "submissions",
                columns: new[] { "author_id", "idempotency_key" },
                unique: true,
                filter: "idempotency_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_submissions_author_id_submitted_at",
                table: "submissions",
                columns: new[] { "author_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_submissions_member_id_status",
                table: "submissions",
                columns: new[] { "member_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_submissions_public_keyset",
                table: "submissions",
                columns: new[] { "published_at", "id" },
                descending: new bool[0],
                filter: "status IN ('Published', 'Forwarded', 'Answered')");

            migrationBuilder.CreateIndex(
                name: "ix_submissions_search_vector",
                table: "submissions",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_submissions_source_url",
                table: "submissions",
                column: "source_url",
                unique: true,
                filter: "source_url IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_submissions_status_submitted_at",
                table: "submissions",
                columns: new[] { "status", "submitted_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "endorsements");

            migrationBuilder.DropTable(
                name: "submission_commitments");

            migrationBuilder.DropTable(
                name: "submission_steps");

            migrationBuilder.DropTable(
                name: "commitments");

            migrationBuilder.DropTable(
                name: "submissions");

            migrationBuilder.DropTable(
                name: "national_action_plans");

            migrationBuilder.DropColumn(
                name: "is_spam_flagged",
                table: "users");
        }
    }
}
