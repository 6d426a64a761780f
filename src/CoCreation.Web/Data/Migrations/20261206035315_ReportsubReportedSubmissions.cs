using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoCreation.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportsubReportedSubmissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Comment reports become readers' reports of a comment or a submission: renamed, so no report is lost.
            migrationBuilder.Sql(
                """
                ALTER TABLE comment_reports RENAME TO reader_reports;
                ALTER TABLE reader_reports RENAME CONSTRAINT pk_comment_reports TO pk_reader_reports;
                ALTER TABLE reader_reports RENAME CONSTRAINT fk_comment_reports_comments_comment_id TO fk_reader_reports_comments_comment_id;
                ALTER TABLE reader_reports RENAME CONSTRAINT fk_comment_reports_users_reporter_id TO fk_reader_reports_users_reporter_id;
                ALTER INDEX ix_comment_reports_comment_id_reporter_id RENAME TO ix_reader_reports_comment_id_reporter_id;
                ALTER INDEX ix_comment_reports_reporter_id RENAME TO ix_reader_reports_reporter_id;
                """
            );

            migrationBuilder.AlterColumn<long>(
                name: "comment_id",
                table: "reader_reports",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AddColumn<long>(
                name: "submission_id",
                table: "reader_reports",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "idempotency_key",
                table: "reader_reports",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_reader_reports_one_item",
                table: "reader_reports",
                sql: "(comment_id IS NULL) <> (submission_id IS NULL)");

            migrationBuilder.AddForeignKey(
                name: "fk_reader_reports_submissions_submission_id",
                table: "reader_reports",
                column: "submission_id",
                principalTable: "submissions",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.CreateIndex(
                name: "ix_reader_reports_submission_id_reporter_id",
                table: "reader_reports",
                columns: new[] { "submission_id", "reporter_id" },
                unique: true);

            migrationBuilder.AddColumn<int>(
                name: "open_reports",
                table: "submissions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "removal_reason",
                table: "submissions",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status_before_review",
                table: "submissions",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_submissions_to_review",
                table: "submissions",
                column: "submitted_at",
                filter: "status = 'UnderReview' OR open_reports > 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_submissions_to_review",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "open_reports",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "removal_reason",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "status_before_review",
                table: "submissions");

            // Reports of submissions have no place in the comment reports table.
            migrationBuilder.Sql("DELETE FROM reader_reports WHERE submission_id IS NOT NULL;");

            migrationBuilder.DropIndex(
                name: "ix_reader_reports_submission_id_reporter_id",
                table: "reader_reports");

            migrationBuilder.DropForeignKey(
                name: "fk_reader_reports_submissions_submission_id",
                table: "reader_reports");

            migrationBuilder.DropCheckConstraint(
                name: "ck_reader_reports_one_item",
                table: "reader_reports");

            migrationBuilder.DropColumn(
                name: "idempotency_key",
                table: "reader_reports");

            migrationBuilder.DropColumn(
                name: "submission_id",
                table: "reader_reports");

            migrationBuilder.AlterColumn<long>(
                name: "comment_id",
                table: "reader_reports",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.Sql(
                """
                ALTER INDEX ix_reader_reports_reporter_id RENAME TO ix_comment_reports_reporter_id;
                ALTER INDEX ix_reader_reports_comment_id_reporter_id RENAME TO ix_comment_reports_comment_id_reporter_id;
                ALTER TABLE reader_reports RENAME CONSTRAINT fk_reader_reports_users_reporter_id TO fk_comment_reports_users_reporter_id;
                ALTER TABLE reader_reports RENAME CONSTRAINT fk_reader_reports_comments_comment_id TO fk_comment_reports_comments_comment_id;
                ALTER TABLE reader_reports RENAME CONSTRAINT pk_reader_reports TO pk_comment_reports;
                ALTER TABLE reader_reports RENAME TO comment_reports;
                """
            );
        }
    }
}
