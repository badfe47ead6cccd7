using BigInteger = Org.BouncyCastle.Math.BigInteger;
using ECPoint = Org.BouncyCastle.Math.EC.ECPoint;

namespace FairNotice.Domain.Elections;

/// <summary>What a guardian publishes in the key ceremony: commitments to its polynomial's coefficients with proofs.</summary>
/// <param name="Index">1…n.</param>
/// <param name="Name">Who holds it.</param>
/// <param name="Commitments">K_i0…K_i(k−1) (hex); K_i0 is the guardian's share of the joint key.</param>
/// <param name="Proofs">A Schnorr proof for each commitment.</param>
/// <param name="ShareKey">The public key other guardians encrypt this guardian's shares to, in a distributed ceremony.</param>
public sealed record GuardianRecord(int Index, string Name, IReadOnlyList<string> Commitments, IReadOnlyList<SchnorrProof> Proofs, string? ShareKey = null);

/// <summary>A guardian (trustee) of a k-of-n threshold election key, after ElectionGuard's key ceremony with Feldman
/// verifiable secret sharing: each guardian picks a random polynomial of degree k−1, publishes commitments to its
/// coefficients, and sends every other guardian its polynomial's value at that guardian's index. No single guardian,
/// and no group smaller than k, can decrypt.</summary>
public sealed class Guardian
{
    private readonly BigInteger[] _coefficients;
    private BigInteger? _secretShare;

    /// <summary>Creates a guardian with a fresh random polynomial.</summary>
    /// <param name="index">1…n.</param>
    /// <param name="name">Who holds it.</param>
    /// <param name="quorum">k.</param>
    /// <param name="context">The election's base hash.</param>
    public Guardian(int index, string name, int quorum, string context)
        : this(index, name, quorum < 1 ? throw new ArgumentOutOfRangeException(nameof(quorum)) : [.. Enumerable.Range(0, quorum).Select(_ => Group.RandomScalar())], context)
    {
    }

    /// <summary>Creates a guardian with the given polynomial (the demo ceremony's, derived from a published phrase).</summary>
    private Guardian(int index, string name, BigInteger[] coefficients, string context)
    {
        if (index < 1 || coefficients.Length < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        Index = index;
        _coefficients = coefficients;
        var commitments = _coefficients.Select(Group.Base).ToList();
        Public = new GuardianRecord(index, name, [.. commitments.Select(Group.Hex)],
            [.. _coefficients.Select((a, j) => SchnorrProof.Prove(a, commitments[j], $"{context}|guardian {index}|coefficient {j}"))]);
    }

    /// <summary>A guardian whose polynomial is given (<see cref="KeyCeremony.Demo"/>).</summary>
    internal static Guardian Derived(int index, string name, BigInteger[] coefficients, string context) => new(index, name, coefficients, context);

    /// <summary>1…n.</summary>
    public int Index { get; }

    /// <summary>What it publishes.</summary>
    public GuardianRecord Public { get; }

    /// <summary>P_i(ℓ): the share this guardian sends guardian ℓ (over a private channel in a real ceremony).</summary>
    /// <param name="recipient">ℓ.</param>
    public BigInteger ShareFor(int recipient) => KeyCeremony.Polynomial(_coefficients, recipient);

    /// <summary>Checks each received share against its sender's commitments and keeps their sum as this guardian's secret.</summary>
    /// <param name="shares">Sender's public record and the share it sent.</param>
    /// <returns>The indices of senders whose share does not match their commitments (empty when all are good).</returns>
    public IReadOnlyList<int> ReceiveShares(IEnumerable<(GuardianRecord Sender, BigInteger Share)> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var bad = new List<int>();
        var sum = BigInteger.Zero;
        foreach (var (sender, share) in shares)
        {
            if (!Group.Base(share).Equals(KeyCeremony.Evaluate(sender, Index)))
            {
                bad.Add(sender.Index);
            }

            sum = sum.Add(share);
        }

        _secretShare = sum.Mod(Group.Order);
        return bad;
    }

    /// <summary>What the guardian keeps after the ceremony (and only the guardian: never the server).</summary>
    public GuardianSecret ExportSecret() =>
        new(Index, Public.Name, Group.Hex(_secretShare ?? throw new InvalidOperationException("The key ceremony is not finished for this guardian.")));

    /// <summary>This guardian's share of the decryption of a summed ciphertext, with its proof.</summary>
    /// <param name="alpha">The ciphertext's α.</param>
    /// <param name="guardians">Every guardian's public record (to compute this guardian's public share).</param>
    /// <param name="context">What the share is bound to.</param>
    public DecryptionShare Decrypt(ECPoint alpha, IReadOnlyList<GuardianRecord> guardians, string context) => ExportSecret().Decrypt(alpha, guardians, context);
}

/// <summary>A guardian's secret share z_ℓ, kept by the trustee after the ceremony (e.g. in a file on their own machine).</summary>
/// <param name="Index">ℓ.</param>
/// <param name="Name">Who holds it.</param>
/// <param name="SecretShare">z_ℓ (hex).</param>
public sealed record GuardianSecret(int Index, string Name, string SecretShare)
{
    /// <summary>This guardian's decryption share of a summed ciphertext, with its proof.</summary>
    /// <param name="alpha">The ciphertext's α.</param>
    /// <param name="guardians">Every guardian's public record.</param>
    /// <param name="context">What the share is bound to.</param>
    public DecryptionShare Decrypt(ECPoint alpha, IReadOnlyList<GuardianRecord> guardians, string context)
    {
        var z = Group.Scalar(SecretShare);
        var m = Group.Mul(alpha, z);
        return new DecryptionShare(Index, Group.Hex(m), EqualityProof.Prove(z, alpha, m, KeyCeremony.PublicShare(guardians, Index), context));
    }
}

/// <summary>A guardian's share z_ℓ·A of a decryption, with its proof.</summary>
/// <param name="Guardian">ℓ.</param>
/// <param name="Share">z_ℓ·A (hex).</param>
/// <param name="Proof">Chaum–Pedersen proof against the guardian's public share.</param>
public sealed record DecryptionShare(int Guardian, string Share, EqualityProof Proof);

/// <summary>The public arithmetic of the key ceremony and of threshold decryption.</summary>
public static class KeyCeremony
{
    /// <summary>Runs a ceremony in one process (the trustees' own machines in a real election; see docs/elections.md).</summary>
    /// <param name="names">The guardians' names (n of them).</param>
    /// <param name="quorum">k.</param>
    /// <param name="context">The election's base hash.</param>
    public static IReadOnlyList<Guardian> Run(IReadOnlyList<string> names, int quorum, string context) =>
        Run(names, quorum, context, (index, name) => new Guardian(index, name, quorum, context));

    /// <summary>The demo election's ceremony: every guardian's polynomial derives from <see cref="DemoPhrase"/>, the election
    /// and its index, so anyone can recompute the guardians' secret shares — the demo's trustees are whoever runs
    /// `fairnotice election ceremony --demo`. Never for a real election: its "secret" shares are public.</summary>
    /// <param name="electionId">The demo election.</param>
    /// <param name="guardians">n.</param>
    /// <param name="quorum">k.</param>
    public static IReadOnlyList<Guardian> Demo(string electionId, int guardians, int quorum)
    {
        var context = ElectionVerifier.CeremonyContext(electionId);
        return Run([.. Enumerable.Range(1, guardians).Select(i => $"Guardian {i}")], quorum, context, (index, name) => Guardian.Derived(index, name,
            [.. Enumerable.Range(0, quorum).Select(j => DemoScalar($"{DemoPhrase}|{electionId}|guardian {index}|coefficient {j}"))], context));
    }

    /// <summary>The published phrase the demo guardians' polynomials derive from (<see cref="Demo"/>).</summary>
    public const string DemoPhrase = "fairnotice demo election guardian v1 - not secret";

    private static BigInteger DemoScalar(string seed)
    {
        var k = new BigInteger(1, System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed))).Mod(Group.Order);
        return k.SignValue == 0 ? BigInteger.One : k;
    }

    private static List<Guardian> Run(IReadOnlyList<string> names, int quorum, string context, Func<int, string, Guardian> create)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (quorum < 1 || quorum > names.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(quorum), "k must be between 1 and n.");
        }

        var guardians = names.Select((n, i) => create(i + 1, n)).ToList();
        foreach (var g in guardians)
        {
            var bad = g.ReceiveShares(guardians.Select(s => (s.Public, s.ShareFor(g.Index))));
            if (bad.Count > 0)
            {
                throw new InvalidOperationException($"Guardian {g.Index} received bad shares from {string.Join(", ", bad)}.");
            }
        }

        return guardians;
    }

    /// <summary>P(x) = Σ a_j·x^j mod q (Horner), a guardian's polynomial at a guardian's index.</summary>
    /// <param name="coefficients">a_0…a_(k−1).</param>
    /// <param name="x">The index.</param>
    public static BigInteger Polynomial(IReadOnlyList<BigInteger> coefficients, int x)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        var at = BigInteger.ValueOf(x);
        var value = BigInteger.Zero;
        for (var j = coefficients.Count - 1; j >= 0; j--)
        {
            value = value.Multiply(at).Add(coefficients[j]).Mod(Group.Order);
        }

        return value;
    }

    /// <summary>The joint election key K = Σ K_i0.</summary>
    /// <param name="guardians">Every guardian's public record.</param>
    public static ECPoint JointKey(IEnumerable<GuardianRecord> guardians)
    {
        ArgumentNullException.ThrowIfNull(guardians);
        return guardians.Aggregate(Group.Infinity, (k, g) => k.Add(Group.Point(g.Commitments[0]))).Normalize();
    }

    /// <summary>Σ_j ℓ^j·K_ij: what P_i(ℓ)·G must be.</summary>
    /// <param name="sender">Guardian i's record.</param>
    /// <param name="recipient">ℓ.</param>
    public static ECPoint Evaluate(GuardianRecord sender, int recipient)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var x = BigInteger.ValueOf(recipient);
        var power = BigInteger.One;
        var sum = Group.Infinity;
        foreach (var c in sender.Commitments)
        {
            sum = sum.Add(Group.Mul(Group.Point(c), power));
            power = power.Multiply(x).Mod(Group.Order);
        }

        return sum.Normalize();
    }

    /// <summary>Guardian ℓ's public share Z_ℓ = z_ℓ·G, computed from everyone's commitments.</summary>
    /// <param name="guardians">Every guardian's record.</param>
    /// <param name="index">ℓ.</param>
    public static ECPoint PublicShare(IReadOnlyList<GuardianRecord> guardians, int index)
    {
        ArgumentNullException.ThrowIfNull(guardians);
        return guardians.Aggregate(Group.Infinity, (z, g) => z.Add(Evaluate(g, index))).Normalize();
    }

    /// <summary>The Lagrange coefficient of guardian ℓ among the guardians present, at zero.</summary>
    /// <param name="index">ℓ.</param>
    /// <param name="present">The indices present.</param>
    public static BigInteger Lagrange(int index, IReadOnlyCollection<int> present)
    {
        ArgumentNullException.ThrowIfNull(present);
        var numerator = BigInteger.One;
        var denominator = BigInteger.One;
        foreach (var m in present.Where(m => m != index))
        {
            numerator = numerator.Multiply(BigInteger.ValueOf(m)).Mod(Group.Order);
            denominator = denominator.Multiply(BigInteger.ValueOf(m - index)).Mod(Group.Order);
        }

        return numerator.Multiply(denominator.ModInverse(Group.Order)).Mod(Group.Order);
    }

    /// <summary>Combines k or more shares and finds the small plaintext t with t·G = β − Σ w_ℓ·M_ℓ; null when none up to max.</summary>
    /// <param name="beta">The ciphertext's β.</param>
    /// <param name="shares">The shares (distinct guardians).</param>
    /// <param name="max">The largest plausible plaintext (the number of ballots).</param>
    public static int? Combine(ECPoint beta, IReadOnlyList<DecryptionShare> shares, int max)
    {
        ArgumentNullException.ThrowIfNull(beta);
        ArgumentNullException.ThrowIfNull(shares);
        var present = shares.Select(s => s.Guardian).ToList();
        var m = shares.Aggregate(Group.Infinity, (acc, s) => acc.Add(Group.Mul(Group.Point(s.Share), Lagrange(s.Guardian, present)))).Normalize();
        var target = beta.Subtract(m).Normalize();
        var t = Group.Infinity;
        for (var i = 0; i <= max; i++)
        {
            if (t.Equals(target))
            {
                return i;
            }

            t = t.Add(Group.G).Normalize();
        }

        return null;
    }
}
