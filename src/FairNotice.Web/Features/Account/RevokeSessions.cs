using FairNotice.Domain.Audit;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Identity;

namespace FairNotice.Web.Features.Account;

/// <summary>Signing out ends every session of the account: a new security stamp makes every cookie and bearer token
/// issued before it fail the check each request goes through (<see cref="Sessions"/>).</summary>
internal static class RevokeSessions
{
    public static async Task RevokeAsync(HttpContext http, SignInManager<AppUser> signIn, string channel)
    {
        // ASVS 14.3.1: the browser drops what it kept of the session (cookies, storage, cached pages) for this origin.
        http.Response.Headers["Clear-Site-Data"] = "\"cache\", \"cookies\", \"storage\"";
        var actor = http.User.ToActor();
        if (actor is not null && await signIn.UserManager.FindByIdAsync(actor.UserId) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
            var db = http.RequestServices.GetRequiredService<AppDbContext>();
            db.Audit(new AuditFacts(http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(), user.Id, user.Country, null, "auth.logout", "account", user.Id, channel, "ok"));
            await db.SaveChangesAsync(http.RequestAborted);
        }

        if (channel == "web")
        {
            await signIn.SignOutAsync();
        }
    }
}
