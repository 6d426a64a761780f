using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoCreation.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EventDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "attended",
                table: "registrations",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "attachment",
                table: "outbox_messages",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "agenda",
                table: "events",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "created_at",
                table: "events",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "description",
                table: "events",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recording_link",
                table: "events",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "reminders_sent_at",
                table: "events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "summary",
                table: "events",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_events_created_at",
                table: "events",
                column: "created_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_events_created_at",
                table: "events");

            migrationBuilder.DropColumn(
                name: "attended",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "attachment",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "agenda",
                table: "events");

            migrationBuilder.DropColumn(
                name: "created_at",
                table: "events");

            migrationBuilder.DropColumn(
                name: "description",
                table: "events");

            migrationBuilder.DropColumn(
                name: "recording_link",
                table: "events");

            migrationBuilder.DropColumn(
                name: "reminders_sent_at",
                table: "events");

            migrationBuilder.DropColumn(
                name: "summary",
                table: "events");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "events");
        }
    }
}
