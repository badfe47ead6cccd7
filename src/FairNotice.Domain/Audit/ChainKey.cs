using System.Security.Cryptography;
using System.Text;

namespace FairNotice.Domain.Audit;

/// <summary>The secret the server keys the audit chain with (HMAC-SHA256).</summary>
/// <remarks>
/// At least 32 bytes. The key never appears in logs or in <see cref="ToString"/>; the trail names it only by
/// <see cref="Id"/>, a MAC of a fixed label, which tells keys apart without revealing them.
/// </remarks>
public sealed class ChainKey
{
    /// <summary>The smallest key accepted, in bytes.</summary>
    public const int MinimumLength = 32;

    private readonly byte[] _secret;

    /// <summary>Wraps a secret.</summary>
    /// <param name="secret">At least <see cref="MinimumLength"/> random bytes.</param>
    public ChainKey(ReadOnlySpan<byte> secret)
    {
        if (secret.Length < MinimumLength)
        {
            throw new ArgumentException($"An audit chain key needs at least {MinimumLength} bytes.", nameof(secret));
        }

        _secret = secret.ToArray();
        Id = Convert.ToHexStringLower(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes("fairnotice audit chain key id")))[..16];
    }

    /// <summary>The key this one replaces, when a server was configured to rotate to this key: the chain's next write first
    /// records a rotation entry under the retired key (<see cref="AuditChain.KeyRotation"/>).</summary>
    public ChainKey? Retires { get; private init; }

    /// <summary>This key, set to replace <paramref name="retired"/>.</summary>
    /// <param name="retired">The key in force until now.</param>
    public ChainKey Replacing(ChainKey retired)
    {
        ArgumentNullException.ThrowIfNull(retired);
        return retired.Id == Id ? this : new ChainKey(_secret) { Retires = retired };
    }

    /// <summary>A public name for the key (16 hex digits), recorded in the keyed-chain start entry.</summary>
    public string Id { get; }

    /// <summary>Reads a key written by <see cref="ToText"/> (base64, surrounding white space ignored).</summary>
    /// <param name="text">The key file's content.</param>
    /// <returns>The key, or null when the text is not base64 of at least 32 bytes.</returns>
    public static ChainKey? FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text.Trim(), buffer, out var n) && n >= MinimumLength ? new ChainKey(buffer.AsSpan(0, n)) : null;
    }

    /// <summary>The key as a key file holds it: base64 and a newline.</summary>
    public string ToText() => Convert.ToBase64String(_secret) + "\n";

    /// <summary>HMAC-SHA256 of the data, in lower-case hex.</summary>
    /// <param name="data">What to authenticate.</param>
    public string Mac(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(HMACSHA256.HashData(_secret, data));

    /// <summary>Whether a hex MAC is the MAC of the data, compared in constant time.</summary>
    /// <param name="data">What was authenticated.</param>
    /// <param name="mac">The MAC found (hex).</param>
    public bool Matches(ReadOnlySpan<byte> data, string mac)
    {
        ArgumentNullException.ThrowIfNull(mac);
        var expected = HMACSHA256.HashData(_secret, data);
        var found = new byte[expected.Length];
        return mac.Length == expected.Length * 2 && Convert.FromHexString(mac, found, out _, out var written) == System.Buffers.OperationStatus.Done
            && written == found.Length && CryptographicOperations.FixedTimeEquals(expected, found);
    }

    /// <summary>Never the secret.</summary>
    public override string ToString() => $"ChainKey({Id})";
}
