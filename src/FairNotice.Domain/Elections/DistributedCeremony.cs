using System.Security.Cryptography;
using System.Text;
using BigInteger = Org.BouncyCastle.Math.BigInteger;

namespace FairNotice.Domain.Elections;

/// <summary>What one trustee keeps from the start of a distributed ceremony: its polynomial and the secret of its share key.</summary>
/// <param name="Index">i.</param>
/// <param name="Name">Who holds it.</param>
/// <param name="ElectionId">The election.</param>
/// <param name="Coefficients">a_i0…a_i(k−1) (hex).</param>
/// <param name="ShareKeySecret">The secret of the key shares are encrypted to (hex).</param>
public sealed record TrusteePrivate(int Index, string Name, string ElectionId, IReadOnlyList<string> Coefficients, string ShareKeySecret);

/// <summary>P_i(ℓ) encrypted from guardian i to guardian ℓ (ECIES on P-256: ephemeral ECDH, SHA-256 key, AES-256-GCM).</summary>
/// <param name="From">i.</param>
/// <param name="To">ℓ.</param>
/// <param name="Ephemeral">e·G (hex).</param>
/// <param name="Nonce">AES-GCM nonce (hex).</param>
/// <param name="Ciphertext">The encrypted share (hex).</param>
/// <param name="Tag">AES-GCM tag (hex).</param>
public sealed record EncryptedShare(int From, int To, string Ephemeral, string Nonce, string Ciphertext, string Tag);

/// <summary>ElectionGuard's key ceremony run by each trustee on their own machine: nobody — not the operators, not any
/// one trustee — ever holds the polynomial of another, and every share travels encrypted to its recipient.
/// 1. <see cref="Start"/>: each trustee draws its polynomial and share key, publishes its record;
/// 2. <see cref="SharesFor"/>: each trustee encrypts P_i(ℓ) to every other guardian ℓ;
/// 3. <see cref="Finish"/>: each trustee decrypts what it received, checks every share against the sender's
/// commitments, and keeps z_ℓ = Σ_i P_i(ℓ).</summary>
public static class DistributedCeremony
{
    /// <summary>Step 1 for trustee i.</summary>
    /// <param name="electionId">The election.</param>
    /// <param name="index">i.</param>
    /// <param name="name">Who holds it.</param>
    /// <param name="quorum">k.</param>
    public static (TrusteePrivate Private, GuardianRecord Public) Start(string electionId, int index, string name, int quorum)
    {
        var context = ElectionVerifier.CeremonyContext(electionId);
        var coefficients = Enumerable.Range(0, quorum).Select(_ => Group.RandomScalar()).ToList();
        var commitments = coefficients.Select(Group.Base).ToList();
        var shareSecret = Group.RandomScalar();
        var record = new GuardianRecord(index, name, [.. commitments.Select(Group.Hex)],
            [.. coefficients.Select((a, j) => SchnorrProof.Prove(a, commitments[j], $"{context}|guardian {index}|coefficient {j}"))], Group.Hex(Group.Base(shareSecret)));
        return (new TrusteePrivate(index, name, electionId, [.. coefficients.Select(Group.Hex)], Group.Hex(shareSecret)), record);
    }

    /// <summary>Step 2: trustee i's shares for every other guardian, each encrypted to the recipient's share key.</summary>
    /// <param name="me">Trustee i's private part.</param>
    /// <param name="guardians">Every guardian's public record.</param>
    public static IReadOnlyList<EncryptedShare> SharesFor(TrusteePrivate me, IReadOnlyList<GuardianRecord> guardians)
    {
        ArgumentNullException.ThrowIfNull(me);
        ArgumentNullException.ThrowIfNull(guardians);
        return [.. guardians.Where(g => g.Index != me.Index).Select(g => Encrypt(me, g, Evaluate(me, g.Index)))];
    }

    /// <summary>Step 3: decrypts and checks the shares received; returns the trustee's secret share, or the senders whose share is wrong.</summary>
    /// <param name="me">Trustee ℓ's private part.</param>
    /// <param name="guardians">Every guardian's public record.</param>
    /// <param name="received">The shares addressed to ℓ, one from each other guardian.</param>
    public static Result<GuardianSecret> Finish(TrusteePrivate me, IReadOnlyList<GuardianRecord> guardians, IReadOnlyList<EncryptedShare> received)
    {
        ArgumentNullException.ThrowIfNull(me);
        ArgumentNullException.ThrowIfNull(guardians);
        ArgumentNullException.ThrowIfNull(received);
        var bad = new List<string>();
        var sum = Evaluate(me, me.Index);
        foreach (var sender in guardians.Where(g => g.Index != me.Index))
        {
            var share = received.Where(r => r.From == sender.Index && r.To == me.Index).ToList();
            if (share.Count != 1)
            {
                bad.Add($"guardian {sender.Index}: {(share.Count == 0 ? "no share received" : "several shares received")}");
                continue;
            }

            var value = Decrypt(me, share[0]);
            if (value is null)
            {
                bad.Add($"guardian {sender.Index}: the share does not decrypt (altered, or not for this guardian)");
            }
            else if (!Group.Base(value).Equals(KeyCeremony.Evaluate(sender, me.Index)))
            {
                bad.Add($"guardian {sender.Index}: the share does not match its published commitments");
            }
            else
            {
                sum = sum.Add(value).Mod(Group.Order);
            }
        }

        if (bad.Count > 0)
        {
            return new InvalidError("ceremony.bad_shares", "Some shares are wrong: the ceremony must be repeated with those guardians.",
                new Dictionary<string, string[]> { ["shares"] = [.. bad] });
        }

        return new GuardianSecret(me.Index, me.Name, Group.Hex(sum));
    }

    private static BigInteger Evaluate(TrusteePrivate me, int recipient) => KeyCeremony.Polynomial([.. me.Coefficients.Select(Group.Scalar)], recipient);

    private static EncryptedShare Encrypt(TrusteePrivate me, GuardianRecord recipient, BigInteger share)
    {
        var e = Group.RandomScalar();
        var shared = Group.Mul(Group.Point(recipient.ShareKey ?? throw new InvalidOperationException($"Guardian {recipient.Index} has no share key.")), e);
        var key = Key(shared, me.ElectionId, me.Index, recipient.Index);
        var nonce = RandomNumberGenerator.GetBytes(12);
        var plain = Encoding.ASCII.GetBytes(Group.Hex(share));
        var cipher = new byte[plain.Length];
        var tag = new byte[16];
        using (var aes = new AesGcm(key, 16))
        {
            aes.Encrypt(nonce, plain, cipher, tag);
        }

        return new EncryptedShare(me.Index, recipient.Index, Group.Hex(Group.Base(e)), Convert.ToHexStringLower(nonce), Convert.ToHexStringLower(cipher), Convert.ToHexStringLower(tag));
    }

    private static BigInteger? Decrypt(TrusteePrivate me, EncryptedShare s)
    {
        try
        {
            var shared = Group.Mul(Group.Point(s.Ephemeral), Group.Scalar(me.ShareKeySecret));
            var cipher = Convert.FromHexString(s.Ciphertext);
            var plain = new byte[cipher.Length];
            using (var aes = new AesGcm(Key(shared, me.ElectionId, s.From, me.Index), 16))
            {
                aes.Decrypt(Convert.FromHexString(s.Nonce), cipher, Convert.FromHexString(s.Tag), plain);
            }

            return Group.Scalar(Encoding.ASCII.GetString(plain));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }

    // The AES key is bound to the election and to the pair of guardians, so a share cannot be replayed elsewhere.
    private static byte[] Key(Org.BouncyCastle.Math.EC.ECPoint shared, string electionId, int from, int to) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{Group.Hex(shared)}|{electionId}|share {from}->{to}"));
}
