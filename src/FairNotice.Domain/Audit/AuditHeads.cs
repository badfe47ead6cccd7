using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace FairNotice.Domain.Audit;

/// <summary>A signed statement of the audit chain's head at a moment: "the chain had <paramref name="Count"/> entries
/// and entry <paramref name="Sequence"/> had hash <paramref name="ChainHash"/>".</summary>
/// <param name="Sequence">The newest entry's sequence number.</param>
/// <param name="ChainHash">The newest entry's hash (lower-case hex).</param>
/// <param name="Count">How many entries the chain held, up to and including <paramref name="Sequence"/>.</param>
/// <param name="Time">When the head was signed (UTC, to the millisecond).</param>
/// <param name="KeyedFrom">The sequence of the keyed-chain start entry, or null if the chain is not keyed.</param>
/// <param name="Signature">Ed25519 over <see cref="AuditHeads.SignedText(long, string, long, DateTimeOffset, long?, string?)"/>, base64.</param>
/// <param name="TreeRoot">The root hash (lower-case hex) of the RFC 9162 Merkle tree whose leaves are the first
/// <paramref name="Count"/> entries in sequence order (<see cref="AuditTree"/>); null in a head of format
/// <see cref="AuditHeads.Format"/> (version 1), signed before the log was a tree. A head with a tree root is a signed tree
/// head: size <paramref name="Count"/>, root <paramref name="TreeRoot"/>, timestamp <paramref name="Time"/>.</param>
/// <param name="Cut">Version 3: the entry of the newest pruning cut when the head was signed (its checkpoint is kept beside
/// the heads as <c>checkpoint-NNN.json</c>), or 0 when the log had never been pruned; null in heads of versions 1 and 2,
/// which do not say. A head that names a cut lets a holder of the heads folder alone see that cut's copy deleted.</param>
/// <remarks>The format is documented for third parties in docs/adr (audit heads, 0013 and 0033); it never changes meaning
/// within a version.</remarks>
public sealed record SignedHead(long Sequence, string ChainHash, long Count, DateTimeOffset Time, long? KeyedFrom, string Signature, string? TreeRoot = null,
    long? Cut = null);

/// <summary>A head file as read from the heads folder, before it is trusted.</summary>
/// <param name="Name">The file's name (for messages).</param>
/// <param name="Text">Its content.</param>
public sealed record HeadFile(string Name, string Text);

/// <summary>The verdict on a set of head files.</summary>
/// <param name="Intact">True when every head parses, carries a valid signature and agrees with the others.</param>
/// <param name="Heads">The valid heads, oldest first.</param>
/// <param name="Message">Plain-language account.</param>
public sealed record HeadsVerdict(bool Intact, IReadOnlyList<SignedHead> Heads, string Message)
{
    /// <summary>A verdict whose message is a template of <see cref="AuditMessages"/>.</summary>
    internal HeadsVerdict(bool intact, IReadOnlyList<SignedHead> heads, LocalMessage message)
        : this(intact, heads, message.English) => Local = message;

    /// <summary>The message as a key and arguments, for the audit page's language.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public LocalMessage? Local { get; init; }

    /// <summary>The newest valid head, if any.</summary>
    public SignedHead? Latest => Heads.Count > 0 ? Heads[^1] : null;
}

/// <summary>The Ed25519 key that signs audit heads. Held by the server only.</summary>
public sealed class HeadSigningKey
{
    private readonly Ed25519PrivateKeyParameters _key;

    private HeadSigningKey(Ed25519PrivateKeyParameters key) => _key = key;

    /// <summary>A key from a 32-byte seed (the caller draws it from a CSPRNG).</summary>
    /// <param name="seed">32 random bytes.</param>
    public static HeadSigningKey FromSeed(ReadOnlySpan<byte> seed) => seed.Length == Ed25519PrivateKeyParameters.KeySize
        ? new HeadSigningKey(new Ed25519PrivateKeyParameters(seed))
        : throw new ArgumentException("An Ed25519 seed is 32 bytes.", nameof(seed));

    /// <summary>Reads a PKCS#8 "PRIVATE KEY" PEM (as written by <see cref="ToPem"/> or <c>openssl genpkey -algorithm ed25519</c>).</summary>
    /// <param name="pem">The PEM text.</param>
    /// <returns>The key, or null if the text is not an Ed25519 private key.</returns>
    public static HeadSigningKey? FromPem(string pem) =>
        Der(pem, "PRIVATE KEY") is { } der && TryCreate(() => PrivateKeyFactory.CreateKey(der)) is Ed25519PrivateKeyParameters k ? new HeadSigningKey(k) : null;

    /// <summary>The key as PKCS#8 PEM.</summary>
    public string ToPem() => new(PemEncoding.Write("PRIVATE KEY", PrivateKeyInfoFactory.CreatePrivateKeyInfo(_key).GetEncoded()));

    /// <summary>The matching public key, for third parties.</summary>
    public HeadPublicKey PublicKey => new(_key.GeneratePublicKey());

    internal byte[] Sign(byte[] message)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, _key);
        signer.BlockUpdate(message, 0, message.Length);
        return signer.GenerateSignature();
    }

    internal static byte[]? Der(string pem, string label)
    {
        ArgumentNullException.ThrowIfNull(pem);
        return PemEncoding.TryFind(pem, out var fields) && pem.AsSpan()[fields.Label].SequenceEqual(label)
            ? Convert.FromBase64String(pem[fields.Base64Data])
            : null;
    }

    internal static object? TryCreate(Func<object> create)
    {
        try
        {
            return create();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or SecurityUtilityException or Org.BouncyCastle.Asn1.Asn1Exception)
        {
            return null;
        }
    }

    /// <summary>Never the secret.</summary>
    public override string ToString() => "HeadSigningKey";
}

/// <summary>The Ed25519 public key that anyone can verify audit heads with.</summary>
public sealed class HeadPublicKey
{
    private readonly Ed25519PublicKeyParameters _key;

    internal HeadPublicKey(Ed25519PublicKeyParameters key) => _key = key;

    /// <summary>Reads a "PUBLIC KEY" PEM (SubjectPublicKeyInfo, as <c>openssl pkey -pubout</c> writes it).</summary>
    /// <param name="pem">The PEM text.</param>
    /// <returns>The key, or null if the text is not an Ed25519 public key.</returns>
    public static HeadPublicKey? FromPem(string pem) =>
        HeadSigningKey.Der(pem, "PUBLIC KEY") is { } der && HeadSigningKey.TryCreate(() => PublicKeyFactory.CreateKey(der)) is Ed25519PublicKeyParameters k ? new HeadPublicKey(k) : null;

    /// <summary>The key as PEM.</summary>
    public string ToPem() => new(PemEncoding.Write("PUBLIC KEY", SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(_key).GetEncoded()));

    internal bool Verify(byte[] message, byte[] signature)
    {
        var verifier = new Ed25519Signer();
        verifier.Init(false, _key);
        verifier.BlockUpdate(message, 0, message.Length);
        return verifier.VerifySignature(signature);
    }
}

/// <summary>Signing, reading and checking audit heads, and checking a chain against them.</summary>
/// <remarks>
/// A head file is JSON (<see cref="ToJson"/>); what is signed is <see cref="SignedText(SignedHead)"/>, a few lines of ASCII that a
/// third party can rebuild from the JSON and check with any Ed25519 tool. Heads are checked among themselves (valid
/// signatures; sequence, count and time never go backwards; one hash per sequence; the keyed start never moves) and
/// against the chain: every head's entry must still be there with the same hash, and the chain must hold exactly the
/// head's count of entries up to it. An emptied or truncated log therefore fails against the newest head.
/// </remarks>
public static class AuditHeads
{
    /// <summary>The format name and version, the first line of the signed text of a head without a tree root.</summary>
    public const string Format = "fairnotice-audit-head/1";

    /// <summary>The format of a signed tree head: version 1 plus a <c>tree-root=</c> line (ADR 0033).</summary>
    public const string TreeFormat = "fairnotice-audit-head/2";

    /// <summary>The format of a signed tree head that names the newest pruning cut: version 2 plus a <c>cut=</c> line.</summary>
    public const string CutFormat = "fairnotice-audit-head/3";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The exact text that is signed: six LF-terminated lines.</summary>
    /// <param name="sequence">The newest entry's sequence.</param>
    /// <param name="chainHash">Its hash.</param>
    /// <param name="count">Entries up to it.</param>
    /// <param name="time">When signed.</param>
    /// <param name="keyedFrom">The keyed-chain start, or null.</param>
    public static string SignedText(long sequence, string chainHash, long count, DateTimeOffset time, long? keyedFrom) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Format}\nsequence={sequence}\nchain-hash={chainHash}\ncount={count}\ntime={AuditChain.Normalise(time):yyyy-MM-ddTHH:mm:ss.fffZ}\nkeyed-from={(keyedFrom is { } k ? k.ToString(CultureInfo.InvariantCulture) : "none")}\n");

    /// <summary>The exact text that is signed: the six lines of version 1, with the format line naming version 2 when the
    /// head carries a tree root, followed by <c>tree-root=</c> (the tree's size is <c>count</c>).</summary>
    /// <param name="sequence">The newest entry's sequence.</param>
    /// <param name="chainHash">Its hash.</param>
    /// <param name="count">Entries up to it: the tree's size.</param>
    /// <param name="time">When signed.</param>
    /// <param name="keyedFrom">The keyed-chain start, or null.</param>
    /// <param name="treeRoot">The Merkle tree's root (hex), or null for a version 1 head.</param>
    public static string SignedText(long sequence, string chainHash, long count, DateTimeOffset time, long? keyedFrom, string? treeRoot) =>
        treeRoot is null
            ? SignedText(sequence, chainHash, count, time, keyedFrom)
            : TreeFormat + SignedText(sequence, chainHash, count, time, keyedFrom)[Format.Length..] + "tree-root=" + treeRoot + "\n";

    /// <summary>The text a head's signature covers.</summary>
    /// <param name="head">The head.</param>
    public static string SignedText(SignedHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        return SignedText(head.Sequence, head.ChainHash, head.Count, head.Time, head.KeyedFrom, head.TreeRoot, head.Cut);
    }

    /// <summary>The exact text that is signed; with a cut (and a tree root), version 3: the lines of version 2 under the
    /// version 3 format line, followed by <c>cut=</c> (the newest pruning cut's entry, or 0 when never pruned).</summary>
    /// <param name="sequence">The newest entry's sequence.</param>
    /// <param name="chainHash">Its hash.</param>
    /// <param name="count">Entries up to it: the tree's size.</param>
    /// <param name="time">When signed.</param>
    /// <param name="keyedFrom">The keyed-chain start, or null.</param>
    /// <param name="treeRoot">The Merkle tree's root (hex), or null for a version 1 head.</param>
    /// <param name="cut">The newest pruning cut (0: none), or null for versions 1 and 2.</param>
    public static string SignedText(long sequence, string chainHash, long count, DateTimeOffset time, long? keyedFrom, string? treeRoot, long? cut)
    {
        if (cut is not { } c)
        {
            return SignedText(sequence, chainHash, count, time, keyedFrom, treeRoot);
        }

        ArgumentNullException.ThrowIfNull(treeRoot);
        return CutFormat + SignedText(sequence, chainHash, count, time, keyedFrom, treeRoot)[TreeFormat.Length..] + string.Create(CultureInfo.InvariantCulture, $"cut={c}\n");
    }

    /// <summary>Signs a head.</summary>
    /// <param name="sequence">The newest entry's sequence.</param>
    /// <param name="chainHash">Its hash.</param>
    /// <param name="count">Entries up to it.</param>
    /// <param name="time">When (the caller's clock).</param>
    /// <param name="keyedFrom">The keyed-chain start, or null.</param>
    /// <param name="key">The signing key.</param>
    public static SignedHead Sign(long sequence, string chainHash, long count, DateTimeOffset time, long? keyedFrom, HeadSigningKey key) =>
        Sign(sequence, chainHash, count, time, keyedFrom, null, key);

    /// <summary>Signs a head; with a tree root, a signed tree head (version 2).</summary>
    /// <param name="sequence">The newest entry's sequence.</param>
    /// <param name="chainHash">Its hash.</param>
    /// <param name="count">Entries up to it: the tree's size.</param>
    /// <param name="time">When (the caller's clock).</param>
    /// <param name="keyedFrom">The keyed-chain start, or null.</param>
    /// <param name="treeRoot">The root of the tree over the first <paramref name="count"/> entries (<see cref="AuditTree"/>), or null.</param>
    /// <param name="key">The signing key.</param>
    public static SignedHead Sign(long sequence, string chainHash, long count, DateTimeOffset time, long? keyedFrom, string? treeRoot, HeadSigningKey key) =>
        Sign(sequence, chainHash, count, time, keyedFrom, treeRoot, null, key);

    /// <summary>Signs a head; with a tree root and a cut, a version 3 head that names the newest pruning cut.</summary>
    /// <param name="sequence">The newest entry's sequence.</param>
    /// <param name="chainHash">Its hash.</param>
    /// <param name="count">Entries up to it: the tree's size.</param>
    /// <param name="time">When (the caller's clock).</param>
    /// <param name="keyedFrom">The keyed-chain start, or null.</param>
    /// <param name="treeRoot">The root of the tree over the first <paramref name="count"/> entries, or null.</param>
    /// <param name="cut">The newest pruning cut's entry (0: never pruned), or null for a version 1 or 2 head.</param>
    /// <param name="key">The signing key.</param>
    public static SignedHead Sign(long sequence, string chainHash, long count, DateTimeOffset time, long? keyedFrom, string? treeRoot, long? cut, HeadSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(chainHash);
        ArgumentNullException.ThrowIfNull(key);
        if (cut is < 0 || (cut is not null && treeRoot is null))
        {
            throw new ArgumentOutOfRangeException(nameof(cut), "A cut is named only in a tree head, and is 0 or an entry's sequence.");
        }

        var at = AuditChain.Normalise(time);
        var signature = key.Sign(Encoding.ASCII.GetBytes(SignedText(sequence, chainHash, count, at, keyedFrom, treeRoot, cut)));
        return new SignedHead(sequence, chainHash, count, at, keyedFrom, Convert.ToBase64String(signature), treeRoot, cut);
    }

    /// <summary>Whether the head's signature is valid under the public key.</summary>
    /// <param name="head">The head.</param>
    /// <param name="key">The public key.</param>
    public static bool HasValidSignature(SignedHead head, HeadPublicKey key)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(key);
        var signature = new byte[64];
        return Convert.TryFromBase64String(head.Signature, signature, out var n) && n == 64
            && key.Verify(Encoding.ASCII.GetBytes(SignedText(head)), signature);
    }

    /// <summary>The head as a head file holds it.</summary>
    /// <param name="head">The head.</param>
    public static string ToJson(SignedHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        return JsonSerializer.Serialize(new HeadJson(head.TreeRoot is null ? Format : head.Cut is null ? TreeFormat : CutFormat, head.Sequence, head.ChainHash, head.Count,
            AuditChain.Normalise(head.Time).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture), head.KeyedFrom, head.Signature, head.TreeRoot, head.Cut), JsonOptions) + "\n";
    }

    /// <summary>Reads a head file.</summary>
    /// <param name="json">Its content.</param>
    /// <returns>The head, or null when the file is not a head of this format.</returns>
    public static SignedHead? Parse(string json)
    {
        try
        {
            var h = JsonSerializer.Deserialize<HeadJson>(json, JsonOptions);
            var treeOk = h is { Format: Format, TreeRoot: null, Cut: null } || h is { Format: TreeFormat, TreeRoot.Length: 64, Cut: null }
                || h is { Format: CutFormat, TreeRoot.Length: 64, Cut: >= 0 };
            return treeOk && h is { ChainHash: { Length: 64 } hash, Signature: { } sig }
                && DateTimeOffset.TryParseExact(h.Time, "yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
                ? new SignedHead(h.Sequence, hash, h.Count, new DateTimeOffset(time.UtcDateTime, TimeSpan.Zero), h.KeyedFrom, sig, h.TreeRoot, h.Cut)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Checks head files among themselves, as a third party holding only the public key can.</summary>
    /// <param name="files">The head files, in any order.</param>
    /// <param name="key">The public key.</param>
    public static HeadsVerdict Check(IReadOnlyList<HeadFile> files, HeadPublicKey key)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(key);
        var heads = new List<SignedHead>(files.Count);
        foreach (var file in files)
        {
            if (Parse(file.Text) is not { } head)
            {
                return new HeadsVerdict(false, [], AuditMessages.Say("HeadNotParsed", file.Name, Format));
            }

            if (!HasValidSignature(head, key))
            {
                return new HeadsVerdict(false, [], AuditMessages.Say("HeadForged", file.Name));
            }

            heads.Add(head);
        }

        heads.Sort((a, b) => a.Sequence != b.Sequence ? a.Sequence.CompareTo(b.Sequence) : a.Time.CompareTo(b.Time));
        for (var i = 1; i < heads.Count; i++)
        {
            var (a, b) = (heads[i - 1], heads[i]);
            if (a.Sequence == b.Sequence && !string.Equals(a.ChainHash, b.ChainHash, StringComparison.Ordinal))
            {
                return new HeadsVerdict(false, heads, AuditMessages.Say("HeadsFork", b.Sequence));
            }

            if (a.Count == b.Count && a.TreeRoot is not null && b.TreeRoot is not null && !string.Equals(a.TreeRoot, b.TreeRoot, StringComparison.OrdinalIgnoreCase))
            {
                return new HeadsVerdict(false, heads, AuditMessages.Say("TreeFork", b.Count));
            }

            if (b.Count < a.Count || b.Time < a.Time)
            {
                return new HeadsVerdict(false, heads, AuditMessages.Say("Backwards", b.Sequence, a.Sequence));
            }

            if (a.TreeRoot is not null && b.TreeRoot is null)
            {
                return new HeadsVerdict(false, heads, AuditMessages.Say("NoTreeRoot", b.Sequence, a.Sequence));
            }

            // Once heads name the pruning cut, a later head cannot stop naming it (that would hide a deleted checkpoint),
            // and cuts only move forward.
            if (a.Cut is { } ac && (b.Cut is not { } bc || bc < ac))
            {
                return new HeadsVerdict(false, heads, AuditMessages.Say("CutBackwards", b.Sequence, a.Sequence, ac));
            }

            if (a.KeyedFrom is { } k && b.KeyedFrom != k)
            {
                return new HeadsVerdict(false, heads, AuditMessages.Say("KeyedMoved", b.Sequence, k));
            }
        }

        return new HeadsVerdict(true, heads, heads.Count == 0
            ? AuditMessages.Say("NoHead")
            : AuditMessages.Say("HeadsValid", heads.Count, heads[^1].Time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), heads[^1].Count, heads[^1].Sequence));
    }

    /// <summary>Checks a chain against valid heads: every head's entry still there with its hash, and its count of entries.</summary>
    /// <param name="entries">The chain, ordered by sequence.</param>
    /// <param name="heads">Valid heads, oldest first (<see cref="HeadsVerdict.Heads"/>).</param>
    /// <param name="keyedFrom">The chain's keyed-chain start, as <see cref="AuditChain.Verify(IReadOnlyList{ChainedEntry}, ChainKey?, string?)"/> found it.</param>
    /// <param name="from">The signed checkpoint the log starts from after pruning, if any: heads up to it are checked against it.</param>
    /// <returns>Null when the chain agrees with every head; otherwise the break.</returns>
    public static ChainVerdict? CheckChain(IReadOnlyList<ChainedEntry> entries, IReadOnlyList<SignedHead> heads, long? keyedFrom, AuditCheckpoint? from = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(heads);
        var bySequence = new Dictionary<long, (int Index, ChainedEntry Entry)>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            bySequence.TryAdd(entries[i].Sequence, (i, entries[i]));
        }

        var head = entries.Count > 0 ? entries[^1].Hash : AuditChain.Genesis;
        var last = entries.Count > 0 ? entries[^1].Sequence : 0;
        foreach (var h in heads.Reverse())
        {
            var when = h.Time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            if (from is not null && h.Sequence <= from.Sequence)
            {
                // Pruned: the checkpoint, signed after the whole log verified, stands for it. A head at the cut itself must agree with it.
                if (h.Sequence == from.Sequence && (!string.Equals(h.ChainHash, from.ChainHash, StringComparison.OrdinalIgnoreCase) || h.Count != from.Count))
                {
                    return Broken(ChainBreak.HeadMismatch, h.Sequence, AuditMessages.Say("CheckpointDisagrees", when, h.Sequence));
                }

                continue;
            }

            if (entries.Count == 0 && h.Count > 0)
            {
                return Broken(ChainBreak.Truncated, 1, AuditMessages.Say("Emptied", when, h.Count));
            }

            if (!bySequence.TryGetValue(h.Sequence, out var found))
            {
                return last < h.Sequence
                    ? Broken(ChainBreak.Truncated, last + 1, AuditMessages.Say("TailTruncated", last, when, h.Sequence))
                    : Broken(ChainBreak.Deleted, h.Sequence, AuditMessages.Say("EntryMissing", h.Sequence, when));
            }

            if (!string.Equals(found.Entry.Hash, h.ChainHash, StringComparison.OrdinalIgnoreCase))
            {
                return Broken(ChainBreak.HeadMismatch, h.Sequence, AuditMessages.Say("HashDiffers", h.Sequence, when));
            }

            if (found.Index + 1 + (from?.Count ?? 0) != h.Count)
            {
                return Broken(ChainBreak.HeadMismatch, h.Sequence, AuditMessages.Say("CountDiffers", found.Index + 1 + (from?.Count ?? 0), h.Sequence, when, h.Count));
            }

            if (h.KeyedFrom != keyedFrom && !(h.KeyedFrom is null && keyedFrom > h.Sequence))
            {
                return Broken(ChainBreak.HeadMismatch, keyedFrom ?? h.KeyedFrom ?? 0, AuditMessages.Say("KeyedStartDiffers", when, h.KeyedFrom, keyedFrom));
            }
        }

        return null;

        ChainVerdict Broken(ChainBreak kind, long sequence, LocalMessage message) => new(false, entries.Count, head, kind, sequence, message, keyedFrom);
    }

    private sealed record HeadJson(string Format, long Sequence, string ChainHash, long Count, string Time, long? KeyedFrom, string Signature,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TreeRoot = null,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Cut = null);
}
