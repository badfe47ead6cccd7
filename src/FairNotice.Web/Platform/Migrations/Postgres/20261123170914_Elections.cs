using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FairNotice.Web.Platform.Migrations.Postgres
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
                    Id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CandidacyDeadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SeatsJson = table.Column<string>(type: "text", nullable: false),
                    SuspendedJson = table.Column<string>(type: "text", nullable: false),
                    ContinuingJson = table.Column<string>(type: "text", nullable: false),
                    OutgoingJson = table.Column<string>(type: "text", nullable: false),
                    GuardianCount = table.Column<int>(type: "integer", nullable: false),
                    Quorum = table.Column<int>(type: "integer", nullable: false),
                    GuardiansJson = table.Column<string>(type: "text", nullable: true),
                    RulesVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProclaimedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ArchivedRecordHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Elections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BallotRounds",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ElectionId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ManifestJson = table.Column<string>(type: "text", nullable: false),
                    SharesJson = table.Column<string>(type: "text", nullable: true),
                    ChallengedJson = table.Column<string>(type: "text", nullable: false),
                    RecordJson = table.Column<string>(type: "text", nullable: true),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ElectionId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Person = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Member = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Post = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Region = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Valid = table.Column<bool>(type: "boolean", nullable: true),
                    Reasons = table.Column<string>(type: "text", nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Voter = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    BallotJson = table.Column<string>(type: "text", nullable: false),
                    BallotHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TrackingCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CastAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
