using System.Security.Cryptography;
using System.Text;

namespace FairNotice.Web.Features.Redress;

/// <summary>
/// The applicant's private follow-up code: 28 symbols from a 32-symbol alphabet without look-alikes (140 bits), grouped by
/// four for typing and reading aloud; case, spaces and hyphens do not matter. Stored as a salted PBKDF2-SHA256 digest
/// (<c>p1$salt$digest</c>), so a copy of the database does not let anyone test codes quickly or see that two requests share one.
/// </summary>
/// <remarks>Codes issued before (16 symbols, 80 bits, stored as an unsalted SHA-256 in hex) still work: a match re-stores the
/// same code in the new form, so they leave the old form at their first use.</remarks>
internal static class FollowUpCodes
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int Symbols = 28;
    private const string Scheme = "p1$";

    // 128 bits of randomness need no stretching against guessing; the iterations only slow the old 80-bit codes' digests
    // once migrated, at a cost per follow-up the request budget already bounds.
    private const int Iterations = 100_000;

    public static string New()
    {
        var chars = RandomNumberGenerator.GetItems<char>(Alphabet, Symbols);
        return string.Join('-', Enumerable.Range(0, Symbols / 4).Select(i => new string(chars, i * 4, 4)));
    }

    public static string Hash(string code)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return Scheme + Convert.ToBase64String(salt) + "$" + Convert.ToBase64String(Derive(Normalise(code), salt));
    }

    /// <summary>Whether the code matches what is stored; <paramref name="legacy"/> when it matched the old unsalted form.</summary>
    public static bool Matches(string stored, string code, out bool legacy)
    {
        legacy = false;
        if (stored.StartsWith(Scheme, StringComparison.Ordinal))
        {
            var parts = stored[Scheme.Length..].Split('$');
            if (parts.Length != 2)
            {
                return false;
            }

            try
            {
                return CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(parts[1]), Derive(Normalise(code), Convert.FromBase64String(parts[0])));
            }
            catch (FormatException)
            {
                return false;
            }
        }

        legacy = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(LegacyHash(code)));
        return legacy;
    }

    /// <summary>The digest codes were stored under before: SHA-256 of the code as typed, upper-cased, without spaces.</summary>
    internal static string LegacyHash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal))));

    private static string Normalise(string code) =>
        new([.. code.ToUpperInvariant().Where(c => c is not (' ' or '-' or '\t'))]);

    private static byte[] Derive(string normalised, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(normalised), salt, Iterations, HashAlgorithmName.SHA256, 24);
}
