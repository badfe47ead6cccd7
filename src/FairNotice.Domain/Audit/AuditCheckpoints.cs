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

/// <summary>The verdict on the checkpoint copies kept beside the heads (<c>checkpoint-*.json</c>).</summary>
/// <param name="Intact">True when every copy is a validly signed checkpoint that agrees with the heads and, when the
/// database's checkpoints were given, every checkpoint has its identical copy and every copy its checkpoint.</param>
/// <param name="Break">What is wrong when not intact: <see cref="ChainBreak.Altered"/> (a copy forged, altered or not a
/// checkpoint), <see cref="ChainBreak.Deleted"/> (a copy, or the database's checkpoint, missing) or
/// <see cref="ChainBreak.HeadMismatch"/> (a copy and a signed head disagree).</param>
/// <param name="Sequence">The cut concerned, when there is one.</param>
/// <param name="Message">Plain-language account.</param>
/// <param name="Copies">The valid copies, oldest cut first.</param>
public sealed record CheckpointCopiesVerdict(bool Intact, ChainBreak? Break, long? Sequence, string Message, IReadOnlyList<AuditCheckpoint> Copies);

/// <summary>Checks the copies of the pruning checkpoints that are kept outside the database, beside the heads (issue #18
/// item 3): a third party holding the heads folder and the public key checks them alone; the verifier with the database
/// also checks them against the database's checkpoints.</summary>
/// <remarks>
/// Pruning writes the copy before it deletes anything, so a copy whose cut was never carried out (its entry still in the
/// log with the copy's hash) is harmless; any other copy must have its database checkpoint, and every database checkpoint
/// its copy, identical to the signature. Without the database, a missing copy is seen when a signed head (version 3)
/// names its cut; a copy deleted before any head named it cannot be told from a log never pruned there.
/// </remarks>
public static class AuditCheckpointCopies
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Reads a checkpoint file as <see cref="AuditCheckpoints.ToJson"/> writes it.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The checkpoint (not yet trusted), or null when the text is not a checkpoint of a known version.</returns>
    public static AuditCheckpoint? Parse(string json)
    {
        try
        {
            var c = JsonSerializer.Deserialize<CheckpointJson>(json, JsonOptions);
            var versionOk = c is { Format: AuditCheckpoints.Format, TreeFrontier: null } || c is { Format: AuditCheckpoints.TreeFormat, TreeFrontier: not null };
            return versionOk && c is { ChainHash.Length: 64, Signature: { } signature }
                && DateTimeOffset.TryParseExact(c.Time, "yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
                ? new AuditCheckpoint(c.Sequence, c.ChainHash, c.Count, new DateTimeOffset(time.UtcDateTime, TimeSpan.Zero), c.KeyedFrom, c.KeyId, signature, c.TreeFrontier)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Checks the copies among themselves and against the valid signed heads; with <paramref name="database"/>,
    /// also against the database's checkpoints and the remaining log.</summary>
    /// <param name="files">The checkpoint files of the heads folder, in any order.</param>
    /// <param name="key">The heads' public key.</param>
    /// <param name="heads">The valid signed heads (<see cref="HeadsVerdict.Heads"/>).</param>
    /// <param name="database">The database's checkpoints, oldest first, or null when only the folder is checked.</param>
    /// <param name="log">The remaining log, in sequence order (used with <paramref name="database"/>).</param>
    public static CheckpointCopiesVerdict Check(IReadOnlyList<HeadFile> files, HeadPublicKey key, IReadOnlyList<SignedHead> heads,
        IReadOnlyList<AuditCheckpoint>? database = null, IReadOnlyList<ChainedEntry>? log = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(heads);
        var copies = new List<AuditCheckpoint>(files.Count);
        foreach (var file in files)
        {
            if (Parse(file.Text) is not { } copy)
            {
                return Broken(ChainBreak.Altered, null, $"Checkpoint file {file.Name} is not a {AuditCheckpoints.TreeFormat} checkpoint.");
            }

            if (!AuditCheckpoints.HasValidSignature(copy, key))
            {
                return Broken(ChainBreak.Altered, copy.Sequence, $"Checkpoint file {file.Name} does not carry a valid signature under the heads' public key: forged or altered.");
            }

            if (!string.Equals(file.Name, FileName(copy.Sequence), StringComparison.Ordinal))
            {
                return Broken(ChainBreak.Altered, copy.Sequence, $"Checkpoint file {file.Name} holds the cut at entry {copy.Sequence}: renamed or moved.");
            }

            copies.Add(copy);
        }

        copies.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        for (var i = 1; i < copies.Count; i++)
        {
            if (copies[i].Count <= copies[i - 1].Count)
            {
                return Broken(ChainBreak.Altered, copies[i].Sequence, $"The checkpoint for the cut at entry {copies[i].Sequence} counts no more entries than the one at entry {copies[i - 1].Sequence}: the cuts went backwards.");
            }
        }

        foreach (var c in copies)
        {
            foreach (var h in heads)
            {
                var disagrees = h.Sequence == c.Sequence
                    ? !string.Equals(h.ChainHash, c.ChainHash, StringComparison.OrdinalIgnoreCase) || h.Count != c.Count
                    : h.Sequence > c.Sequence ? h.Count <= c.Count : h.Count >= c.Count;
                if (!disagrees && h.Count == c.Count && h.TreeRoot is not null && c.TreeFrontier is not null)
                {
                    disagrees = !string.Equals(h.TreeRoot, Convert.ToHexStringLower(MerkleTree.RootOfFrontier(Frontier(c))), StringComparison.OrdinalIgnoreCase);
                }

                if (disagrees)
                {
                    return Broken(ChainBreak.HeadMismatch, c.Sequence, string.Create(CultureInfo.InvariantCulture,
                        $"The checkpoint for the cut at entry {c.Sequence} and the head signed {h.Time:yyyy-MM-dd HH:mm:ss} UTC for entry {h.Sequence} disagree: one of them describes another log."));
                }
            }
        }

        // A version 3 head names the newest cut when it was signed: that cut's copy must be here, even without the database.
        foreach (var h in heads.Where(h => h.Cut is > 0))
        {
            if (copies.All(c => c.Sequence != h.Cut))
            {
                return Broken(ChainBreak.Deleted, h.Cut, string.Create(CultureInfo.InvariantCulture,
                    $"The head signed {h.Time:yyyy-MM-dd HH:mm:ss} UTC names the pruning cut at entry {h.Cut}, but its checkpoint has no copy beside the heads ({FileName(h.Cut!.Value)}): the copy was deleted."));
            }
        }

        if (database is not null)
        {
            foreach (var d in database)
            {
                var copy = copies.FirstOrDefault(c => c.Sequence == d.Sequence);
                if (copy is null)
                {
                    return Broken(ChainBreak.Deleted, d.Sequence, $"The checkpoint for the cut at entry {d.Sequence} has no copy beside the heads ({FileName(d.Sequence)}): the copy was deleted.");
                }

                if (!string.Equals(AuditCheckpoints.SignedText(copy), AuditCheckpoints.SignedText(d), StringComparison.Ordinal) || !string.Equals(copy.Signature, d.Signature, StringComparison.Ordinal))
                {
                    return Broken(ChainBreak.Altered, d.Sequence, $"The checkpoint for the cut at entry {d.Sequence} and its copy beside the heads differ: one of them was replaced.");
                }
            }

            foreach (var c in copies.Where(c => database.All(d => d.Sequence != c.Sequence)))
            {
                // Written before the cut: harmless if the cut never happened (the entry is still there, with this hash).
                if (log?.Any(e => e.Sequence == c.Sequence && string.Equals(e.Hash, c.ChainHash, StringComparison.OrdinalIgnoreCase)) != true)
                {
                    return Broken(ChainBreak.Deleted, c.Sequence, $"The checkpoint for the cut at entry {c.Sequence} is kept beside the heads but missing from the database: it was deleted there.");
                }
            }
        }

        return new CheckpointCopiesVerdict(true, null, null, copies.Count == 0
            ? "No pruning checkpoint."
            : string.Create(CultureInfo.InvariantCulture, $"{copies.Count} pruning checkpoint copies valid; the newest cut is at entry {copies[^1].Sequence}."), copies);

        CheckpointCopiesVerdict Broken(ChainBreak kind, long? sequence, string message) => new(false, kind, sequence, message, copies);
    }

    /// <summary>The name of the copy of the checkpoint at <paramref name="sequence"/> in the heads folder.</summary>
    /// <param name="sequence">The cut.</param>
    public static string FileName(long sequence) => string.Create(CultureInfo.InvariantCulture, $"checkpoint-{sequence:D12}.json");

    private static List<byte[]> Frontier(AuditCheckpoint c) =>
        [.. (c.TreeFrontier ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Convert.FromHexString)];

    private sealed record CheckpointJson(string Format, long Sequence, string ChainHash, long Count, string Time, long? KeyedFrom, string? KeyId, string Signature,
        string? TreeFrontier = null);
}
