using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FairNotice.Web.Platform.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Compliance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssessmentJson",
                table: "Notices",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Held",
                table: "Notices",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PendingDecisionJson",
                table: "Notices",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Recommendation",
                table: "Notices",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Risk",
                table: "Notices",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ProtectedPersons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PersonJson = table.Column<string>(type: "text", nullable: false),
                    FamilyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FearedPersecutionBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedByCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectedPersons", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Notices_Status_Risk",
                table: "Notices",
                columns: new[] { "Status", "Risk" });

            migrationBuilder.CreateIndex(
                name: "IX_ProtectedPersons_Active",
                table: "ProtectedPersons",
                column: "Active");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProtectedPersons");

            migrationBuilder.DropIndex(
                name: "IX_Notices_Status_Risk",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "AssessmentJson",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "Held",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "PendingDecisionJson",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "Recommendation",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "Risk",
                table: "Notices");
        }
    }
}
