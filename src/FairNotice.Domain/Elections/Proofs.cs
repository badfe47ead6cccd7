using BigInteger = Org.BouncyCastle.Math.BigInteger;
using ECPoint = Org.BouncyCastle.Math.EC.ECPoint;

namespace FairNotice.Domain.Elections;

/// <summary>An exponential ElGamal ciphertext (α, β) = (r·G, m·G + r·K), as hex.</summary>
/// <param name="Alpha">r·G.</param>
/// <param name="Beta">m·G + r·K.</param>
public sealed record Ciphertext(string Alpha, string Beta)
{
    /// <summary>Encrypts a small integer under the joint key.</summary>
    /// <param name="m">The plaintext (0 or 1 for a selection).</param>
    /// <param name="key">The joint election key K.</param>
    /// <param name="r">The nonce.</param>
    public static Ciphertext Encrypt(int m, ECPoint key, BigInteger r) =>
        new(Group.Hex(Group.Base(r)), Group.Hex(Group.Base(BigInteger.ValueOf(m)).Add(Group.Mul(key, r)).Normalize()));

    /// <summary>The encryption of zero with no randomness: the neutral element of the homomorphic sum.</summary>
    public static Ciphertext Zero { get; } = new("00", "00");

    /// <summary>Homomorphic addition: encrypts the sum of the plaintexts.</summary>
    /// <param name="other">The other ciphertext.</param>
    public Ciphertext Add(Ciphertext other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Group.Hex(Group.Point(Alpha).Add(Group.Point(other.Alpha)).Normalize()), Group.Hex(Group.Point(Beta).Add(Group.Point(other.Beta)).Normalize()));
    }
}

/// <summary>A non-interactive Chaum–Pedersen disjunctive proof (Cramer–Damgård–Schoenmakers) that a ciphertext
/// encrypts one of 0…L, without saying which: one challenge and one response per value; the commitments are recomputed
/// by the verifier. The Fiat–Shamir challenge binds the election's base hash and the ballot's context.</summary>
/// <param name="Challenges">c₀…c_L (hex), summing to the hash challenge.</param>
/// <param name="Responses">u₀…u_L (hex).</param>
public sealed record RangeProof(IReadOnlyList<string> Challenges, IReadOnlyList<string> Responses)
{
    /// <summary>Proves that <paramref name="c"/> encrypts <paramref name="m"/> ∈ [0, limit] with nonce <paramref name="r"/>.</summary>
    /// <param name="c">The ciphertext.</param>
    /// <param name="m">The plaintext.</param>
    /// <param name="r">Its nonce.</param>
    /// <param name="limit">L.</param>
    /// <param name="key">The joint key.</param>
    /// <param name="context">What the proof is bound to (base hash, contest, voter, selection).</param>
    public static RangeProof Prove(Ciphertext c, int m, BigInteger r, int limit, ECPoint key, string context)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(key);
        if (m < 0 || m > limit)
        {
            throw new ArgumentOutOfRangeException(nameof(m), "The plaintext is outside the range being proven.");
        }

        var alpha = Group.Point(c.Alpha);
        var beta = Group.Point(c.Beta);
        var challenges = new BigInteger[limit + 1];
        var responses = new BigInteger[limit + 1];
        var commitments = new List<object> { context, key, alpha, beta };
        var v = Group.RandomScalar();
        for (var j = 0; j <= limit; j++)
        {
            if (j == m)
            {
                commitments.Add(Group.Base(v));
                commitments.Add(Group.Mul(key, v));
                continue;
            }

            challenges[j] = Group.RandomScalar();
            responses[j] = Group.RandomScalar();
            var (a, b) = Commitments(alpha, beta, key, j, challenges[j], responses[j]);
            commitments.Add(a);
            commitments.Add(b);
        }

        var total = Group.Hash([.. commitments]);
        var others = BigInteger.Zero;
        for (var j = 0; j <= limit; j++)
        {
            if (j != m)
            {
                others = others.Add(challenges[j]);
            }
        }

        challenges[m] = total.Subtract(others).Mod(Group.Order);
        responses[m] = v.Add(challenges[m].Multiply(r)).Mod(Group.Order);
        return new RangeProof([.. challenges.Select(Group.Hex)], [.. responses.Select(Group.Hex)]);
    }

    /// <summary>True when the proof shows <paramref name="c"/> encrypts a value in [0, limit] in this context.</summary>
    /// <param name="c">The ciphertext.</param>
    /// <param name="limit">L.</param>
    /// <param name="key">The joint key.</param>
    /// <param name="context">The context it must be bound to.</param>
    public bool Verify(Ciphertext c, int limit, ECPoint key, string context)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (Challenges.Count != limit + 1 || Responses.Count != limit + 1)
        {
            return false;
        }

        try
        {
            var alpha = Group.Point(c.Alpha);
            var beta = Group.Point(c.Beta);
            var commitments = new List<object> { context, key, alpha, beta };
            var sum = BigInteger.Zero;
            for (var j = 0; j <= limit; j++)
            {
                var cj = Group.Scalar(Challenges[j]);
                var (a, b) = Commitments(alpha, beta, key, j, cj, Group.Scalar(Responses[j]));
                commitments.Add(a);
                commitments.Add(b);
                sum = sum.Add(cj);
            }

            return sum.Mod(Group.Order).Equals(Group.Hash([.. commitments]));
        }
        catch (FormatException)
        {
            return false;
        }
    }

    // a = u·G − c·α ; b = u·K − c·(β − j·G)
    private static (ECPoint A, ECPoint B) Commitments(ECPoint alpha, ECPoint beta, ECPoint key, int j, BigInteger c, BigInteger u)
    {
        var minusC = c.Negate().Mod(Group.Order);
        var a = Group.SumOfProducts(u, alpha, minusC);
        var shifted = j == 0 ? beta : beta.Subtract(Group.Base(BigInteger.ValueOf(j))).Normalize();
        var b = Group.Mul(key, u).Add(Group.Mul(shifted, minusC)).Normalize();
        return (a, b);
    }
}

/// <summary>A Schnorr proof of knowledge of the discrete log of a public commitment (a guardian's coefficient).</summary>
/// <param name="Challenge">c (hex).</param>
/// <param name="Response">u (hex).</param>
public sealed record SchnorrProof(string Challenge, string Response)
{
    /// <summary>Proves knowledge of <paramref name="secret"/> with <paramref name="commitment"/> = secret·G.</summary>
    /// <param name="secret">The secret.</param>
    /// <param name="commitment">secret·G.</param>
    /// <param name="context">What the proof is bound to.</param>
    public static SchnorrProof Prove(BigInteger secret, ECPoint commitment, string context)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var v = Group.RandomScalar();
        var h = Group.Base(v);
        var c = Group.Hash(context, commitment, h);
        return new SchnorrProof(Group.Hex(c), Group.Hex(v.Add(c.Multiply(secret)).Mod(Group.Order)));
    }

    /// <summary>True when the proof is valid for the commitment in this context.</summary>
    /// <param name="commitment">The public commitment.</param>
    /// <param name="context">The context.</param>
    public bool Verify(ECPoint commitment, string context)
    {
        try
        {
            var c = Group.Scalar(Challenge);
            var h = Group.SumOfProducts(Group.Scalar(Response), commitment, c.Negate().Mod(Group.Order));
            return c.Equals(Group.Hash(context, commitment, h));
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

/// <summary>A Chaum–Pedersen proof that log_G(Z) = log_A(M): a guardian's decryption share M = z·A is correct for its
/// public share Z = z·G.</summary>
/// <param name="Challenge">c (hex).</param>
/// <param name="Response">u (hex).</param>
public sealed record EqualityProof(string Challenge, string Response)
{
    /// <summary>Proves M = z·A for Z = z·G.</summary>
    /// <param name="z">The guardian's secret share.</param>
    /// <param name="a">The ciphertext's α (summed).</param>
    /// <param name="m">z·A.</param>
    /// <param name="publicShare">z·G.</param>
    /// <param name="context">What the proof is bound to.</param>
    public static EqualityProof Prove(BigInteger z, ECPoint a, ECPoint m, ECPoint publicShare, string context)
    {
        ArgumentNullException.ThrowIfNull(z);
        var v = Group.RandomScalar();
        var c = Group.Hash(context, publicShare, a, m, Group.Base(v), Group.Mul(a, v));
        return new EqualityProof(Group.Hex(c), Group.Hex(v.Add(c.Multiply(z)).Mod(Group.Order)));
    }

    /// <summary>True when M is z·A for the z behind Z.</summary>
    /// <param name="a">α.</param>
    /// <param name="m">The share.</param>
    /// <param name="publicShare">Z.</param>
    /// <param name="context">The context.</param>
    public bool Verify(ECPoint a, ECPoint m, ECPoint publicShare, string context)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(m);
        try
        {
            var c = Group.Scalar(Challenge);
            var u = Group.Scalar(Response);
            var minusC = c.Negate().Mod(Group.Order);
            var h1 = Group.SumOfProducts(u, publicShare, minusC);
            var h2 = Group.Mul(a, u).Add(Group.Mul(m, minusC)).Normalize();
            return c.Equals(Group.Hash(context, publicShare, a, m, h1, h2));
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
