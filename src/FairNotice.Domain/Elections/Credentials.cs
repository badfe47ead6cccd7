using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BigInteger = Org.BouncyCastle.Math.BigInteger;

namespace FairNotice.Domain.Elections;

/// <summary>A member delegation's public signing credential, as the credential authority publishes it with the roll.</summary>
/// <param name="Member">ISO alpha-2.</param>
/// <param name="PublicKey">The ECDSA P-256 public key, compressed SEC1 hex.</param>
public sealed record PublicCredential(string Member, string PublicKey);

/// <summary>The credential authority's published list for one election: one public credential per member delegation.</summary>
/// <remarks>Published before the first ballot opens (the officer uploads it; every ballot's manifest copies each
/// member's key into the roll, so the base hash — and so every proof — is bound to it). Its <see cref="Hash"/> is what the
/// authority announces outside the server and what a delegation compares with the record: a server that swapped the
/// list for keys of its own would show another hash.</remarks>
/// <param name="ElectionId">The election.</param>
/// <param name="Credentials">One per member, in member order.</param>
public sealed record CredentialList(string ElectionId, IReadOnlyList<PublicCredential> Credentials)
{
    /// <summary>SHA-256 of the list's canonical JSON (members in ordinal order).</summary>
    public string Hash() => Group.Sha256(JsonSerializer.Serialize(this with { Credentials = [.. Credentials.OrderBy(c => c.Member, StringComparer.Ordinal)] }, ElectionRules.JsonOptions));

    /// <summary>Why the list cannot be used (null when it can): every member once, every key a distinct point of the curve.</summary>
    /// <param name="electionId">The election it must be for.</param>
    public string? Problem(string electionId)
    {
        if (ElectionId != electionId)
        {
            return $"the list is for election '{ElectionId}', not '{electionId}'";
        }

        if (Credentials is null || Credentials.Count == 0)
        {
            return "the list holds no credential";
        }

        if (Credentials.Select(c => c.Member).Distinct(StringComparer.Ordinal).Count() != Credentials.Count)
        {
            return "a member has more than one credential";
        }

        if (Credentials.Select(c => c.PublicKey).Distinct(StringComparer.Ordinal).Count() != Credentials.Count)
        {
            return "two members share a credential";
        }

        foreach (var c in Credentials)
        {
            if (!BallotSignature.IsPublicKey(c.PublicKey))
            {
                return $"{c.Member}'s credential is not a P-256 public key";
            }
        }

        return null;
    }

    /// <summary>Reads a list (the authority's <c>credentials.public.json</c>).</summary>
    /// <param name="json">The JSON text.</param>
    public static CredentialList Parse(string json) => JsonSerializer.Deserialize<CredentialList>(json, ElectionRules.JsonOptions) ?? throw new JsonException("Empty list.");

    /// <summary>Writes the list (indented).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, CredentialJson.Indented);
}

internal static class CredentialJson
{
    public static readonly JsonSerializerOptions Indented = new(ElectionRules.JsonOptions) { WriteIndented = true };
}

/// <summary>A member delegation's secret signing credential, handed to it out of band (a file, or printed).</summary>
/// <remarks>Only the credential authority sees it, once, when it generates it; the server never does. Whoever holds it can
/// sign ballots for that member in that election, so the delegation keeps it as it keeps its voting card.</remarks>
/// <param name="ElectionId">The election.</param>
/// <param name="Member">ISO alpha-2.</param>
/// <param name="SecretKey">The ECDSA P-256 private scalar, 64 hex digits.</param>
/// <param name="PublicKey">Its public key, compressed SEC1 hex (as on the published list).</param>
public sealed record SecretCredential(string ElectionId, string Member, string SecretKey, string PublicKey)
{
    private const string Header = "FAIRNOTICE BALLOT CREDENTIAL v1";

    /// <summary>The printable form: a few labelled lines; the secret in groups of four hex digits to type back.</summary>
    public string ToPrintable()
    {
        var groups = string.Join(' ', Enumerable.Range(0, SecretKey.Length / 4).Select(i => SecretKey.Substring(i * 4, 4)));
        return $"{Header}\nelection: {ElectionId}\nmember: {Member}\nsecret: {groups}\npublic: {PublicKey}\n"
            + "Keep this secret: whoever holds it can sign ballots for your member in this election. Check that the public key is the one on the published list.\n";
    }

    /// <summary>Reads a credential from its JSON file or its printable text.</summary>
    /// <param name="text">The file's text, or the printed lines typed back.</param>
    /// <exception cref="FormatException">Neither form, or the public key does not belong to the secret.</exception>
    public static SecretCredential Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        SecretCredential? c;
        if (text.TrimStart().StartsWith('{'))
        {
            try
            {
                c = JsonSerializer.Deserialize<SecretCredential>(text, ElectionRules.JsonOptions);
            }
            catch (JsonException e)
            {
                throw new FormatException($"Not a credential file: {e.Message}", e);
            }
        }
        else
        {
            var fields = text.Split('\n').Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
                .GroupBy(p => p[0].Trim().ToLowerInvariant(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.Ordinal);
            string Field(string name) => fields.TryGetValue(name, out var v) ? v : throw new FormatException($"The credential has no '{name}:' line.");
            c = new SecretCredential(Field("election"), Field("member"), new string([.. Field("secret").Where(char.IsAsciiHexDigit)]).ToLowerInvariant(), Field("public"));
        }

        if (c is null || c.SecretKey is null || c.PublicKey is null || c.Member is null || c.ElectionId is null)
        {
            throw new FormatException("The credential is incomplete.");
        }

        if (BallotSignature.PublicKeyOf(c.SecretKey) != c.PublicKey)
        {
            throw new FormatException("The credential's public key does not belong to its secret (mistyped?).");
        }

        return c;
    }

    /// <summary>Writes the credential file (JSON).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, CredentialJson.Indented);
}

/// <summary>The credential authority: generates one signing credential per member delegation, apart from the server
/// (<c>fairnotice election credentials</c>, run by someone who is not the election officer).</summary>
public static class CredentialAuthority
{
    /// <summary>Draws a fresh key pair per member.</summary>
    /// <param name="electionId">The election.</param>
    /// <param name="members">The member delegations (ISO alpha-2).</param>
    /// <returns>The list to publish, and the secrets to hand out one by one.</returns>
    public static (CredentialList List, IReadOnlyList<SecretCredential> Secrets) Generate(string electionId, IEnumerable<string> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var secrets = members.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(m =>
        {
            var secret = Group.Hex(Group.RandomScalar());
            return new SecretCredential(electionId, m, secret, BallotSignature.PublicKeyOf(secret));
        }).ToList();
        return (new CredentialList(electionId, [.. secrets.Select(s => new PublicCredential(s.Member, s.PublicKey))]), secrets);
    }

    /// <summary>The demonstration's credentials: each secret is SHA-256 of a published phrase naming the election and the
    /// member, reduced modulo the group order, so that the demo server can publish the list and print a delegation's
    /// credential as it prints the demo passwords.</summary>
    /// <remarks>Anyone can recompute every secret: these credentials prove nothing and are for the demo election only. A
    /// real election's credentials come from <see cref="Generate"/>, run by the credential authority apart from the
    /// server (ADR "ballot credentials").</remarks>
    /// <param name="electionId">The demo election.</param>
    /// <param name="members">The member delegations (ISO alpha-2).</param>
    public static (CredentialList List, IReadOnlyList<SecretCredential> Secrets) Demo(string electionId, IEnumerable<string> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var secrets = members.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(m =>
        {
            var k = new BigInteger(1, SHA256.HashData(Encoding.UTF8.GetBytes($"{DemoPhrase}|{electionId}|{m}"))).Mod(Group.Order);
            var secret = Group.Hex(k.SignValue == 0 ? BigInteger.One : k);
            return new SecretCredential(electionId, m, secret, BallotSignature.PublicKeyOf(secret));
        }).ToList();
        return (new CredentialList(electionId, [.. secrets.Select(s => new PublicCredential(s.Member, s.PublicKey))]), secrets);
    }

    /// <summary>The published phrase the demo credentials derive from (<see cref="Demo"/>).</summary>
    public const string DemoPhrase = "fairnotice demo ballot credential v1 - not secret";
}

/// <summary>The delegation's signature on its ballot: ECDSA over P-256 with SHA-256 (FIPS 186-5), through .NET's
/// platform implementation (OpenSSL on Linux); signatures are r‖s (64 bytes, hex) with s in the lower half of the order,
/// so that nobody but the signer can make a second valid signature of the same ballot.</summary>
/// <remarks>The signed message is <see cref="Message"/>: every part of the ballot (round, base hash, voter, what it
/// replaces, every ciphertext and proof), each prefixed by its UTF-8 length as a 32-bit little-endian integer — the
/// encoding of <see cref="Group.Hash"/>, which the browser booth already implements.</remarks>
public static class BallotSignature
{
    private static readonly BigInteger HalfOrder = Group.Order.ShiftRight(1);

    /// <summary>The bytes a delegation signs for a ballot.</summary>
    /// <param name="baseHash">The round's base hash (which binds the roll and its credentials).</param>
    /// <param name="b">The ballot; its own signature is not part of the message.</param>
    public static byte[] Message(string baseHash, EncryptedBallot b)
    {
        ArgumentNullException.ThrowIfNull(b);
        var parts = new List<string> { "fairnotice ballot signature v1", baseHash, b.ContestId, b.Voter, b.Supersedes ?? "", b.Selections.Count.ToString(CultureInfo.InvariantCulture) };
        foreach (var s in b.Selections)
        {
            parts.AddRange([s.CandidateId, s.Ciphertext.Alpha, s.Ciphertext.Beta]);
            AddProof(parts, s.Proof);
        }

        parts.Add("contest");
        AddProof(parts, b.ContestProof);
        using var stream = new MemoryStream();
        Span<byte> length = stackalloc byte[4];
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part ?? "");
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
            stream.Write(length);
            stream.Write(bytes);
        }

        return stream.ToArray();
    }

    private static void AddProof(List<string> parts, RangeProof proof)
    {
        parts.Add(proof.Challenges.Count.ToString(CultureInfo.InvariantCulture));
        parts.AddRange(proof.Challenges);
        parts.Add(proof.Responses.Count.ToString(CultureInfo.InvariantCulture));
        parts.AddRange(proof.Responses);
    }

    /// <summary>The ballot with the delegation's signature.</summary>
    /// <param name="b">The ballot.</param>
    /// <param name="baseHash">The round's base hash.</param>
    /// <param name="secretKey">The delegation's secret credential (64 hex digits).</param>
    public static EncryptedBallot Sign(EncryptedBallot b, string baseHash, string secretKey)
    {
        ArgumentNullException.ThrowIfNull(b);
        var d = Group.Scalar(secretKey);
        var q = Group.Base(d);
        using var ecdsa = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256, D = Fixed(d),
            Q = new ECPoint { X = Fixed(q.AffineXCoord.ToBigInteger()), Y = Fixed(q.AffineYCoord.ToBigInteger()) },
        });
        var signature = ecdsa.SignData(Message(baseHash, b with { Signature = null }), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        var s = new BigInteger(1, signature[32..]);
        if (s.CompareTo(HalfOrder) > 0)
        {
            Fixed(Group.Order.Subtract(s)).CopyTo(signature, 32);
        }

        return b with { Signature = Convert.ToHexStringLower(signature) };
    }

    /// <summary>True when the ballot carries a valid low-s signature by the holder of <paramref name="publicKey"/>.</summary>
    /// <param name="b">The ballot.</param>
    /// <param name="baseHash">The round's base hash.</param>
    /// <param name="publicKey">The member's published credential.</param>
    public static bool Verify(EncryptedBallot b, string baseHash, string publicKey)
    {
        ArgumentNullException.ThrowIfNull(b);
        if (b.Signature is not { Length: 128 } hex || !hex.All(char.IsAsciiHexDigitLower))
        {
            return false;
        }

        var signature = Convert.FromHexString(hex);
        var s = new BigInteger(1, signature[32..]);
        if (s.SignValue == 0 || s.CompareTo(HalfOrder) > 0)
        {
            return false;
        }

        Org.BouncyCastle.Math.EC.ECPoint q;
        try
        {
            q = Group.Point(publicKey);
        }
        catch (FormatException)
        {
            return false;
        }

        if (q.IsInfinity)
        {
            return false;
        }

        using var ecdsa = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = Fixed(q.AffineXCoord.ToBigInteger()), Y = Fixed(q.AffineYCoord.ToBigInteger()) },
        });
        return ecdsa.VerifyData(Message(baseHash, b with { Signature = null }), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    /// <summary>The public key (compressed SEC1 hex) of a secret scalar.</summary>
    /// <param name="secretKey">64 hex digits.</param>
    public static string PublicKeyOf(string secretKey)
    {
        var d = Group.Scalar(secretKey);
        return d.SignValue == 0 ? throw new FormatException("A secret credential is not zero.") : Group.Hex(Group.Base(d));
    }

    /// <summary>True when the text is a compressed point of P-256 other than the neutral element.</summary>
    /// <param name="publicKey">Hex.</param>
    public static bool IsPublicKey(string? publicKey)
    {
        if (publicKey is not { Length: 66 })
        {
            return false;
        }

        try
        {
            return !Group.Point(publicKey).IsInfinity;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static byte[] Fixed(BigInteger k)
    {
        var bytes = k.ToByteArrayUnsigned();
        var fixedBytes = new byte[32];
        bytes.CopyTo(fixedBytes, 32 - bytes.Length);
        return fixedBytes;
    }
}
