using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Platform;

/// <summary>How a lost race shows up when two people change the same thing at once.</summary>
internal static class ConcurrentWrites
{
    /// <summary>True when the save lost a race: the row's version changed (optimistic concurrency), or a row numbered from
    /// what was read (a request's next history entry) was written first by the other writer. Both mean "reload and try
    /// again" (409), never a 500.</summary>
    public static bool LostRace(this DbUpdateException ex) => ex is DbUpdateConcurrencyException || ex.InnerException switch
    {
        Npgsql.PostgresException pg => pg.SqlState is Npgsql.PostgresErrorCodes.UniqueViolation or Npgsql.PostgresErrorCodes.SerializationFailure,
        // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY (extended result codes).
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    };
}
