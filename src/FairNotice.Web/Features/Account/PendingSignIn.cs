using System.Security.Claims;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace FairNotice.Web.Features.Account;

/// <summary>
/// "Password verified, second factor pending": a short-lived cookie of its own scheme (Identity's two-factor user-id
/// cookie) naming the account and its security stamp. It is not a session: the fallback policy reads only the application
/// cookie, so it opens the second step and enrolment and nothing else. A sign-out everywhere or a password change in
/// between (a new stamp) voids it.
/// </summary>
internal static class PendingSignIn
{
    public static async Task StartAsync(HttpContext http, UserManager<AppUser> users, AppUser user)
    {
        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Id));
        identity.AddClaim(new Claim(users.Options.ClaimsIdentity.SecurityStampClaimType, await users.GetSecurityStampAsync(user)));
        await http.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity),
            new AuthenticationProperties { IsPersistent = false, ExpiresUtc = DateTimeOffset.UtcNow + SecondFactors.PendingLifetime });
    }

    /// <summary>The account whose password was verified in this browser, or null (none, expired, or its stamp changed).</summary>
    public static async Task<AppUser?> AccountAsync(HttpContext http, UserManager<AppUser> users)
    {
        var result = await http.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        var id = result.Principal?.FindFirstValue(ClaimTypes.Name);
        var stamp = result.Principal?.FindFirstValue(users.Options.ClaimsIdentity.SecurityStampClaimType);
        if (id is null || stamp is null || await users.FindByIdAsync(id) is not { } user)
        {
            return null;
        }

        return string.Equals(await users.GetSecurityStampAsync(user), stamp, StringComparison.Ordinal) ? user : null;
    }

    public static Task EndAsync(HttpContext http) => http.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
}
