using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Redress;

/// <summary>At start, seals documents stored before sealing began (issue #18 item 4): each gets its keyed digest and its
/// AES-GCM seal, and the copies that share its bytes (<see cref="IdenticalUploads"/>) follow it to the new digest.</summary>
/// <remarks>Only the ids of unsealed rows are read (the database compares the first four bytes), so a start with
/// nothing to do reads no document.</remarks>
internal sealed partial class SealLegacyDocuments(ILogger<SealLegacyDocuments> logger) : IStartupStep
{
    public int Order => 60;

    public async Task RunAsync(IServiceProvider services, AppDbContext db, CancellationToken ct)
    {
        var seal = services.GetRequiredService<SealedFiles>();
        var sql = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true
            ? """SELECT "Id" AS "Value" FROM "RedressAttachments" WHERE length("Data") > 0 AND substring("Data" from 1 for 4) <> '\x464e5331'::bytea"""
            : """SELECT "Id" AS "Value" FROM "RedressAttachments" WHERE length("Data") > 0 AND substr("Data", 1, 4) <> X'464E5331'""";
        var ids = await db.Database.SqlQueryRaw<Guid>(sql).ToListAsync(ct);
        foreach (var id in ids)
        {
            var holder = await db.RedressAttachments.FirstAsync(a => a.Id == id, ct);
            if (SealedFiles.IsSealed(holder.Data))
            {
                continue;
            }

            var old = holder.Sha256;
            var digest = seal.Digest(holder.Data);
            holder.Data = seal.Seal(holder.Data, digest);
            holder.Sha256 = digest;
            foreach (var copy in await db.RedressAttachments.Where(a => a.Sha256 == old && a.Id != id).ToListAsync(ct))
            {
                copy.Sha256 = digest;
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        if (ids.Count > 0)
        {
            Sealed(logger, ids.Count);
        }
    }

    [LoggerMessage(EventId = 1801, Level = LogLevel.Information, Message = "Sealed {Count} redress documents stored before at-rest encryption.")]
    private static partial void Sealed(ILogger logger, int count);
}
