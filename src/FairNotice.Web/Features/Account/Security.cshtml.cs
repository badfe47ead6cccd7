using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Account;

/// <summary>A passkey as the Security page lists it.</summary>
internal sealed record PasskeyRow(string Id, string Name, DateTimeOffset CreatedAt);

/// <summary>
/// The signed-in user's second factors: passkeys (add, remove), the authenticator (set up or replace, confirmed by a code
/// from the new key) and recovery codes (new set, shown once). Every change asks for the password again, is budgeted like a
/// sign-in and audited; the last factor cannot be removed. Changing the authenticator ends the account's other sessions.
/// </summary>
internal sealed class SecurityModel(SignInManager<AppUser> signIn, RequestBudgets budgets, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public string? Password { get; set; }

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

    [BindProperty]
    public string? PasskeyId { get; set; }

    [BindProperty]
    public string? SessionId { get; set; }

    /// <summary>The account's live sessions (ASVS 7.5.2).</summary>
    public IReadOnlyList<SessionView> Sessions { get; private set; } = [];

    /// <summary>Which form was sent, so that its error and what was typed show next to it.</summary>
    public string? Form { get; private set; }

    public bool HasAuthenticator { get; private set; }

    public IReadOnlyList<PasskeyRow> Passkeys { get; private set; } = [];

    public int RecoveryCodesLeft { get; private set; }

    public AuthenticatorOffer? Offer { get; private set; }

    public PasskeyChallenge? NewPasskey { get; private set; }

    public IReadOnlyList<string>? IssuedRecoveryCodes { get; private set; }

    public string? Done { get; private set; }

    private UserManager<AppUser> Users => signIn.UserManager;

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync(await Users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account."));
        return Page();
    }

    public Task<IActionResult> OnPostAuthenticatorAsync() => ChangeAsync("authenticator", async user =>
    {
        if (!await AuthenticatorSetup.ConfirmAsync(HttpContext, Users, user, SealedKey, Code))
        {
            ModelState.AddModelError(nameof(Code), "That code does not match the new key (or was already used). Enter the next code your app shows.");
            return false;
        }

        await SecondFactorSignIn.AuditAsync(HttpContext, user, "auth.factor.authenticator-set", "ok");
        Done = "Your authenticator app is set up. Codes from any earlier key no longer work, and your other sessions were signed out.";
        return true;
    });

    public Task<IActionResult> OnPostAddPasskeyAsync() => ChangeAsync("add-passkey", async user =>
    {
        if (await PasskeyCeremony.CreateAsync(HttpContext, user, Credential, State) is not { } passkey)
        {
            ModelState.AddModelError(nameof(Credential), "The passkey could not be registered. Try again.");
            return false;
        }

        passkey.Name = PasskeyNames.Clean(PasskeyName);
        await Users.AddOrUpdatePasskeyAsync(user, passkey);
        await SecondFactorSignIn.AuditAsync(HttpContext, user, "auth.factor.passkey-added", "ok");
        Done = l["Security.PasskeyAdded", passkey.Name ?? ""];
        return true;
    });

    public Task<IActionResult> OnPostRemovePasskeyAsync() => ChangeAsync("remove-passkey", async user =>
    {
        var passkeys = await Users.GetPasskeysAsync(user);
        var target = passkeys.FirstOrDefault(p => WebEncoders(p.CredentialId) == PasskeyId);
        if (target is null)
        {
            ModelState.AddModelError(nameof(PasskeyId), "That passkey is not on this account.");
            return false;
        }

        if (passkeys.Count == 1 && !await SecondFactors.HasAuthenticatorAsync(Users, user))
        {
            ModelState.AddModelError(nameof(PasskeyId), "This is your only second factor: set up an authenticator app or another passkey first.");
            return false;
        }

        await Users.RemovePasskeyAsync(user, target.CredentialId);
        await Users.UpdateSecurityStampAsync(user);
        await SecondFactorSignIn.AuditAsync(HttpContext, user, "auth.factor.passkey-removed", "ok");
        Done = l["Security.PasskeyRemoved", target.Name ?? ""];
        return true;
    });

    public Task<IActionResult> OnPostRecoveryCodesAsync() => ChangeAsync("recovery-codes", async user =>
    {
        IssuedRecoveryCodes = await RecoveryCodes.ReplaceAsync(Users, HttpContext.RequestServices.GetRequiredService<IUserStore<AppUser>>(), user);
        await SecondFactorSignIn.AuditAsync(HttpContext, user, "auth.factor.recovery-codes-issued", "ok");
        return true;
    });

    public Task<IActionResult> OnPostEndSessionAsync() => ChangeAsync("end-session", async user =>
    {
        var db = HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        var clock = HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (string.IsNullOrEmpty(SessionId) || !await MySessions.EndAsync(HttpContext, db, clock, user, SessionId, HttpContext.RequestAborted))
        {
            ModelState.AddModelError(nameof(SessionId), "That session has already ended.");
            return false;
        }

        Done = "The session has ended.";
        return true;
    }, refresh: false);

    /// <summary>Re-authenticates with the password (budgeted like a sign-in), applies the change, keeps this session.</summary>
    private async Task<IActionResult> ChangeAsync(string form, Func<AppUser, Task<bool>> change, bool refresh = true)
    {
        Form = form;
        var user = await Users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        var account = (user.Email ?? user.Id).Trim().ToUpperInvariant();
        var client = RequestBudgets.ClientOf(HttpContext);
        if ((await budgets.TryChargeAsync(HttpContext, BudgetNames.SignIn) ?? await budgets.SignInBlockedAsync(HttpContext, account, client)) is { } busy)
        {
            this.RefuseForBudget(busy);
        }
        else if (string.IsNullOrEmpty(Password) || !await Users.CheckPasswordAsync(user, Password))
        {
            await budgets.SignInFailedAsync(HttpContext, account, client);
            await SecondFactorSignIn.AuditAsync(HttpContext, user, "auth.reauthenticate", "failed");
            ModelState.AddModelError(nameof(Password), string.IsNullOrEmpty(Password) ? "Enter your password to confirm the change." : "Wrong password.");
        }
        else if (await change(user))
        {
            if (refresh)
            {
                await signIn.RefreshSignInAsync(user); // a new stamp ended every other session; this one continues
            }

            await LoadAsync(user, fresh: true);
            return Page();
        }

        await LoadAsync(user, fresh: false);
        return Page();
    }

    private async Task LoadAsync(AppUser user, bool fresh = true)
    {
        HasAuthenticator = await SecondFactors.HasAuthenticatorAsync(Users, user);
        Passkeys = [.. (await Users.GetPasskeysAsync(user)).Select(p => new PasskeyRow(WebEncoders(p.CredentialId), p.Name ?? "Passkey", p.CreatedAt))];
        RecoveryCodesLeft = await Users.CountRecoveryCodesAsync(user);
        Sessions = await SessionRecords.ListAsync(HttpContext, HttpContext.RequestServices.GetRequiredService<AppDbContext>(), user.Id, user.SecurityStamp, HttpContext.RequestAborted);
        // After an error the same offered key stays (the app may already have it); after a change, a new one.
        Offer = AuthenticatorSetup.Offer(HttpContext, Users, user, fresh ? null : SealedKey);
        NewPasskey = await PasskeyCeremony.ForCreationAsync(HttpContext, user);
        if (fresh)
        {
            Form = null; // the change is done: its form closes
            Code = null;
            PasskeyName = null;
            ModelState.Clear();
        }
    }

    private static string WebEncoders(byte[] id) => Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(id);
}
