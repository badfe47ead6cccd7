using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FairNotice.Web.Platform.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditStateDigest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "StateDigest",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StateDigest",
                table: "AuditEntries");
        }
    }
}
