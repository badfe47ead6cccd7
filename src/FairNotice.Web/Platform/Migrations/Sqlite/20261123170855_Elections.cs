using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FairNotice.Web.Platform.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Elections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Elections",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CandidacyDeadline = table.Column<long>(type: "INTEGER", nullable: false),
                    SeatsJson = table.Column<string>(type: "TEXT", nullable: false),
                    SuspendedJson = table.Column<string>(type: "TEXT", nullable: false),
                    ContinuingJson = table.Column<string>(type: "TEXT", nullable: false),
                    OutgoingJson = table.Column<string>(type: "TEXT", nullable: false),
                    GuardianCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Quorum = table.Column<int>(type: "INTEGER", nullable: false),
                    GuardiansJson = table.Column<string>(type: "TEXT", nullable: true),
                    RulesVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProclaimedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ArchivedRecordHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Elections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BallotRounds",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ElectionId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ManifestJson = table.Column<string>(type: "TEXT", nullable: false),
                    SharesJson = table.Column<string>(type: "TEXT", nullable: true),
                    ChallengedJson = table.Column<string>(type: "TEXT", nullable: false),
                    RecordJson = table.Column<string>(type: "TEXT", nullable: true),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BallotRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BallotRounds_Elections_ElectionId",
                        column: x => x.ElectionId,
                        principalTable: "Elections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Candidacies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElectionId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Person = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Member = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Post = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Valid = table.Column<bool>(type: "INTEGER", nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Candidacies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Candidacies_Elections_ElectionId",
                        column: x => x.ElectionId,
                        principalTable: "Elections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BoardEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Voter = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    BallotJson = table.Column<string>(type: "TEXT", nullable: false),
                    BallotHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TrackingCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CastAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoardEntries_BallotRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "BallotRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BallotRounds_ElectionId_Order",
                table: "BallotRounds",
                columns: new[] { "ElectionId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BoardEntries_RoundId_Seq",
                table: "BoardEntries",
                columns: new[] { "RoundId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BoardEntries_TrackingCode",
                table: "BoardEntries",
                column: "TrackingCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Candidacies_ElectionId",
                table: "Candidacies",
                column: "ElectionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BoardEntries");

            migrationBuilder.DropTable(
                name: "Candidacies");

            migrationBuilder.DropTable(
                name: "BallotRounds");

            migrationBuilder.DropTable(
                name: "Elections");
        }
    }
}
