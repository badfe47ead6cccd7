using System.Security.Cryptography;
using System.Text;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Accounts;

/// <summary>
/// One-time set-password links: <c>/Account/SetPassword?token=&lt;account id&gt;.&lt;secret&gt;</c>. Only a SHA-256 of the 256-bit
/// secret is stored (a token row of the account, beside its expiry and the issuing administrator), so a database reader
/// cannot use a link; a new link replaces the previous one, using it deletes it, and disabling the account deletes it.
/// </summary>
internal static class SetPasswordLinks
{
    private const string Name = "SetPassword";

    public const string Path = "/Account/SetPassword";

    /// <summary>Queues the link's row (saved with the caller's change) and returns the token to show once.</summary>
    public static async Task<string> IssueAsync(AppDbContext db, string userId, string issuerId, DateTimeOffset expiresAt, CancellationToken ct)
    {
        await RevokeAsync(db, userId, ct);
        var secret = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        db.UserTokens.Add(new IdentityUserToken<string>
        {
            UserId = userId, LoginProvider = AccountState.TokenProvider, Name = Name,
            Value = $"{expiresAt.ToUnixTimeSeconds()}|{issuerId}|{Hash(secret)}",
        });
        return $"{userId}.{secret}";
    }

    public static async Task RevokeAsync(AppDbContext db, string userId, CancellationToken ct) =>
        db.UserTokens.RemoveRange(await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == AccountState.TokenProvider && t.Name == Name).ToListAsync(ct));

    /// <summary>The account and issuer of a valid, unexpired link; null otherwise. The row is removed (saved by the caller).</summary>
    public static async Task<(AppUser User, string Issuer)?> RedeemAsync(AppDbContext db, string? token, DateTimeOffset now, CancellationToken ct)
    {
        var parts = (token ?? "").Trim().Split('.', 2);
        if (parts.Length != 2 || parts[0].Length is 0 or > 64 || parts[1].Length is < 40 or > 64)
        {
            return null;
        }

        var userId = parts[0];
        var row = await db.UserTokens.FirstOrDefaultAsync(t => t.UserId == userId && t.LoginProvider == AccountState.TokenProvider && t.Name == Name, ct);
        var stored = row?.Value?.Split('|', 3);
        if (row is null || stored is not { Length: 3 } || !long.TryParse(stored[0], out var expires)
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored[2]), Encoding.ASCII.GetBytes(Hash(parts[1]))))
        {
            return null;
        }

        if (DateTimeOffset.FromUnixTimeSeconds(expires) <= now)
        {
            db.UserTokens.Remove(row);
            await db.SaveChangesAsync(ct);
            return null;
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return null;
        }

        db.UserTokens.Remove(row);
        return (user, stored[1]);
    }

    public static string Link(PublicAddress site, string token) => site.Absolute($"{Path}?token={Uri.EscapeDataString(token)}");

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
