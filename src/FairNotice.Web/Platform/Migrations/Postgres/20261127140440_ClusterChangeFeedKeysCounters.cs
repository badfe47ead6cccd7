using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FairNotice.Web.Platform.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ClusterChangeFeedKeysCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChangeFeed",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ObjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TransactionId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeFeed", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SharedCounts",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WindowStart = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedCounts", x => new { x.Key, x.WindowStart });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeFeed_At",
                table: "ChangeFeed",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeFeed_TransactionId",
                table: "ChangeFeed",
                column: "TransactionId");

            migrationBuilder.CreateIndex(
                name: "IX_SharedCounts_WindowStart",
                table: "SharedCounts",
                column: "WindowStart");

            // The feed's ordering rests on these (docs/adr/0032-nodes-on-one-database.md): each row carries its writer's
            // transaction id and the database's time, whatever the client sent; and a NOTIFY, which PostgreSQL delivers
            // only at commit (and never for a rolled-back transaction), wakes the other nodes.
            migrationBuilder.Sql("""
                CREATE FUNCTION fairnotice_change_feed_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW."TransactionId" := pg_current_xact_id()::text::bigint;
                    NEW."At" := clock_timestamp();
                    RETURN NEW;
                END $$;
                CREATE TRIGGER change_feed_stamp BEFORE INSERT ON "ChangeFeed" FOR EACH ROW EXECUTE FUNCTION fairnotice_change_feed_stamp();
                CREATE FUNCTION fairnotice_change_feed_notify() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('fairnotice_changes', '');
                    RETURN NULL;
                END $$;
                CREATE TRIGGER change_feed_notify AFTER INSERT ON "ChangeFeed" FOR EACH STATEMENT EXECUTE FUNCTION fairnotice_change_feed_notify();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS change_feed_notify ON "ChangeFeed";
                DROP TRIGGER IF EXISTS change_feed_stamp ON "ChangeFeed";
                DROP FUNCTION IF EXISTS fairnotice_change_feed_notify();
                DROP FUNCTION IF EXISTS fairnotice_change_feed_stamp();
                """);

            migrationBuilder.DropTable(
                name: "ChangeFeed");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "SharedCounts");
        }
    }
}
