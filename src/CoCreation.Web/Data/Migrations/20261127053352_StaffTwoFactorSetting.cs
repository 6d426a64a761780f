using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoCreation.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class StaffTwoFactorSetting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "security_settings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    require_staff_two_factor = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_security_settings", x => x.id);
                    table.CheckConstraint("ck_security_settings_single_row", "id = 1");
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "security_settings");
        }
    }
}
