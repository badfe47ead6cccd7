using FairNotice.Web.Platform;

namespace FairNotice.Web.Features.Accounts;

/// <summary>What ending every session answers.</summary>
public sealed record EveryoneSignedOut(int SessionsEnded);

/// <summary>An administrator ends every session of every user at once (ASVS 7.4.5), the administrator's own included: after a
/// suspected theft of cookies or tokens, or a key-ring incident. Everyone signs in again with both factors.</summary>
internal static class EndEverySession
{
    public static async Task<IResult> Handle(HttpContext http, CancellationToken ct) => TypedResults.Ok(await RunAsync(http.Call(), ct));

    public static async Task<EveryoneSignedOut> RunAsync(AdminCall c, CancellationToken ct)
    {
        var ended = await SessionRecords.EndEveryAsync(c.Db, ct);
        c.Db.Audit(c.Actor.Facts(c.Now, "sessions.end-all", "account", "*", $"{ended} sessions ended"));
        await c.Db.SaveChangesAsync(ct);
        return new EveryoneSignedOut(ended);
    }
}
