using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoCreation.Web.Data.Migrations
{
    /// <summary>
    /// Machine translations of published texts, one row per part and target language, replaced when the original's
    /// version (source_hash) changes (Features/Translations/Translate).
    /// </summary>
    public partial class MachineTranslations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "machine_translations",
                columns: table => new
                {
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    item_id = table.Column<long>(type: "bigint", nullable: false),
                    part = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    target_language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    source_hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    translated_text = table.Column<string>(type: "text", nullable: false),
                    translated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_machine_translations", x => new { x.kind, x.item_id, x.target_language, x.part });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "machine_translations");
        }
    }
}
