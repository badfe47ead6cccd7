using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FairNotice.Domain.Audit;

/// <summary>A signed checkpoint: the chain's head at a pruning cut. Entries up to <paramref name="Sequence"/> were
/// deleted at the end of their retention; the first remaining entry must chain to <paramref name="ChainHash"/>.</summary>
/// <param name="Sequence">The last pruned entry.</param>
/// <param name="ChainHash">Its hash.</param>
/// <param name="Count">How many entries the whole log held up to it (equal to the sequence in an intact log).</param>
/// <param name="Time">When the checkpoint was signed.</param>
/// <param name="KeyedFrom">The keyed-chain start (null when the pruned part was never keyed).</param>
/// <param name="KeyId">The chain key in force after the cut (null when not keyed): its start or rotation entry may be pruned.</param>
/// <param name="Signature">Ed25519 over <see cref="AuditCheckpoints.SignedText"/>, base64.</param>
/// <param name="TreeFrontier">The frontier of the Merkle tree of the first <paramref name="Count"/> entries
/// (<see cref="MerkleTree.Frontier"/>), lower-case hex hashes joined by commas: what the pruned leaves leave behind so that
/// the tree keeps growing and proving (ADR 0033). Null in a checkpoint signed before the log was a tree (version 1).</param>
public sealed record AuditCheckpoint(long Sequence, string ChainHash, long Count, DateTimeOffset Time, long? KeyedFrom, string? KeyId, string Signature,
    string? TreeFrontier = null);

/// <summary>Signing and checking pruning checkpoints with the heads' Ed25519 key (issue #18 item 3).</summary>
/// <remarks>
/// A checkpoint is signed only after the whole trail verified (chain, heads, request states), so it vouches for what was
/// pruned; the verifier then starts from it instead of the genesis. Checkpoints are never deleted: the newest is the
/// start of the remaining log, the older ones show the cuts. Signed text: seven LF-terminated ASCII lines,
/// <c>fairnotice-audit-checkpoint/1</c>, <c>sequence=</c>, <c>chain-hash=</c>, <c>count=</c>, <c>time=</c>,
/// <c>keyed-from=</c> and <c>key-id=</c> (<c>none</c> for null), so it can never be mistaken for a head.
/// </remarks>
public static class AuditCheckpoints
{
    /// <summary>The format name and version, the first line of the signed text.</summary>
    public const string Format = "fairnotice-audit-checkpoint/1";

    /// <summary>The format of a checkpoint that carries the tree's frontier: version 1 plus a <c>tree-frontier=</c> line.</summary>
    public const string TreeFormat = "fairnotice-audit-checkpoint/2";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The exact text that is signed.</summary>
    /// <param name="c">The checkpoint (its signature is ignored).</param>
    public static string SignedText(AuditCheckpoint c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var v1 = string.Create(CultureInfo.InvariantCulture,
            $"{Format}\nsequence={c.Sequence}\nchain-hash={c.ChainHash}\ncount={c.Count}\ntime={AuditChain.Normalise(c.Time):yyyy-MM-ddTHH:mm:ss.fffZ}\nkeyed-from={(c.KeyedFrom is { } k ? k.ToString(CultureInfo.InvariantCulture) : "none")}\nkey-id={c.KeyId ?? "none"}\n");
        return c.TreeFrontier is null ? v1 : TreeFormat + v1[Format.Length..] + "tree-frontier=" + c.TreeFrontier + "\n";
    }

    /// <summary>Signs a checkpoint at <paramref name="sequence"/>.</summary>
    /// <param name="sequence">The last pruned entry.</param>
    /// <param name="chainHash">Its hash.</param>
    /// <param name="count">Entries up to it, over the whole log.</param>
    /// <param name="time">When (the caller's clock).</param>
    /// <param name="keyedFrom">The keyed-chain start, or null.</param>
    /// <param name="keyId">The key in force after the cut, or null.</param>
    /// <param name="key">The heads' signing key.</param>
    /// <param name="treeFrontier">The frontier of the tree at the cut (<see cref="MerkleTree.Frontier"/>), or null when the
    /// log's tree cannot be computed (it was pruned before it was a tree).</param>
    public static AuditCheckpoint Sign(long sequence, string chainHash, long count, DateTimeOffset time, long? keyedFrom, string? keyId, HeadSigningKey key,
        IReadOnlyList<byte[]>? treeFrontier = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        var frontier = treeFrontier is null ? null : string.Join(',', treeFrontier.Select(Convert.ToHexStringLower));
        var unsigned = new AuditCheckpoint(sequence, chainHash, count, AuditChain.Normalise(time), keyedFrom, keyId, "", frontier);
        return unsigned with { Signature = Convert.ToBase64String(key.Sign(Encoding.ASCII.GetBytes(SignedText(unsigned)))) };
    }

    /// <summary>Whether the checkpoint's signature is valid under the heads' public key.</summary>
    /// <param name="c">The checkpoint.</param>
    /// <param name="key">The public key.</param>
    public static bool HasValidSignature(AuditCheckpoint c, HeadPublicKey key)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(key);
        var signature = new byte[64];
        return Convert.TryFromBase64String(c.Signature, signature, out var n) && n == 64 && key.Verify(Encoding.ASCII.GetBytes(SignedText(c)), signature);
    }

    /// <summary>The checkpoint as a file in the heads folder holds it (for the third parties the heads are shipped to).</summary>
    /// <param name="c">The checkpoint.</param>
    public static string ToJson(AuditCheckpoint c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.TreeFrontier is null
            ? JsonSerializer.Serialize(new { format = Format, c.Sequence, c.ChainHash, c.Count, time = AuditChain.Normalise(c.Time).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture), c.KeyedFrom, c.KeyId, c.Signature }, JsonOptions) + "\n"
            : JsonSerializer.Serialize(new { format = TreeFormat, c.Sequence, c.ChainHash, c.Count, time = AuditChain.Normalise(c.Time).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture), c.KeyedFrom, c.KeyId, c.Signature, c.TreeFrontier }, JsonOptions) + "\n";
    }

    /// <summary>The key in force right after entry <paramref name="sequence"/>: the one the newest start or rotation entry
    /// up to it names, else the one the previous checkpoint names.</summary>
    /// <param name="entries">The remaining log, in sequence order.</param>
    /// <param name="sequence">The cut.</param>
    /// <param name="previous">The checkpoint the remaining log starts from, if any.</param>
    public static string? KeyInForceAfter(IReadOnlyList<ChainedEntry> entries, long sequence, AuditCheckpoint? previous)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.LastOrDefault(e => e.Sequence <= sequence && (AuditChain.IsKeyedStart(e.Facts) || AuditChain.IsKeyRotation(e.Facts)))?.Facts.ObjectId ?? previous?.KeyId;
    }

    /// <summary>The keyed-chain start of a log that may begin at a checkpoint.</summary>
    /// <param name="entries">The remaining log.</param>
    /// <param name="previous">The checkpoint it starts from, if any.</param>
    public static long? KeyedFrom(IReadOnlyList<ChainedEntry> entries, AuditCheckpoint? previous)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return previous?.KeyedFrom ?? entries.FirstOrDefault(e => AuditChain.IsKeyedStart(e.Facts))?.Sequence;
    }
}
