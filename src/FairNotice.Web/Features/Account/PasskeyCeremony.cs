using FairNotice.Web.Platform;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace FairNotice.Web.Features.Account;

/// <summary>What the browser needs to create or use a passkey, and the server's half of the ceremony, sealed for the form.</summary>
internal sealed record PasskeyChallenge(string OptionsJson, string State);

/// <summary>
/// WebAuthn ceremonies through Identity's passkey handler. The handler's state (the challenge, the expected user) travels in
/// the form, encrypted and authenticated by Data Protection, bound to the account and to the ceremony, and valid for five
/// minutes; the browser's answer is checked against it (challenge, origin, relying party, signature, user).
/// </summary>
internal static class PasskeyCeremony
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public static async Task<PasskeyChallenge> ForCreationAsync(HttpContext http, AppUser user)
    {
        var result = await Handler(http).MakeCreationOptionsAsync(new PasskeyUserEntity { Id = user.Id, Name = user.Email ?? user.Id, DisplayName = user.DisplayName }, http);
        return new PasskeyChallenge(result.CreationOptionsJson, Seal(http, "create", user, result.AttestationState));
    }

    public static async Task<PasskeyChallenge> ForAssertionAsync(HttpContext http, AppUser user)
    {
        var result = await Handler(http).MakeRequestOptionsAsync(user, http);
        return new PasskeyChallenge(result.RequestOptionsJson, Seal(http, "assert", user, result.AssertionState));
    }

    /// <summary>The new passkey when the browser's answer is valid for this account and this challenge; otherwise null.</summary>
    public static async Task<UserPasskeyInfo?> CreateAsync(HttpContext http, AppUser user, string? credentialJson, string? sealedState)
    {
        if (string.IsNullOrEmpty(credentialJson) || Unseal(http, "create", user, sealedState) is not { } state)
        {
            return null;
        }

        var result = await Handler(http).PerformAttestationAsync(new PasskeyAttestationContext { HttpContext = http, CredentialJson = credentialJson, AttestationState = state });
        if (!result.Succeeded)
        {
            Log(http).LogInformation("Passkey registration refused: {Reason}", result.Failure?.Message);
        }

        return result.Succeeded && result.UserEntity?.Id == user.Id ? result.Passkey : null;
    }

    /// <summary>Whether the browser proved possession of one of this account's passkeys; the passkey's counter is saved.</summary>
    public static async Task<bool> AssertAsync(HttpContext http, UserManager<AppUser> users, AppUser user, string? credentialJson, string? sealedState)
    {
        if (string.IsNullOrEmpty(credentialJson) || Unseal(http, "assert", user, sealedState) is not { } state)
        {
            return false;
        }

        var result = await Handler(http).PerformAssertionAsync(new PasskeyAssertionContext { HttpContext = http, CredentialJson = credentialJson, AssertionState = state });
        if (!result.Succeeded || result.User?.Id != user.Id || result.Passkey is null)
        {
            Log(http).LogInformation("Passkey sign-in refused: {Reason}", result.Failure?.Message ?? "another account's passkey");
            return false;
        }

        return (await users.AddOrUpdatePasskeyAsync(user, result.Passkey)).Succeeded;
    }

    private static ILogger Log(HttpContext http) => http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("FairNotice.Passkeys");

    private static IPasskeyHandler<AppUser> Handler(HttpContext http) => http.RequestServices.GetRequiredService<IPasskeyHandler<AppUser>>();

    private static ITimeLimitedDataProtector Protector(HttpContext http, string ceremony, AppUser user) =>
        http.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector("FairNotice.Passkey", ceremony, user.Id).ToTimeLimitedDataProtector();

    private static string Seal(HttpContext http, string ceremony, AppUser user, string? state) =>
        Protector(http, ceremony, user).Protect(state ?? "", Lifetime);

    private static string? Unseal(HttpContext http, string ceremony, AppUser user, string? sealedState)
    {
        if (string.IsNullOrEmpty(sealedState))
        {
            return null;
        }

        try
        {
            return Protector(http, ceremony, user).Unprotect(sealedState);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null; // expired, altered, or made for another account or ceremony
        }
    }
}
