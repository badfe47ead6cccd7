using System.Security.Cryptography;
using FairNotice.Domain.Access;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Platform;

/// <summary>
/// Second factors (ADR "multi-factor sign-in"): passkeys through Identity's passkey handler, authenticator codes through
/// <see cref="AuthenticatorCodes"/>, recovery codes through <see cref="RecoveryCodes"/>. Every session needs one of them.
/// </summary>
internal static class SecondFactors
{
    /// <summary>The clock authenticator codes are checked against: the app's clock, which tests replace to step through codes.</summary>
    public const string ClockKey = "authenticator-clock";

    /// <summary>How long the step between password and second factor (or enrolment) may take.</summary>
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromMinutes(10);

    public static IServiceCollection AddSecondFactors(this IServiceCollection services)
    {
        services.AddKeyedSingleton<TimeProvider>(ClockKey, (sp, _) => sp.GetRequiredService<TimeProvider>());
        services.AddScoped<IPasskeyHandler<AppUser>, PasskeyHandler<AppUser>>();
        services.Configure<IdentityPasskeyOptions>(o =>
        {
            // A passkey here is the second factor after the password; requiring user verification makes it strong on its own too.
            o.UserVerificationRequirement = "required";
            o.ResidentKeyRequirement = "preferred";
            o.AuthenticatorTimeout = TimeSpan.FromMinutes(3);
            // Identity compares the origin the browser signed with the request's Origin header, but our no-referrer policy makes
            // browsers send "Origin: null" with form posts. The signed origin is compared with this server's own origin (as
            // requested, or the configured public base URL behind a proxy) instead; cross-origin use is refused either way.
            o.ValidateOrigin = ctx => ValueTask.FromResult(!ctx.CrossOrigin && IsOwnOrigin(ctx.HttpContext, ctx.Origin));
        });
        // The cookie that carries "password verified, second factor pending" between the two steps; it opens nothing but them.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = "fairnotice.pending";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = PendingLifetime;
            o.SlidingExpiration = false;
        });
        return services;
    }

    private static bool IsOwnOrigin(HttpContext http, string origin)
    {
        var requested = $"{http.Request.Scheme}://{http.Request.Host.Value}";
        var configured = new Uri(http.PublicBase()).GetLeftPart(UriPartial.Authority);
        return string.Equals(origin, requested, StringComparison.OrdinalIgnoreCase) || string.Equals(origin, configured, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the account can complete a sign-in: an authenticator or at least one passkey (recovery codes are a
    /// fallback for those, not a factor of their own).</summary>
    public static async Task<bool> HasFactorAsync(UserManager<AppUser> users, AppUser user) =>
        await HasAuthenticatorAsync(users, user) || (await users.GetPasskeysAsync(user)).Count > 0;

    public static async Task<bool> HasAuthenticatorAsync(UserManager<AppUser> users, AppUser user) =>
        user.TwoFactorEnabled && !string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user));

    /// <summary>The otpauth URI authenticator apps read (from a QR code or pasted).</summary>
    public static string AuthenticatorUri(string issuer, string account, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits={Totp.Digits}&period={Totp.StepSeconds}";

    /// <summary>A key grouped by four for reading aloud or typing.</summary>
    public static string Grouped(string key) => string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToUpperInvariant();
}

/// <summary>
/// Authenticator (TOTP) codes: RFC 6238, 30-second steps, the current step only, and each step accepted once per account: the accepted step is claimed with a conditional update, so two
/// requests with the same code cannot both pass (ASVS 6.5.1, 6.5.5). Replaces Identity's provider, which accepts two steps
/// either side and the same code again.
/// </summary>
internal sealed class AuthenticatorCodes(AppDbContext db, [FromKeyedServices(SecondFactors.ClockKey)] TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    /// <summary>Steps before the current one that are still accepted: none, so a code lives for its own 30-second step only
    /// (ASVS 6.5.5; ADR 0017). A code typed as the step turns is refused and the next one is asked for.</summary>
    public const int StepsBack = 0;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));

    // The code comes from the user's app, never from the server.
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        return key is not null && await ClaimAsync(user, key, token);
    }

    /// <summary>Checks a code against a key (the stored one, or a new one being set up) and claims its step for the account.</summary>
    public async Task<bool> ClaimAsync(AppUser user, string base32Key, string typed)
    {
        var code = new string([.. typed.Where(c => !char.IsWhiteSpace(c) && c != '-')]);
        var key = Totp.DecodeKey(base32Key);
        if (key is null || code.Length != Totp.Digits)
        {
            return false;
        }

        var now = Totp.StepOf(clock.GetUtcNow());
        for (var step = now; step >= now - StepsBack; step--)
        {
            if (!Totp.Matches(key, step, code))
            {
                continue;
            }

            // Written past the change tracker: marking the tracked account modified would make a later save of this context
            // race other sign-ins on the account's concurrency stamp.
            var claimed = await db.Users.Where(u => u.Id == user.Id && (u.AuthenticatorLastStep == null || u.AuthenticatorLastStep < step))
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.AuthenticatorLastStep, step));
            if (claimed == 1)
            {
                // The tracked account must hold the claimed step too: Identity's UpdateAsync (resetting the failure count
                // after a wrong code, for one) writes every property back, and a stale step there made the code reusable.
                user.AuthenticatorLastStep = step;
            }

            return claimed == 1;
        }

        return false;
    }
}

/// <summary>
/// Recovery codes: ten single-use codes of 120 random bits, shown once. Identity stores what it is given and removes a
/// code when redeemed; it is given SHA-256 digests only, so the stored list cannot be used (ASVS 6.5.2: a plain digest
/// suffices above 112 bits).
/// </summary>
internal static class RecoveryCodes
{
    public const int Count = 10;
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // 32 symbols, no 0/O or 1/I

    public static async Task<IReadOnlyList<string>> ReplaceAsync(UserManager<AppUser> users, IUserStore<AppUser> store, AppUser user)
    {
        var codes = Enumerable.Range(0, Count).Select(_ => New()).ToList();
        await ((IUserTwoFactorRecoveryCodeStore<AppUser>)store).ReplaceCodesAsync(user, codes.Select(Digest), CancellationToken.None);
        var saved = await users.UpdateAsync(user);
        return saved.Succeeded ? codes : throw new InvalidOperationException("Recovery codes could not be saved.");
    }

    /// <summary>Redeems a code once; false when it is not one of the account's unused codes.</summary>
    public static async Task<bool> RedeemAsync(UserManager<AppUser> users, AppUser user, string typed) =>
        Normalise(typed).Length == 24 && (await users.RedeemTwoFactorRecoveryCodeAsync(user, Digest(typed))).Succeeded;

    private static string New()
    {
        var chars = RandomNumberGenerator.GetItems<char>(Alphabet, 24);
        return string.Join('-', chars.Chunk(4).Select(c => new string(c)));
    }

    private static string Normalise(string code) => new([.. code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);

    private static string Digest(string code) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(Normalise(code))));
}
