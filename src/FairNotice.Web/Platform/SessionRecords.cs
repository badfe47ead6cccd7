using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Platform;

/// <summary>What a user sees of one of their sessions.</summary>
public sealed record SessionView(string Id, DateTimeOffset StartedAt, DateTimeOffset EndsBy, string Client, string How, string? Factor, bool Current);

/// <summary>
/// Every session (a cookie or a bearer token) is a row in Identity's token table (provider <see cref="Provider"/>, name = the
/// session id the cookie or token carries as <see cref="Claims.Session"/>): the per-request check (<see cref="Sessions"/>)
/// accepts a session only while its row exists, so deleting one row ends one session and deleting every row ends every
/// session of every user at once (ADR 0017, "Sessions a user can see and end"). No schema change: the rows live in
/// AspNetUserTokens beside the authenticator key.
/// </summary>
internal static class SessionRecords
{
    public const string Provider = "fn:session";

    private const int MaxRows = 50;

    private sealed record Stored(string? Stamp, DateTimeOffset StartedAt, DateTimeOffset EndsBy, string Client, string How, string? Factor);

    /// <summary>Starts a session for a principal about to be issued as a cookie or token: gives it a new session id and stores it.</summary>
    public static async Task StartAsync(HttpContext http, ClaimsPrincipal principal, string how, TimeSpan lifetime)
    {
        var names = http.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var identity = (ClaimsIdentity)principal.Identity!;
        foreach (var old in identity.FindAll(Claims.Session).ToList())
        {
            identity.RemoveClaim(old);
        }

        var userId = principal.FindFirstValue(names.UserIdClaimType) ?? throw new InvalidOperationException("A session without an account.");
        var sid = Guid.CreateVersion7().ToString("N");
        identity.AddClaim(new Claim(Claims.Session, sid));
        var now = Now(http, how);
        var record = new Stored(principal.FindFirstValue(names.SecurityStampClaimType), now, now + lifetime, ClientOf(http), how, principal.FindFirstValue(ClaimTypes.AuthenticationMethod));
        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        // Rows of sessions that cannot be live any more go as new ones start: another security stamp, or beyond the newest
        // MaxRows (a person does not start that many sessions within a cookie's lifetime). Not by time: a clock moved back and
        // forth (tests, or an NTP correction) must not end sessions the handlers still accept.
        var rows = await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider).ToListAsync(http.RequestAborted);
        var parsed = rows.Select(t => (Row: t, Record: Read(t.Value))).ToList();
        db.UserTokens.RemoveRange(parsed.Where(x => x.Record is null || x.Record.Stamp != record.Stamp).Select(x => x.Row));
        db.UserTokens.RemoveRange(parsed.Where(x => x.Record is not null && x.Record.Stamp == record.Stamp)
            .OrderByDescending(x => x.Record!.StartedAt).Skip(MaxRows - 1).Select(x => x.Row));
        db.UserTokens.Add(new IdentityUserToken<string> { UserId = userId, LoginProvider = Provider, Name = sid, Value = JsonSerializer.Serialize(record) });
        await db.SaveChangesAsync(http.RequestAborted);
    }

    /// <summary>The account's live sessions, newest first.</summary>
    public static async Task<IReadOnlyList<SessionView>> ListAsync(HttpContext http, AppDbContext db, string userId, string? stamp, CancellationToken ct)
    {
        var user = http.User;
        var current = user.FindFirstValue(Claims.Session);
        var rows = await db.UserTokens.AsNoTracking().Where(t => t.UserId == userId && t.LoginProvider == Provider).ToListAsync(ct);
        return [.. rows.Select(r => (r.Name, Record: Read(r.Value)))
            .Where(r => r.Record is { } s && s.EndsBy > Now(http, s.How) && s.Stamp == stamp)
            .Select(r => new SessionView(r.Name, r.Record!.StartedAt, r.Record.EndsBy, r.Record.Client, r.Record.How, r.Record.Factor, r.Name == current))
            .OrderByDescending(s => s.StartedAt)];
    }

    /// <summary>Ends one session of the account; false when it has no such session.</summary>
    public static async Task<bool> EndAsync(AppDbContext db, string userId, string sessionId, CancellationToken ct) =>
        await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == sessionId).ExecuteDeleteAsync(ct) > 0;

    /// <summary>Ends every session of every account; answers how many there were.</summary>
    public static Task<int> EndEveryAsync(AppDbContext db, CancellationToken ct) =>
        db.UserTokens.Where(t => t.LoginProvider == Provider).ExecuteDeleteAsync(ct);

    // Each kind of session ends by the clock that enforces it: the bearer handler's for tokens, the app's for cookies (SessionCookies).
    private static DateTimeOffset Now(HttpContext http, string how) => how == "bearer"
        ? (http.RequestServices.GetRequiredService<IOptionsMonitor<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>>()
            .Get(IdentityConstants.BearerScheme).TimeProvider ?? TimeProvider.System).GetUtcNow()
        : http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();

    private static Stored? Read(string? value)
    {
        try
        {
            return value is null ? null : JsonSerializer.Deserialize<Stored>(value);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The browser or client as it names itself, cut short and without control characters: enough to recognise a session.
    private static string ClientOf(HttpContext http)
    {
        var agent = new string([.. http.Request.Headers.UserAgent.ToString().Where(c => !char.IsControl(c)).Take(120)]);
        return agent.Length == 0 ? "unknown client" : agent;
    }
}
