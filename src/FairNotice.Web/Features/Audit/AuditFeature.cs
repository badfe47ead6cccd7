using FairNotice.Domain.Audit;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Audit;

public sealed record AuditEntryResponse(long Sequence, DateTimeOffset At, string ActorId, string? ActorCountry, string? ActorRole,
    string Action, string ObjectType, string? ObjectId, string? Purpose, string Outcome, string Hash);

public sealed record AuditPage(long? Before, int Count, IReadOnlyList<AuditEntryResponse> Items);

public static class AuditFeature
{
    public static IServiceCollection AddAuditTrail(this IServiceCollection services) =>
        services.AddSingleton<AuditMetrics>().AddSingleton<AuditSealer>().AddHostedService(sp => sp.GetRequiredService<AuditSealer>())
            .AddHostedService<AuditHeadSigner>().AddStartupStep<StartKeyedChainAtStart>();

    public static IEndpointRouteBuilder MapAuditTrail(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(Policies.Auditor);
        group.MapGet("/", Browse).WithSummary("Newest first; filter by action, actor, object or country; page with before=<sequence>.");
        group.MapGet("/verify", Verify).WithSummary("Re-checks the keyed chain, the signed heads and every request's state; names the first altered, inserted, deleted or truncated entry or changed request.");
        return app;
    }

    internal static Task<AuditPage> QueryAsync(AppDbContext db, long? before, int take, string? action, string? actor, string? objectId, string? country, CancellationToken ct) =>
        QueryAsync(db, before, take, action, actor, objectId, country, null, null, ct);

    /// <summary>Entries newest first, filtered; <paramref name="from"/> and <paramref name="to"/> bound the time (UTC, to inclusive).</summary>
    internal static async Task<AuditPage> QueryAsync(AppDbContext db, long? before, int take, string? action, string? actor, string? objectId, string? country,
        DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct)
    {
        var q = db.AuditEntries.AsNoTracking();
        if (from is { } f)
        {
            q = q.Where(a => a.At >= f);
        }

        if (to is { } t)
        {
            q = q.Where(a => a.At <= t);
        }

        if (before is { } b)
        {
            q = q.Where(a => a.Sequence < b);
        }

        if (!string.IsNullOrWhiteSpace(action))
        {
            q = q.Where(a => a.Action.StartsWith(action));
        }

        if (!string.IsNullOrWhiteSpace(actor))
        {
            q = q.Where(a => a.ActorId == actor);
        }

        if (!string.IsNullOrWhiteSpace(objectId))
        {
            q = q.Where(a => a.ObjectId == objectId);
        }

        if (!string.IsNullOrWhiteSpace(country))
        {
            var c = country.ToUpperInvariant();
            q = q.Where(a => a.ActorCountry == c);
        }

        var rows = await q.OrderByDescending(a => a.Sequence).Take(take).ToListAsync(ct);
        return new AuditPage(before, rows.Count, [.. rows.Select(a => new AuditEntryResponse(a.Sequence, a.At, a.ActorId, a.ActorCountry, a.ActorRole,
            a.Action, a.ObjectType, a.ObjectId, a.Purpose, a.Outcome, a.Hash))]);
    }

    private static async Task<Results<Ok<AuditPage>, ValidationProblem>> Browse(HttpContext http, AppDbContext db, TimeProvider clock, long? before, int? take,
        string? action, string? actor, string? objectId, string? country, CancellationToken ct)
    {
        if (take is < 1 or > 500)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["take"] = ["Between 1 and 500."] }, type: Problems.TypeBase + "audit.invalid");
        }

        var page = await QueryAsync(db, before, take ?? 100, action, actor, objectId, country, ct);
        await RecordAccessAsync(db, http.RequireActor(), clock.GetUtcNow(), "audit.browse", ct);
        return TypedResults.Ok(page);
    }

    /// <summary>The trail names the people who act, so reading it is itself recorded.</summary>
    internal static async Task RecordAccessAsync(AppDbContext db, Domain.Access.Actor actor, DateTimeOffset now, string action, CancellationToken ct)
    {
        db.Audit(actor.Facts(now, action, "audit", null, "audit"));
        await db.SaveChangesAsync(ct);
    }

    internal static async Task<AuditVerification> VerifyAsync(AppDbContext db, AuditKeyring keys, CancellationToken ct) =>
        await VerifyAuditTrail.RunAsync(db, await AuditEvidence.FromAsync(keys, ct), ct);

    private static async Task<Ok<AuditVerification>> Verify(HttpContext http, AppDbContext db, AuditKeyring keys, TimeProvider clock, CancellationToken ct)
    {
        var verdict = await VerifyAsync(db, keys, ct);
        await RecordAccessAsync(db, http.RequireActor(), clock.GetUtcNow(), "audit.verify", ct);
        return TypedResults.Ok(verdict);
    }
}
