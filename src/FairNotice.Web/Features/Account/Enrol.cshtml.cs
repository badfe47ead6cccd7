using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Account;

/// <summary>
/// First sign-in of an account without a second factor: after the password, this page is all it can reach (it holds only the
/// pending cookie) until it sets up an authenticator or a passkey. Then it gets its recovery codes, shown once, and a session.
/// </summary>
[AllowAnonymous]
internal sealed class EnrolModel(SignInManager<AppUser> signIn, RequestBudgets budgets) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? SealedKey { get; set; }

    [BindProperty]
    public string? PasskeyName { get; set; }

    [BindProperty]
    public string? Credential { get; set; }

    [BindProperty]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public AuthenticatorOffer? Offer { get; private set; }

    public PasskeyChallenge? Passkey { get; private set; }

    /// <summary>Set once enrolment succeeded: the codes are in this response and nowhere else.</summary>
    public IReadOnlyList<string>? IssuedRecoveryCodes { get; private set; }

    public string ContinueUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAuthenticatorAsync()
    {
        if (await PendingAsync() is not { } user)
        {
            return RedirectToPage("/Account/Login", new { ReturnUrl });
        }

        if (await budgets.TryChargeAsync(HttpContext, BudgetNames.SignIn) is { } busy)
        {
            this.RefuseForBudget(busy);
            return await LoadAsync() ?? Page();
        }

        if (string.IsNullOrWhiteSpace(Code) || !await AuthenticatorSetup.ConfirmAsync(HttpContext, signIn.UserManager, user, SealedKey, Code))
        {
            ModelState.AddModelError(nameof(Code), string.IsNullOrWhiteSpace(Code) ? "Enter the 6-digit code your app shows for this key."
                : "That code does not match this key (or was already used). Check the key in your app and enter the next code.");
            return await LoadAsync() ?? Page();
        }

        await SecondFactorSignIn.AuditAsync(HttpContext, user, "auth.factor.authenticator-set", "ok");
        return await FinishAsync(user, SecondFactor.Authenticator);
    }

    public async Task<IActionResult> OnPostPasskeyAsync()
    {
        if (await PendingAsync() is not { } user)
        {
            return RedirectToPage("/Account/Login", new { ReturnUrl });
        }

        if (await budgets.TryChargeAsync(HttpContext, BudgetNames.SignIn) is { } busy)
        {
            this.RefuseForBudget(busy);
            return await LoadAsync() ?? Page();
        }

        if (await PasskeyCeremony.CreateAsync(HttpContext, user, Credential, State) is not { } passkey)
        {
            ModelState.AddModelError(nameof(Credential), "The passkey could not be registered. Try again, or set up an authenticator app instead.");
            return await LoadAsync() ?? Page();
        }

        passkey.Name = PasskeyNames.Clean(PasskeyName);
        await signIn.UserManager.AddOrUpdatePasskeyAsync(user, passkey);
        await signIn.UserManager.SetTwoFactorEnabledAsync(user, true); // so a right password alone no longer clears failed second steps
        await SecondFactorSignIn.AuditAsync(HttpContext, user, "auth.factor.passkey-added", "ok");
        return await FinishAsync(user, SecondFactor.Passkey);
    }

    private async Task<IActionResult> FinishAsync(AppUser user, SecondFactor factor)
    {
        IssuedRecoveryCodes = await RecoveryCodes.ReplaceAsync(signIn.UserManager, HttpContext.RequestServices.GetRequiredService<IUserStore<AppUser>>(), user);
        await SecondFactorSignIn.AuditAsync(HttpContext, user, "auth.factor.recovery-codes-issued", "ok");
        await SecondFactorSignIn.AuditAsync(HttpContext, user, "auth.second-factor." + SecondFactorSignIn.Name(factor), "ok");
        await SecondFactorSignIn.CompleteAsync(HttpContext, signIn, user, factor);
        return Page();
    }

    private async Task<AppUser?> PendingAsync() =>
        await PendingSignIn.AccountAsync(HttpContext, signIn.UserManager) is { } user && !await SecondFactors.HasFactorAsync(signIn.UserManager, user) ? user : null;

    private async Task<IActionResult?> LoadAsync()
    {
        var users = signIn.UserManager;
        if (await PendingSignIn.AccountAsync(HttpContext, users) is not { } user)
        {
            return RedirectToPage("/Account/Login", new { ReturnUrl });
        }

        if (await SecondFactors.HasFactorAsync(users, user))
        {
            return RedirectToPage("/Account/TwoFactor", new { ReturnUrl });
        }

        Offer = AuthenticatorSetup.Offer(HttpContext, users, user, SealedKey);
        Passkey = await PasskeyCeremony.ForCreationAsync(HttpContext, user);
        return null;
    }
}

internal static class PasskeyNames
{
    public static string Clean(string? typed) =>
        string.IsNullOrWhiteSpace(typed) ? "Passkey" : new string([.. typed.Trim().Where(c => !char.IsControl(c)).Take(60)]);
}
