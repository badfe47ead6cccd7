using FairNotice.Domain;
using FairNotice.Domain.Audit;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Identity;

namespace FairNotice.Web.Features.Accounts;

/// <summary>
/// Uses a one-time set-password link: checks the new password, stores its hash, ends every session and deletes the link.
/// It signs nobody in: the owner then signs in as usual, second factor included. A refused password leaves the link usable.
/// </summary>
internal static class SetPassword
{
    public static async Task<IResult> Handle(HttpContext http, SetPasswordRequest request, UserManager<AppUser> users, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var result = await RunAsync(users, db, clock.GetUtcNow(), request, ct);
        return result.IsOk ? TypedResults.NoContent() : Problems.From(result.Error!);
    }

    public static async Task<Result<AppUser>> RunAsync(UserManager<AppUser> users, AppDbContext db, DateTimeOffset now, SetPasswordRequest r, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(r.NewPassword))
        {
            return AccountErrors.Password("newPassword", ["Enter a new password."]);
        }

        var redeemed = await SetPasswordLinks.RedeemAsync(db, r.Token, now, ct);
        if (redeemed is not var (user, issuer) || (AccountState.IsDisabled(user) && await AccountState.PendingCreatorAsync(db, user.Id, ct) is null))
        {
            return AccountErrors.LinkInvalid;
        }

        var problems = await PasswordRules.ProblemsAsync(users, user, r.NewPassword);
        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            return AccountErrors.Password("newPassword", problems);
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, r.NewPassword);
        user.AccessFailedCount = 0;
        AccountState.EndSessions(user);
        db.Audit(new AuditFacts(now, user.Id, user.Country, null, "account.password-set", "account", user.Id, $"one-time link issued by {issuer}", "ok"));
        var saved = await users.UpdateAsync(user);
        if (!saved.Succeeded)
        {
            // Someone used the same link at the same moment: only one may win.
            db.ChangeTracker.Clear();
            return AccountErrors.LinkInvalid;
        }

        return user;
    }
}
