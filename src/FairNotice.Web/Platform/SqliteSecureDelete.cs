using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FairNotice.Web.Platform;

/// <summary>On SQLite, every connection overwrites deleted content with zeros (<c>PRAGMA secure_delete</c>), so an erased
/// name or document does not linger in a free page or a cell's free space of the database file (issue #18). The pragma is
/// per connection, hence the interceptor. PostgreSQL has no equivalent: dead rows stay until vacuum reuses their space
/// (ADR erasure and retention says what that means for the operator).</summary>
internal sealed class SqliteSecureDelete : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete = ON";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete = ON";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
