using System.Security.Cryptography;

namespace FairNotice.Domain.Access;

/// <summary>
/// Time-based one-time passwords (RFC 6238 over RFC 4226, HMAC-SHA1, 6 digits, 30-second steps) as authenticator apps
/// compute them from a Base32 key (RFC 4648). Pure: the caller passes the time step.
/// </summary>
/// <remarks>Which steps are accepted, and that a step is accepted only once, is decided by the caller: this type only
/// computes and compares codes.</remarks>
public static class Totp
{
    /// <summary>The length of one step in seconds; a code lives one step.</summary>
    public const int StepSeconds = 30;

    /// <summary>The digits in a code.</summary>
    public const int Digits = 6;

    /// <summary>The step a moment falls in (seconds since the Unix epoch divided by <see cref="StepSeconds"/>).</summary>
    /// <param name="now">The moment.</param>
    /// <returns>The step number.</returns>
    public static long StepOf(DateTimeOffset now) => now.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The code for one step, as six digits with leading zeros.</summary>
    /// <param name="key">The shared secret's bytes.</param>
    /// <param name="step">The time step.</param>
    /// <returns>The code.</returns>
    public static string Code(ReadOnlySpan<byte> key, long step) => Code(key, step, Digits);

    /// <summary>The code for one step with a chosen number of digits (RFC 6238's test vectors use 8).</summary>
    /// <param name="key">The shared secret's bytes.</param>
    /// <param name="step">The time step.</param>
    /// <param name="digits">Digits in the code, 6 to 8.</param>
    /// <returns>The code.</returns>
    public static string Code(ReadOnlySpan<byte> key, long step, int digits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 8);
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 6238 with SHA-1 is what authenticator apps compute; HMAC-SHA1 is not broken as a MAC.
        HMACSHA1.HashData(key, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        var modulo = digits switch { 6 => 1_000_000, 7 => 10_000_000, _ => 100_000_000 };
        return (binary % modulo).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>Whether <paramref name="typed"/> is the code for <paramref name="step"/>, compared in constant time.</summary>
    /// <param name="key">The shared secret's bytes.</param>
    /// <param name="step">The time step.</param>
    /// <param name="typed">What the user typed, spaces already removed.</param>
    /// <returns>True when it matches.</returns>
    public static bool Matches(ReadOnlySpan<byte> key, long step, string typed) =>
        typed.Length == Digits && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(Code(key, step)), System.Text.Encoding.ASCII.GetBytes(typed));

    /// <summary>Decodes a Base32 key (RFC 4648 alphabet; case, spaces and padding ignored).</summary>
    /// <param name="base32">The key as shown to the user.</param>
    /// <returns>The key's bytes, or null when it is not Base32.</returns>
    public static byte[]? DecodeKey(string base32)
    {
        var bytes = new List<byte>(base32.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var ch in base32)
        {
            if (ch is ' ' or '=' or '-')
            {
                continue;
            }

            var c = char.ToUpperInvariant(ch);
            var value = c is >= 'A' and <= 'Z' ? c - 'A' : c is >= '2' and <= '7' ? c - '2' + 26 : -1;
            if (value < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return bytes.Count == 0 ? null : [.. bytes];
    }
}
