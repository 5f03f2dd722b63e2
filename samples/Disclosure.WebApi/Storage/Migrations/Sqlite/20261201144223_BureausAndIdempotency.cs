using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Disclosure.WebApi.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BureausAndIdempotency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_events",
                table: "events");

            migrationBuilder.AddColumn<string>(
                name: "Bureau",
                table: "events",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "default");

            migrationBuilder.AddColumn<string>(
                name: "Bureau",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "default");

            migrationBuilder.AddPrimaryKey(
                name: "PK_events",
                table: "events",
                columns: new[] { "Bureau", "StreamId", "Index" });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    Bureau = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Body = table.Column<byte[]>(type: "BLOB", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency_keys", x => new { x.Bureau, x.UserName, x.Key });
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_Bureau",
                table: "AspNetUsers",
                column: "Bureau");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropPrimaryKey(
                name: "PK_events",
                table: "events");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_Bureau",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "Bureau",
                table: "events");

            migrationBuilder.DropColumn(
                name: "Bureau",
                table: "AspNetUsers");

            migrationBuilder.AddPrimaryKey(
                name: "PK_events",
                table: "events",
                columns: new[] { "StreamId", "Index" });
        }
    }
}
