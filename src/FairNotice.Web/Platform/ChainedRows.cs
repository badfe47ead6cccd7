using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace FairNotice.Web.Platform;

/// <summary>A feature's rows that <see cref="AppDbContext.SaveChangesAsync(bool, CancellationToken)"/> completes under the
/// audit chain lock, in the save's transaction: new rows get their number, and with a chain key every changed row's state
/// as committed is recorded in the chain (ADR audit chain, keyed). Implementations are found by assembly scan, as the
/// entity configurations are, so Platform names no feature.</summary>
internal interface IChainedRows
{
    /// <summary>How the rows are named in the audit trail (<c>ObjectType</c>; the state entry's action is "&lt;type&gt;.state").</summary>
    string ObjectType { get; }

    /// <summary>True if the pending save adds rows that still need a number.</summary>
    bool HasUnnumbered(ChangeTracker tracker);

    /// <summary>Numbers the added rows; runs serialised by the chain lock.</summary>
    Task NumberAsync(AppDbContext db, CancellationToken ct);

    /// <summary>The rows a pending save changes, however it reaches them.</summary>
    HashSet<Guid> Touched(ChangeTracker tracker);

    /// <summary>The digest of each touched row's state as the database holds it now, keyed by audit object id.</summary>
    Task<Dictionary<string, string>> DigestsAsync(AppDbContext db, IReadOnlyCollection<Guid> touched, CancellationToken ct);
}

internal static class ChainedRows
{
    public static readonly IReadOnlyList<IChainedRows> All = typeof(IChainedRows).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IChainedRows).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IChainedRows)Activator.CreateInstance(t)!)
        .ToList();
}
