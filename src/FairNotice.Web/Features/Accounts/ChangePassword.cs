using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.AspNetCore.Identity;

namespace FairNotice.Web.Features.Accounts;

/// <summary>
/// A signed-in account changes its own password, giving the current one. The new security stamp ends every other session
/// and token; the caller's own is re-issued (a fresh bearer token in the answer, or a fresh cookie). Wrong current passwords
/// count against the same per-account-and-client budget as failed sign-ins, so this is no side door for guessing.
/// </summary>
internal static class ChangePassword
{
    public static async Task<IResult> Handle(HttpContext http, ChangePasswordRequest request, SignInManager<AppUser> signIn, RequestBudgets budgets, CancellationToken ct)
    {
        var c = http.Call();
        var result = await RunAsync(c, budgets, RequestBudgets.ClientOf(http), request, ct);
        if (!result.IsOk)
        {
            return result.Error is ThrottledError t ? BudgetExtensions.TooMany(http, t.RetryAfter, t.Message) : Problems.From(result.Error!);
        }

        if (http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            // A new token in the answer, {tokenType, accessToken, expiresIn}. The caller already passed its second factor: the new
            // token says so, as the old one did (ADR 0017).
            var factors = http.User.Claims.Where(c => c.Type is Claims.AuthenticationMethods or System.Security.Claims.ClaimTypes.AuthenticationMethod)
                .Select(c => new System.Security.Claims.Claim(c.Type, c.Value)).ToList();
            return TypedResults.Ok(await AccessTokens.IssueAsync(http, signIn, result.Value, factors));
        }

        await signIn.RefreshSignInAsync(result.Value);
        return TypedResults.NoContent();
    }

    /// <summary>Too many wrong current passwords from this client on this account.</summary>
    internal sealed record ThrottledError(TimeSpan RetryAfter)
        : Error("auth.throttled", "Too many wrong passwords on this account from your connection; try again later.");

    public static async Task<Result<AppUser>> RunAsync(AdminCall c, RequestBudgets budgets, string client, ChangePasswordRequest r, CancellationToken ct)
    {
        var fields = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(r.CurrentPassword))
        {
            fields["currentPassword"] = ["Enter your current password."];
        }

        if (string.IsNullOrEmpty(r.NewPassword))
        {
            fields["newPassword"] = ["Enter a new password."];
        }

        if (fields.Count > 0)
        {
            return new InvalidError("accounts.password-invalid", "The current and the new password are required.", fields);
        }

        var user = await c.Users.FindByIdAsync(c.Actor.UserId) ?? throw new InvalidOperationException("A signed-in account has no row.");
        var account = (user.Email ?? "").ToUpperInvariant();
        if (await budgets.SignInBlockedAsync(c.Db, account, client, ct) is { } wait)
        {
            return new ThrottledError(wait);
        }

        if (!await c.Users.CheckPasswordAsync(user, r.CurrentPassword!))
        {
            await budgets.SignInFailedAsync(c.Db, account, client, ct);
            c.Db.Audit(c.Actor.Facts(c.Now, "account.password-change", "account", user.Id, "wrong current password", "refused"));
            await c.Db.SaveChangesAsync(ct);
            return new InvalidError("accounts.password-invalid", "The current password is wrong.",
                new Dictionary<string, string[]> { ["currentPassword"] = ["The current password is wrong."] });
        }

        var problems = await PasswordRules.ProblemsAsync(c.Users, user, r.NewPassword!);
        if (string.Equals(r.NewPassword, r.CurrentPassword, StringComparison.Ordinal))
        {
            problems = [.. problems, "Choose a password different from the current one."];
        }

        if (problems.Count > 0)
        {
            return AccountErrors.Password("newPassword", problems);
        }

        user.PasswordHash = c.Users.PasswordHasher.HashPassword(user, r.NewPassword!);
        AccountState.EndSessions(user);
        c.Db.Audit(c.Actor.Facts(c.Now, "account.password-change", "account", user.Id, "other sessions ended"));
        await Saving.UpdateAsync(c, user);
        return user;
    }
}
