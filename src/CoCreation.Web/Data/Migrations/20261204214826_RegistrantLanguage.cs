using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoCreation.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegistrantLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "registrant_language",
                table: "registrations",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "en");

            // A participant's seat already booked speaks their account's language from now on.
            migrationBuilder.Sql("UPDATE registrations r SET registrant_language = u.preferred_language FROM users u WHERE r.registrant_user_id = u.id;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "registrant_language",
                table: "registrations");
        }
    }
}
