using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Math.EC;
using BigInteger = Org.BouncyCastle.Math.BigInteger;
using ECPoint = Org.BouncyCastle.Math.EC.ECPoint;

namespace FairNotice.Domain.Elections;

/// <summary>The group of the ballot: NIST P-256 through BouncyCastle. Points travel as compressed SEC1 hex, scalars as
/// 64-digit hex. Hashes are SHA-256, reduced modulo the group order (ElectionGuard's H, over a different group).</summary>
public static class Group
{
    private static readonly X9ECParameters Curve = CustomNamedCurves.GetByName("P-256");

    /// <summary>The group order q.</summary>
    public static BigInteger Order { get; } = Curve.N;

    /// <summary>The generator G.</summary>
    public static ECPoint G { get; } = Curve.G.Normalize();

    /// <summary>The neutral element.</summary>
    public static ECPoint Infinity { get; } = Curve.Curve.Infinity;

    /// <summary>A uniformly random non-zero scalar.</summary>
    public static BigInteger RandomScalar()
    {
        Span<byte> bytes = stackalloc byte[40];
        while (true)
        {
            RandomNumberGenerator.Fill(bytes);
            var k = new BigInteger(1, bytes.ToArray()).Mod(Order);
            if (k.SignValue != 0)
            {
                return k;
            }
        }
    }

    /// <summary>k·G.</summary>
    /// <param name="k">A scalar.</param>
    public static ECPoint Base(BigInteger k) => G.Multiply(k.Mod(Order)).Normalize();

    /// <summary>k·P.</summary>
    /// <param name="p">A point.</param>
    /// <param name="k">A scalar.</param>
    public static ECPoint Mul(ECPoint p, BigInteger k)
    {
        ArgumentNullException.ThrowIfNull(p);
        return p.Multiply(k.Mod(Order)).Normalize();
    }

    /// <summary>a·G + b·P in one pass (Shamir's trick), for verification.</summary>
    /// <param name="a">Scalar for G.</param>
    /// <param name="p">The other point.</param>
    /// <param name="b">Scalar for P.</param>
    public static ECPoint SumOfProducts(BigInteger a, ECPoint p, BigInteger b) => ECAlgorithms.SumOfTwoMultiplies(G, a.Mod(Order), p, b.Mod(Order)).Normalize();

    /// <summary>Hex of a point (compressed).</summary>
    /// <param name="p">A point.</param>
    public static string Hex(ECPoint p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return p.IsInfinity ? "00" : Convert.ToHexStringLower(p.GetEncoded(true));
    }

    /// <summary>Hex of a scalar (64 digits).</summary>
    /// <param name="k">A scalar.</param>
    public static string Hex(BigInteger k)
    {
        ArgumentNullException.ThrowIfNull(k);
        return k.ToString(16).PadLeft(64, '0');
    }

    /// <summary>Reads a point; throws FormatException when it is not on the curve.</summary>
    /// <param name="hex">Compressed SEC1 hex.</param>
    public static ECPoint Point(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        try
        {
            return hex == "00" ? Infinity : Curve.Curve.DecodePoint(Convert.FromHexString(hex)).Normalize();
        }
        // BouncyCastle indexes into the bytes before checking their length: "" threw IndexOutOfRangeException (fuzzing).
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException)
        {
            throw new FormatException($"Not a point of P-256: {hex}", e);
        }
    }

    /// <summary>Reads a scalar; throws FormatException when it is not below the group order.</summary>
    /// <param name="hex">Hex digits.</param>
    public static BigInteger Scalar(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var k = new BigInteger(hex, 16);
        return k.SignValue < 0 || k.CompareTo(Order) >= 0 ? throw new FormatException("Scalar out of range.") : k;
    }

    /// <summary>H(parts…) mod q, each part length-prefixed so no two inputs collide by concatenation.</summary>
    /// <param name="parts">Strings, points, scalars or integers.</param>
    public static BigInteger Hash(params object[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            var text = part switch
            {
                ECPoint p => Hex(p),
                BigInteger k => Hex(k),
                int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                string s => s,
                _ => throw new ArgumentException($"Cannot hash {part?.GetType().Name}", nameof(parts)),
            };
            var bytes = Encoding.UTF8.GetBytes(text);
            sha.AppendData(BitConverter.GetBytes(bytes.Length));
            sha.AppendData(bytes);
        }

        return new BigInteger(1, sha.GetHashAndReset()).Mod(Order);
    }

    /// <summary>SHA-256 hex of a text (for chaining records, not for challenges).</summary>
    /// <param name="text">The text.</param>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
