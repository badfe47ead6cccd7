using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Cli;

/// <summary>Opens the host's database directly, through the host's own DbContext (same conversions and migrations).</summary>
internal static class LocalDatabase
{
    public static AppDbContext Open(string provider, string connection) => Open(provider, connection, null);

    /// <summary>A context that can append to the keyed chain (inline, under the chain lock): for a command that writes entries.</summary>
    public static AppDbContext Open(string provider, string connection, Domain.Audit.ChainKey? chainKey) => provider == "Postgres"
        ? new PostgresDbContext(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql(connection).Options, chainKey)
        : new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(connection).Options, chainKey);
}
