using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Redress;

/// <summary>
/// A document is stored once, whoever sends it how often: an attachment whose content (keyed digest, <see cref="SealedFiles"/>) is already held keeps
/// its own name, kind and hash but no bytes, and is read from the copy that has them. Refiling the same 5 MiB files
/// no longer fills the disk.
/// </summary>
/// <remarks>Invariant: the first attachment stored with a hash holds its bytes. Attachments are never deleted today; code
/// that deletes one must first move its bytes to another attachment with the same hash.</remarks>
internal static class IdenticalUploads
{
    public static async Task StoreOnceAsync(AppDbContext db, IReadOnlyList<RedressAttachment> attachments, CancellationToken ct)
    {
        var hashes = attachments.Select(a => a.Sha256).Distinct(StringComparer.Ordinal).ToList();
        var held = (await db.RedressAttachments.AsNoTracking().Where(a => hashes.Contains(a.Sha256)).Select(a => a.Sha256).Distinct().ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var a in attachments)
        {
            if (!held.Add(a.Sha256))
            {
                a.Data = [];
            }
        }
    }

    /// <summary>The attachment's plaintext, opened from whichever copy holds the sealed bytes (the copies share the keyed
    /// digest, which is also the seal's associated data). A copy stored before sealing began is returned as stored.</summary>
    public static async Task<byte[]> ContentAsync(AppDbContext db, SealedFiles seal, RedressAttachment a, CancellationToken ct)
    {
        var stored = a.Data.Length > 0 || a.Size == 0 ? a.Data
            : (await db.RedressAttachments.AsNoTracking().Where(x => x.Sha256 == a.Sha256).Select(x => x.Data).ToListAsync(ct)).First(d => d.Length > 0);
        return SealedFiles.IsSealed(stored) ? seal.Open(stored, a.Sha256) : stored;
    }
}
