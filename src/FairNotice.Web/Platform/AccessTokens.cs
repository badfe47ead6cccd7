using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Platform;

/// <summary>What an API sign-in answers: a short-lived bearer token and nothing to renew it with.</summary>
public sealed record AccessTokenIssued(string TokenType, string AccessToken, long ExpiresIn);

/// <summary>
/// Issues bearer tokens without the refresh token ASP.NET Core's bearer handler adds (ADR 0017, "No refresh token"): a refresh
/// token would live 14 days, survive the security-stamp check only if a refresh endpoint re-checked it, and let a stolen
/// token outlive the second factor. A client signs in again (password and a fresh authenticator code) when its token expires.
/// The token is the handler's own format and protector, so the handler validates it as before (expiry included).
/// </summary>
internal static class AccessTokens
{
    public static async Task<AccessTokenIssued> IssueAsync(HttpContext http, SignInManager<AppUser> signIn, AppUser user, IEnumerable<Claim> extra)
    {
        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaims(extra);
        var options = http.RequestServices.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);
        // The clock the bearer handler checks expiry against.
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        await SessionRecords.StartAsync(http, principal, "bearer", options.BearerTokenExpiration);
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = now + options.BearerTokenExpiration },
            $"{IdentityConstants.BearerScheme}:AccessToken");
        http.User = principal;
        return new AccessTokenIssued("Bearer", options.BearerTokenProtector.Protect(ticket), (long)options.BearerTokenExpiration.TotalSeconds);
    }
}
