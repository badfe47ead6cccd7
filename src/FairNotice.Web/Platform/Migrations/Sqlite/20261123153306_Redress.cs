using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FairNotice.Web.Platform.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Redress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "BlockedByCommission",
                table: "Notices",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "DeletedByCommission",
                table: "Notices",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "RefusalGround",
                table: "Notices",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RepeatedAttempt",
                table: "Notices",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "PublishedTotals",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    RedNotices = table.Column<int>(type: "INTEGER", nullable: true),
                    Diffusions = table.Column<int>(type: "INTEGER", nullable: true),
                    RefusedOrCancelled = table.Column<int>(type: "INTEGER", nullable: true),
                    RefusedArticle2 = table.Column<int>(type: "INTEGER", nullable: true),
                    RefusedArticle3 = table.Column<int>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedTotals", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "PurgeNotifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoticeReference = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Member = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    NotifiedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurgeNotifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RedressRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FollowUpHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    FamilyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Forenames = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DateOfBirth = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Nationality = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    ByRepresentative = table.Column<bool>(type: "INTEGER", nullable: false),
                    RepresentativeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Statement = table.Column<string>(type: "TEXT", nullable: false),
                    PreviousNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    NewFact = table.Column<string>(type: "TEXT", nullable: true),
                    NewFactDiscovered = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AdmissibilityDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AdmissibilityDecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DecisionReasons = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RedressRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RedressAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RedressAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RedressAttachments_RedressRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "RedressRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RedressEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    ToApplicant = table.Column<bool>(type: "INTEGER", nullable: false),
                    ToSource = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RedressEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RedressEvents_RedressRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "RedressRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RedressLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoticeReference = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    SourceCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    SummaryForSource = table.Column<string>(type: "TEXT", nullable: false),
                    ConsultedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DisclosureAllowed = table.Column<bool>(type: "INTEGER", nullable: true),
                    Restriction = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SourceComment = table.Column<string>(type: "TEXT", nullable: true),
                    BlockedFor = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RedressLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RedressLinks_Notices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "Notices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RedressLinks_RedressRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "RedressRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PurgeNotifications_Member_AcknowledgedAt",
                table: "PurgeNotifications",
                columns: new[] { "Member", "AcknowledgedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PurgeNotifications_NoticeId_Member",
                table: "PurgeNotifications",
                columns: new[] { "NoticeId", "Member" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RedressAttachments_RequestId",
                table: "RedressAttachments",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_RedressEvents_RequestId",
                table: "RedressEvents",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_RedressLinks_NoticeId",
                table: "RedressLinks",
                column: "NoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_RedressLinks_RequestId_NoticeId",
                table: "RedressLinks",
                columns: new[] { "RequestId", "NoticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RedressLinks_SourceCountry_AnsweredAt",
                table: "RedressLinks",
                columns: new[] { "SourceCountry", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RedressRequests_Number",
                table: "RedressRequests",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RedressRequests_Status",
                table: "RedressRequests",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublishedTotals");

            migrationBuilder.DropTable(
                name: "PurgeNotifications");

            migrationBuilder.DropTable(
                name: "RedressAttachments");

            migrationBuilder.DropTable(
                name: "RedressEvents");

            migrationBuilder.DropTable(
                name: "RedressLinks");

            migrationBuilder.DropTable(
                name: "RedressRequests");

            migrationBuilder.DropColumn(
                name: "BlockedByCommission",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "DeletedByCommission",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "RefusalGround",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "RepeatedAttempt",
                table: "Notices");
        }
    }
}
