using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoCreation.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublicKeysetIndexFollowsPublicStatuses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_submissions_public_keyset",
                table: "submissions");

            migrationBuilder.CreateIndex(
                name: "ix_submissions_public_keyset",
                table: "submissions",
                columns: new[] { "published_at", "id" },
                descending: new bool[0],
                filter: "status IN ('Published', 'AwaitingContact', 'Forwarded', 'Answered')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_submissions_public_keyset",
                table: "submissions");

            migrationBuilder.CreateIndex(
                name: "ix_submissions_public_keyset",
                table: "submissions",
                columns: new[] { "published_at", "id" },
                descending: new bool[0],
                filter: "status IN ('Published', 'Forwarded', 'Answered')");
        }
    }
}
