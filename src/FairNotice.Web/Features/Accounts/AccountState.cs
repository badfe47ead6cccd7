using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Accounts;

/// <summary>How an account is disabled, marked pending and shown; kept in Identity's own columns and token rows, so no schema change.</summary>
/// <remarks>
/// Disabled is a lockout that ends in the year 9999: Identity refuses the password and <see cref="Sessions"/> treats every
/// cookie and token of the account as no session. A privileged account created by one administrator is disabled and carries
/// a <c>PendingActivation</c> token row naming its creator until a different administrator activates it.
/// </remarks>
internal static class AccountState
{
    public const string TokenProvider = "FairNotice";
    public const string PendingActivation = "PendingActivation";

    /// <summary>Far enough to mean "until enabled", near enough for SQLite's tick encoding of DateTimeOffset.</summary>
    public static readonly DateTimeOffset DisabledUntil = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool IsDisabled(AppUser user) => user.LockoutEnd is { } end && end >= DisabledUntil;

    public static void Disable(AppUser user)
    {
        user.LockoutEnabled = true;
        user.LockoutEnd = DisabledUntil;
        EndSessions(user);
    }

    public static void Enable(AppUser user)
    {
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
    }

    /// <summary>A new security stamp: every cookie and bearer token issued before stops working on its next request.</summary>
    public static void EndSessions(AppUser user) => user.SecurityStamp = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));

    /// <summary>The creator of a privileged account still waiting for a second administrator; null when none is awaited.</summary>
    public static Task<string?> PendingCreatorAsync(AppDbContext db, string userId, CancellationToken ct) =>
        db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == TokenProvider && t.Name == PendingActivation).Select(t => t.Value).FirstOrDefaultAsync(ct);

    public static void MarkPending(AppDbContext db, string userId, string creatorId) =>
        db.UserTokens.Add(new IdentityUserToken<string> { UserId = userId, LoginProvider = TokenProvider, Name = PendingActivation, Value = creatorId });

    public static async Task ClearPendingAsync(AppDbContext db, string userId, CancellationToken ct) =>
        db.UserTokens.RemoveRange(await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == TokenProvider && t.Name == PendingActivation).ToListAsync(ct));

    /// <summary>The accounts with their roles and pending marks, for the list and the detail page (two queries, no N+1).</summary>
    public static async Task<IReadOnlyList<AccountResponse>> ToResponsesAsync(AppDbContext db, IReadOnlyList<AppUser> users, CancellationToken ct)
    {
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var pending = await db.UserTokens.Where(t => ids.Contains(t.UserId) && t.LoginProvider == TokenProvider && t.Name == PendingActivation)
            .Select(t => t.UserId).ToListAsync(ct);
        return [.. users.Select(u => new AccountResponse(u.Id, u.Email ?? "", u.DisplayName, u.Affiliation.ToString(), u.Country,
            [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal)],
            pending.Contains(u.Id) ? "PendingActivation" : IsDisabled(u) ? "Disabled" : "Active",
            u.PasswordHash is not null, u.TwoFactorEnabled))];
    }

    public static async Task<AccountResponse> ToResponseAsync(AppDbContext db, AppUser user, CancellationToken ct) =>
        (await ToResponsesAsync(db, [user], ct))[0];
}
