using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairNotice.Web.Platform.Cluster;

/// <summary>A fixed-window count shared by every node (a budget that must hold across the cluster).</summary>
/// <remarks>The key names the budget and whom it counts (an account id, a client address); no name searched is ever a key.</remarks>
internal sealed class SharedCount
{
    public required string Key { get; set; }

    public DateTimeOffset WindowStart { get; set; }

    public int Count { get; set; }
}

internal sealed class SharedCountConfiguration : IEntityTypeConfiguration<SharedCount>
{
    public void Configure(EntityTypeBuilder<SharedCount> b)
    {
        b.ToTable("SharedCounts");
        b.HasKey(c => new { c.Key, c.WindowStart });
        b.Property(c => c.Key).HasMaxLength(200);
        b.HasIndex(c => c.WindowStart);
    }
}

/// <summary>Fixed windows counted in PostgreSQL: one upsert per charge, atomic across nodes.</summary>
internal static class SharedCounters
{
    /// <summary>Adds <paramref name="amount"/> to the window unless that would pass <paramref name="limit"/>; returns the count
    /// before the charge and whether it was taken.</summary>
    /// <remarks>One statement, one commit: the upsert's <c>WHERE</c> is checked on the row it locks, so two nodes charging at
    /// once cannot both pass the limit. Measured with pgbench on the dev PostgreSQL 15 (2 shared cores, fsync on): 2.2 ms
    /// for one client, about 2,200 charges/s over 8 connections, about 1,100/s when all charge one account (ADR 0032).</remarks>
    public static async Task<(int Before, bool Charged)> TryAddAsync(AppDbContext db, string key, DateTimeOffset windowStart, int amount, int limit, CancellationToken ct)
    {
        var start = windowStart.ToUniversalTime();
        if (amount <= limit)
        {
            var after = await db.Database.SqlQuery<int>($"""
                INSERT INTO "SharedCounts" AS s ("Key", "WindowStart", "Count") VALUES ({key}, {start}, {amount})
                ON CONFLICT ("Key", "WindowStart") DO UPDATE SET "Count" = s."Count" + EXCLUDED."Count" WHERE s."Count" + EXCLUDED."Count" <= {limit}
                RETURNING "Count" AS "Value"
                """).ToListAsync(ct);
            if (after.Count == 1)
            {
                return (after[0] - amount, true);
            }
        }

        return (await CountAsync(db, key, start, ct), false);
    }

    /// <summary>Adds to the window without a limit (a failure counted) and returns the new count.</summary>
    public static async Task<int> AddAsync(AppDbContext db, string key, DateTimeOffset windowStart, int amount, CancellationToken ct) =>
        (await db.Database.SqlQuery<int>($"""
            INSERT INTO "SharedCounts" ("Key", "WindowStart", "Count") VALUES ({key}, {windowStart.ToUniversalTime()}, {amount})
            ON CONFLICT ("Key", "WindowStart") DO UPDATE SET "Count" = "SharedCounts"."Count" + {amount}
            RETURNING "Count" AS "Value"
            """).ToListAsync(ct))[0];

    /// <summary>The window's count (0 when nothing was counted).</summary>
    public static async Task<int> CountAsync(AppDbContext db, string key, DateTimeOffset windowStart, CancellationToken ct) =>
        (await db.Database.SqlQuery<int>($"""SELECT "Count" AS "Value" FROM "SharedCounts" WHERE "Key" = {key} AND "WindowStart" = {windowStart.ToUniversalTime()}""")
            .ToListAsync(ct)).FirstOrDefault();
}
