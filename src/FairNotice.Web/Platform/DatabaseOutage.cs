using System.Net.Sockets;
using FairNotice.Domain;

namespace FairNotice.Web.Platform;

/// <summary>The database stopped answering while the server runs (ASVS 16.5.2): requests get a 503 with Retry-After and
/// problem details (the error page for browsers), never a 500 with a stack; nothing half-done is kept, since every use case
/// saves once; the next request after the database is back is served as usual (connections are opened per request).</summary>
internal static class DatabaseOutage
{
    public static readonly UnavailableError Error = new("database.unavailable",
        "The database is not reachable right now; nothing was changed. Try again shortly.", 5);

    /// <summary>True for a failure to reach the database, as opposed to a bug or a constraint: a PostgreSQL connection that
    /// cannot be opened or was cut, a server shutting down, a SQLite file that cannot be opened or is locked.</summary>
    public static bool Is(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case Npgsql.PostgresException pg:
                    // Class 08 connection exceptions, 57P01-57P03 (admin/crash shutdown, cannot connect now), 53300 too many connections.
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState is "57P01" or "57P02" or "57P03" or "53300";
                case Npgsql.NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException:
                    return true;
                case Microsoft.Data.Sqlite.SqliteException sqlite:
                    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_CANTOPEN.
                    return sqlite.SqliteErrorCode is 5 or 6 or 10 or 14;
                case SocketException:
                    return true;
            }
        }

        return false;
    }
}
