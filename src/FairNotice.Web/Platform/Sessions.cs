using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Platform;

/// <summary>Session settings (section <c>Sessions</c>).</summary>
internal sealed class SessionOptions
{
    /// <summary>How long a bearer token lives; a client signs in again after it.</summary>
    [Range(1, 24 * 60)] public int AccessTokenMinutes { get; set; } = 15;
}

/// <summary>
/// Every signed-in request is checked against the account as it is now: a cookie or bearer token issued before the
/// account's security stamp changed (sign-out, a password change) or for an account that is disabled or deliberately locked
/// is treated as no session at all, and so is one that did not pass a second factor. A lockout from failed passwords (a minute or so) does not end running sessions: an
/// attacker guessing passwords must not be able to sign a reviewer out.
/// </summary>
internal static class Sessions
{
    public static IServiceCollection AddSessions(this IServiceCollection services)
    {
        services.AddOptions<SessionOptions>().BindConfiguration("Sessions").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme)
            .Configure<IOptions<SessionOptions>>((o, s) => o.BearerTokenExpiration = TimeSpan.FromMinutes(s.Value.AccessTokenMinutes));
        return services;
    }

    /// <summary>Runs right after authentication: one indexed read of the account per signed-in request.</summary>
    public static void UseSessionChecks(this WebApplication app) => app.Use(async (ctx, next) =>
    {
        if (ctx.User.Identity?.IsAuthenticated == true && !await StillValidAsync(ctx))
        {
            if (!ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                await ctx.SignOutAsync(IdentityConstants.ApplicationScheme);
            }

            ctx.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(ctx);
    });

    private static async Task<bool> StillValidAsync(HttpContext ctx)
    {
        var identity = ctx.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value;
        var id = ctx.User.FindFirstValue(identity.ClaimsIdentity.UserIdClaimType);
        var stamp = ctx.User.FindFirstValue(identity.ClaimsIdentity.SecurityStampClaimType);
        // A session is issued only after a second factor (SecondFactorSignIn); a principal without that mark is no session,
        // whatever code path made it.
        if (id is null || stamp is null || !ctx.User.HasClaim(Claims.AuthenticationMethods, Claims.MultiFactor))
        {
            return false;
        }

        // And only while its session row exists (SessionRecords): the user or an administrator may have ended it.
        var sid = ctx.User.FindFirstValue(Claims.Session);
        if (sid is null)
        {
            return false;
        }

        var db = ctx.RequestServices.GetRequiredService<AppDbContext>();
        var account = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, u.LockoutEnd, Live = db.UserTokens.Any(t => t.UserId == id && t.LoginProvider == SessionRecords.Provider && t.Name == sid) })
            .FirstOrDefaultAsync(ctx.RequestAborted);
        if (account is null || !account.Live || !string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal))
        {
            return false;
        }

        // Locked beyond what failed passwords cause: disabled (Identity's convention is the far future) or locked by an administrator.
        var now = ctx.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        return account.LockoutEnd is not { } end || end <= now + identity.Lockout.DefaultLockoutTimeSpan;
    }
}
