using FairNotice.Domain.Access;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.AspNetCore.Identity;

namespace FairNotice.Web.Features.Account;

/// <summary>What a sign-in attempt came to.</summary>
internal sealed record SignInOutcome(SignInResult Result, TimeSpan? RetryAfter, AppUser? User = null, bool Spraying = false)
{
    public bool Throttled => RetryAfter is not null;

    /// <summary>The API's explanation of a throttled attempt.</summary>
    public string Detail => Spraying
        ? "Sign-ins from your connection have failed on many different accounts; no sign-in from it is tried until the wait is over."
        : "Too many failed sign-ins on this account from your connection; try again later.";
}

/// <summary>
/// The first step of a sign-in, for the API (bearer) and the page (cookie): it checks the password and issues nothing; the
/// session comes only from <see cref="SecondFactorSignIn"/>. A client that failed too often on an account is
/// throttled on that account only (429), before the password is even checked, so an attacker throttles themselves and not
/// the account's owner; the account's own lockout (Identity's) is short and only slows a distributed attack. A client that
/// fails on many different accounts (<c>Budgets:SignInSpray</c>) is refused on every account until its window ends. An unknown
/// email costs a password hash too, so the answer's timing does not reveal which emails exist.
/// </summary>
internal static class PasswordSignIn
{
    // A hash of a random password by the configured hasher (same iterations), made once: verifying against it costs what
    // verifying a real account's password costs.
    private static string? _dummyHash;

    public static async Task<SignInOutcome> PasswordAsync(HttpContext http, SignInManager<AppUser> signIn, RequestBudgets budgets, string email, string password)
    {
        var account = email.Trim().ToUpperInvariant();
        var client = RequestBudgets.ClientOf(http);
        // A client that has failed on many different accounts is guessing across them: it is stopped whatever the account.
        // Below that, other accounts' failures from the same address (an office behind one NAT) never refuse this one.
        if (await budgets.SprayingFromAsync(http, client) is { } spraying)
        {
            return new SignInOutcome(SignInResult.Failed, spraying, Spraying: true);
        }

        // Check, verify and charge as one step per account and client: a burst sent at once was all checked before any failure
        // was counted (30 parallel wrong passwords against a budget of 5, attack of 2026-11-28).
        using var gate = await http.RequestServices.GetRequiredService<BudgetGates>().EnterAsync(GateKey(account, client), http.RequestAborted);
        if (await budgets.SignInBlockedAsync(http, account, client) is { } wait)
        {
            return new SignInOutcome(SignInResult.Failed, wait);
        }

        // No account has an email that is not one (and the identity store's normalisation throws on malformed Unicode).
        var user = AccountRules.IsUsableEmail(email) ? await signIn.UserManager.FindByEmailAsync(email) : null;
        SignInResult result;
        if (user is null)
        {
            var hasher = signIn.UserManager.PasswordHasher;
            _dummyHash ??= hasher.HashPassword(new AppUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
            hasher.VerifyHashedPassword(new AppUser(), _dummyHash, password);
            result = SignInResult.Failed;
        }
        else
        {
            result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
            ForgetLostUpdates(http.RequestServices.GetRequiredService<AppDbContext>());
        }

        if (!result.Succeeded)
        {
            await budgets.SignInFailedAsync(http, account, client);
        }

        await AccountFeature.AuditLoginAsync(http.RequestServices.GetRequiredService<AppDbContext>(), http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(),
            user, result, http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ? "api" : "web", http.RequestAborted);
        return new SignInOutcome(result, null, result.Succeeded ? user : null);
    }

    /// <summary>The gate of one account's sign-in attempts from one client (<see cref="BudgetGates"/>).</summary>
    public static string GateKey(string account, string client) => "sign-in|" + account + "|" + client;

    /// <summary>Identity's store saves an account at once; an account entry still modified afterwards is an update it lost to a
    /// concurrent sign-in on the same account (its failure count: a ConcurrencyFailure result, not an exception). Saved again
    /// with the audit entry it threw, and parallel wrong passwords on PostgreSQL answered 500 (attack of 2026-11-28).</summary>
    public static void ForgetLostUpdates(AppDbContext db)
    {
        foreach (var lost in db.ChangeTracker.Entries<AppUser>().Where(e => e.State == Microsoft.EntityFrameworkCore.EntityState.Modified).ToList())
        {
            lost.State = Microsoft.EntityFrameworkCore.EntityState.Detached;
        }
    }
}
