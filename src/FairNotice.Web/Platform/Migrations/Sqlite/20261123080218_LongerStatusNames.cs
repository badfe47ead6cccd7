using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FairNotice.Web.Platform.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LongerStatusNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
