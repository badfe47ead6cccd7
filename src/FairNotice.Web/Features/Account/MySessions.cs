using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Identity;

namespace FairNotice.Web.Features.Account;

/// <summary>Ending one of your sessions: your password again (ASVS 7.5.2, re-authentication before terminating).</summary>
public sealed record EndSessionRequest(string? Password);

/// <summary>A user's own sessions (ASVS 7.5.2): when each started, from which client, how (cookie or bearer) and with which
/// factor; ending one asks for the password again and is audited. Ending all is sign-out (<see cref="RevokeSessions"/>).</summary>
internal static class MySessions
{
    public static async Task<IResult> List(HttpContext http, UserManager<AppUser> users, AppDbContext db, CancellationToken ct)
    {
        var user = await users.GetUserAsync(http.User);
        return user is null ? TypedResults.Unauthorized()
            : TypedResults.Ok(await SessionRecords.ListAsync(http, db, user.Id, user.SecurityStamp, ct));
    }

    public static async Task<IResult> End(HttpContext http, string id, EndSessionRequest request, UserManager<AppUser> users, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            return Problems.Invalid("auth.invalid", "Your password is required to end a session.", new Dictionary<string, string[]> { ["password"] = ["The password is required."] });
        }

        if (!await users.CheckPasswordAsync(user, request.Password))
        {
            await SecondFactorSignIn.AuditAsync(http, user, "auth.reauthenticate", "failed");
            return TypedResults.Problem("Wrong password.", statusCode: StatusCodes.Status403Forbidden, type: Problems.TypeBase + "auth.reauthentication-failed");
        }

        if (!await EndAsync(http, db, clock, user, id, ct))
        {
            return TypedResults.Problem("You have no such session.", statusCode: StatusCodes.Status404NotFound, type: Problems.TypeBase + "auth.session-not-found");
        }

        return TypedResults.NoContent();
    }

    public static async Task<bool> EndAsync(HttpContext http, AppDbContext db, TimeProvider clock, AppUser user, string id, CancellationToken ct)
    {
        if (!await SessionRecords.EndAsync(db, user.Id, id, ct))
        {
            return false;
        }

        var channel = http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ? "api" : "web";
        db.Audit(new FairNotice.Domain.Audit.AuditFacts(clock.GetUtcNow(), user.Id, user.Country, null, "auth.session.end", "session", id, channel, "ok"));
        await db.SaveChangesAsync(ct);
        return true;
    }
}
