using FairNotice.Web.Platform;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace FairNotice.Web.Features.Account;

/// <summary>A new authenticator key on offer: shown to the user, carried sealed in the form until a code proves the app has it.</summary>
internal sealed record AuthenticatorOffer(string Key, string Uri, string QrDataUri, string Sealed)
{
    public string GroupedKey => SecondFactors.Grouped(Key);
}

/// <summary>
/// Setting up (or replacing) an account's authenticator. The new key is stored only once a code from it has been accepted,
/// so a mistyped key never locks anyone out, and setting it ends the account's other sessions (a new security stamp).
/// </summary>
internal static class AuthenticatorSetup
{
    public const string Issuer = "FairNotice";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public static AuthenticatorOffer Offer(HttpContext http, UserManager<AppUser> users, AppUser user, string? sealedKey = null)
    {
        var key = Open(http, user, sealedKey) ?? users.GenerateNewAuthenticatorKey();
        var uri = SecondFactors.AuthenticatorUri(Issuer, user.Email ?? user.Id, key);
        using var qr = new QRCoder.QRCodeGenerator().CreateQrCode(uri, QRCoder.QRCodeGenerator.ECCLevel.M);
        var png = new QRCoder.PngByteQRCode(qr).GetGraphic(4);
        return new AuthenticatorOffer(key, uri, "data:image/png;base64," + Convert.ToBase64String(png), Protector(http, user).Protect(key, Lifetime));
    }

    /// <summary>Stores the offered key when <paramref name="code"/> is its current code; false otherwise (nothing changes).</summary>
    public static async Task<bool> ConfirmAsync(HttpContext http, UserManager<AppUser> users, AppUser user, string? sealedKey, string? code)
    {
        if (Open(http, user, sealedKey) is not { } key || string.IsNullOrWhiteSpace(code)
            || !await http.RequestServices.GetRequiredService<AuthenticatorCodes>().ClaimAsync(user, key, code))
        {
            return false;
        }

        var store = (IUserAuthenticatorKeyStore<AppUser>)http.RequestServices.GetRequiredService<IUserStore<AppUser>>();
        await store.SetAuthenticatorKeyAsync(user, key, http.RequestAborted);
        user.TwoFactorEnabled = true;
        var saved = await users.UpdateSecurityStampAsync(user);
        return saved.Succeeded;
    }

    private static string? Open(HttpContext http, AppUser user, string? sealedKey)
    {
        if (string.IsNullOrEmpty(sealedKey))
        {
            return null;
        }

        try
        {
            return Protector(http, user).Unprotect(sealedKey);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private static ITimeLimitedDataProtector Protector(HttpContext http, AppUser user) =>
        http.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector("FairNotice.AuthenticatorSetup", user.Id).ToTimeLimitedDataProtector();
}
