using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Cli;

/// <summary>Opens the host's database directly, through the host's own DbContext (same conversions and migrations).</summary>
internal static class LocalDatabase
{
    public static AppDbContext Open(string provider, string connection) => provider == "Postgres"
        ? new PostgresDbContext(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql(connection).Options)
        : new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(connection).Options);
}
