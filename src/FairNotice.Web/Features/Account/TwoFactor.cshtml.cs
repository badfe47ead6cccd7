using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Account;

/// <summary>Sign-in step 2: a passkey, an authenticator code or a recovery code. Reachable only with a verified password
/// (the pending cookie); an account with no factor is sent to enrolment.</summary>
[AllowAnonymous]
internal sealed class TwoFactorModel(SignInManager<AppUser> signIn, RequestBudgets budgets) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? RecoveryCode { get; set; }

    [BindProperty]
    public string? Credential { get; set; }

    [BindProperty]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool HasAuthenticator { get; private set; }

    public PasskeyChallenge? Passkey { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is { } other ? other : Page();

    public Task<IActionResult> OnPostCodeAsync() => VerifyAsync(SecondFactor.Authenticator, nameof(Code), Code, "Enter the 6-digit code from your authenticator app.");

    public Task<IActionResult> OnPostRecoveryAsync() => VerifyAsync(SecondFactor.RecoveryCode, nameof(RecoveryCode), RecoveryCode, "Enter one of your recovery codes.");

    public async Task<IActionResult> OnPostPasskeyAsync()
    {
        if (await PendingSignIn.AccountAsync(HttpContext, signIn.UserManager) is not { } user)
        {
            return RedirectToPage("/Account/Login", new { ReturnUrl });
        }

        if ((await budgets.TryChargeAsync(HttpContext, BudgetNames.SignIn) ?? await budgets.SignInBlockedAsync(HttpContext, Key(user), RequestBudgets.ClientOf(HttpContext))) is { } busy)
        {
            this.RefuseForBudget(busy);
            return await LoadAsync() ?? Page();
        }

        var ok = !await signIn.UserManager.IsLockedOutAsync(user) && await PasskeyCeremony.AssertAsync(HttpContext, signIn.UserManager, user, Credential, State);
        await SecondFactorSignIn.RecordAsync(HttpContext, signIn.UserManager, budgets, user, SecondFactor.Passkey, ok);
        if (!ok)
        {
            ModelState.AddModelError(nameof(Credential), "The passkey was not accepted. Try again, or use another way below.");
            return await LoadAsync() ?? Page();
        }

        await SecondFactorSignIn.CompleteAsync(HttpContext, signIn, user, SecondFactor.Passkey);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    private async Task<IActionResult> VerifyAsync(SecondFactor factor, string field, string? typed, string missing)
    {
        if (await PendingSignIn.AccountAsync(HttpContext, signIn.UserManager) is not { } user)
        {
            return RedirectToPage("/Account/Login", new { ReturnUrl });
        }

        if (string.IsNullOrWhiteSpace(typed))
        {
            ModelState.AddModelError(field, missing);
            return await LoadAsync() ?? Page();
        }

        if (await budgets.TryChargeAsync(HttpContext, BudgetNames.SignIn) is { } busy)
        {
            this.RefuseForBudget(busy);
            return await LoadAsync() ?? Page();
        }

        var outcome = await SecondFactorSignIn.CodeAsync(HttpContext, signIn.UserManager, budgets, user, factor, typed);
        if (outcome.RetryAfter is { } wait)
        {
            this.RefuseForBudget(wait);
            return await LoadAsync() ?? Page();
        }

        if (!outcome.Succeeded)
        {
            ModelState.AddModelError(field, outcome.LockedOut ? "Too many failed attempts; try again later."
                : factor == SecondFactor.Authenticator ? "That code is wrong or was already used. Wait for the next code and try again."
                : "That recovery code is wrong or was already used.");
            return await LoadAsync() ?? Page();
        }

        await SecondFactorSignIn.CompleteAsync(HttpContext, signIn, user, factor);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    /// <summary>Fills what the page shows; a redirect when there is no pending sign-in or nothing to verify with.</summary>
    private async Task<IActionResult?> LoadAsync()
    {
        var users = signIn.UserManager;
        if (await PendingSignIn.AccountAsync(HttpContext, users) is not { } user)
        {
            return RedirectToPage("/Account/Login", new { ReturnUrl });
        }

        if (!await SecondFactors.HasFactorAsync(users, user))
        {
            return RedirectToPage("/Account/Enrol", new { ReturnUrl });
        }

        HasAuthenticator = await SecondFactors.HasAuthenticatorAsync(users, user);
        Passkey = (await users.GetPasskeysAsync(user)).Count > 0 ? await PasskeyCeremony.ForAssertionAsync(HttpContext, user) : null;
        return null;
    }

    private static string Key(AppUser user) => (user.Email ?? user.Id).Trim().ToUpperInvariant();
}
