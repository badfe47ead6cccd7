using System.Security.Claims;
using FairNotice.Domain.Audit;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.AspNetCore.Identity;

namespace FairNotice.Web.Features.Account;

/// <summary>The second factors a sign-in can finish with.</summary>
internal enum SecondFactor
{
    Authenticator,
    RecoveryCode,
    Passkey,
}

/// <summary>What a second-step attempt came to.</summary>
internal sealed record SecondStepOutcome(bool Succeeded, bool LockedOut, TimeSpan? RetryAfter)
{
    public static readonly SecondStepOutcome Ok = new(true, false, null);
    public static readonly SecondStepOutcome Failed = new(false, false, null);
}

/// <summary>
/// The second step of every sign-in, for the page (cookie) and the API (bearer). Wrong codes are budgeted exactly like wrong
/// passwords (the same per-account-and-client failure window, then Identity's short lockout), and every attempt is audited
/// with the factor used; codes and keys never are.
/// </summary>
internal static class SecondFactorSignIn
{
    public static async Task<SecondStepOutcome> CodeAsync(HttpContext http, UserManager<AppUser> users, RequestBudgets budgets, AppUser user, SecondFactor factor, string code)
    {
        // As for passwords: check, verify and count one attempt at a time per account and client (BudgetGates).
        using var gate = await http.RequestServices.GetRequiredService<BudgetGates>().EnterAsync(
            PasswordSignIn.GateKey(AccountKey(user), RequestBudgets.ClientOf(http)), http.RequestAborted);
        if (await budgets.SignInBlockedAsync(http, AccountKey(user), RequestBudgets.ClientOf(http)) is { } wait)
        {
            return new SecondStepOutcome(false, false, wait);
        }

        if (await users.IsLockedOutAsync(user))
        {
            await AuditAsync(http, user, "auth.second-factor." + Name(factor), "locked-out");
            return new SecondStepOutcome(false, true, null);
        }

        var ok = factor switch
        {
            SecondFactor.Authenticator => await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code),
            SecondFactor.RecoveryCode => await RecoveryCodes.RedeemAsync(users, user, code),
            _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, "Passkeys are checked by their ceremony."),
        };
        return await RecordAsync(http, users, budgets, user, factor, ok);
    }

    /// <summary>Counts, resets and audits the outcome of a second-step attempt (codes here, passkeys by their page).</summary>
    public static async Task<SecondStepOutcome> RecordAsync(HttpContext http, UserManager<AppUser> users, RequestBudgets budgets, AppUser user, SecondFactor factor, bool ok)
    {
        if (ok)
        {
            await users.ResetAccessFailedCountAsync(user);
        }
        else
        {
            await budgets.SignInFailedAsync(http, AccountKey(user), RequestBudgets.ClientOf(http));
            await users.AccessFailedAsync(user);
        }

        PasswordSignIn.ForgetLostUpdates(http.RequestServices.GetRequiredService<AppDbContext>());

        await AuditAsync(http, user, "auth.second-factor." + Name(factor), ok ? "ok" : "failed");
        return ok ? SecondStepOutcome.Ok : SecondStepOutcome.Failed;
    }

    /// <summary>Issues the session (cookie or bearer token, by <see cref="SignInManager{TUser}.AuthenticationScheme"/>):
    /// only here, and only with the multi-factor claim the session check requires.</summary>
    public static async Task CompleteAsync(HttpContext http, SignInManager<AppUser> signIn, AppUser user, SecondFactor factor)
    {
        if (signIn.AuthenticationScheme == IdentityConstants.ApplicationScheme)
        {
            await PendingSignIn.EndAsync(http);
        }

        await signIn.SignInWithClaimsAsync(user, isPersistent: false, SessionClaims(factor));
    }

    /// <summary>The claims every session carries besides the account's: the multi-factor mark and the factor used.</summary>
    public static Claim[] SessionClaims(SecondFactor factor) =>
        [new Claim(Claims.AuthenticationMethods, Claims.MultiFactor), new Claim(ClaimTypes.AuthenticationMethod, Name(factor))];

    public static async Task AuditAsync(HttpContext http, AppUser user, string action, string outcome)
    {
        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        var channel = http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ? "api" : "web";
        db.Audit(new AuditFacts(http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(), user.Id, user.Country, null, action, "account", user.Id, channel, outcome));
        await db.SaveChangesAsync(http.RequestAborted);
    }

    public static string Name(SecondFactor factor) => factor switch
    {
        SecondFactor.Authenticator => "authenticator",
        SecondFactor.RecoveryCode => "recovery-code",
        _ => "passkey",
    };

    // The same key as password failures (PasswordSignIn): a client's wrong passwords and wrong codes share one window.
    private static string AccountKey(AppUser user) => (user.Email ?? user.Id).Trim().ToUpperInvariant();
}
