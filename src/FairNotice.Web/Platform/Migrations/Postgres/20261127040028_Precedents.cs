using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FairNotice.Web.Platform.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Precedents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Precedents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NoticeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Requester = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Ground = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Reason = table.Column<string>(type: "text", nullable: true),
                    Divisions = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Laws = table.Column<string>(type: "text", nullable: false),
                    Facts = table.Column<string>(type: "text", nullable: false),
                    NameKeys = table.Column<string>(type: "text", nullable: false),
                    PersonJson = table.Column<string>(type: "text", nullable: true),
                    Source = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Precedents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Precedents_NoticeId",
                table: "Precedents",
                column: "NoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_Precedents_Requester_DecidedAt",
                table: "Precedents",
                columns: new[] { "Requester", "DecidedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Precedents");
        }
    }
}
