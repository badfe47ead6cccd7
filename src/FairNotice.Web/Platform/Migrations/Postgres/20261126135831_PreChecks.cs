using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FairNotice.Web.Platform.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PreChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PreChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PersonJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreChecks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PreChecks_At",
                table: "PreChecks",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_PreChecks_Country_At",
                table: "PreChecks",
                columns: new[] { "Country", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PreChecks");
        }
    }
}
