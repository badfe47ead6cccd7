using FairNotice.Domain.Access;
using FairNotice.Domain.Redress;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Redress;

/// <summary>The Commission's desk: requests with their next deadline and its state, the most urgent first.</summary>
internal static class ListRedressRequests
{
    public static async Task<Ok<List<RedressSummary>>> Endpoint(AppDbContext db, HttpContext http, TimeProvider clock, bool? open, CancellationToken ct) =>
        TypedResults.Ok(await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), open ?? true, ct));

    public static async Task<List<RedressSummary>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, bool openOnly, CancellationToken ct)
    {
        var requests = await db.RedressRequests.AsNoTracking().Include(r => r.Links)
            .Where(r => !openOnly || r.Status == RedressStatus.Received || r.Status == RedressStatus.Admissible)
            .OrderBy(r => r.ReceivedAt).ToListAsync(ct);
        db.Audit(actor.Facts(now, "redress.list", "redress", null, openOnly ? "open requests" : "all requests"));
        await db.SaveChangesAsync(ct);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return [.. requests.Select(r => new RedressSummary(r.Id, r.Number, r.Type.ToString(), r.Status.ToString(), r.ReceivedAt, NextDeadline(r, today), r.Links.Count,
            r.Links.Any(l => l.BlockedFor is not null)))
            .OrderBy(s => s.Next?.Due ?? DateOnly.MaxValue)];
    }

    public static DeadlineView? NextDeadline(RedressRequest r, DateOnly today) => r.Status switch
    {
        RedressStatus.Received => GetRedressFile.View(new Deadline("decide admissibility", r.AdmissibilityDue, "CCF Statute Art. 32"), today),
        RedressStatus.Admissible when r.DecisionDue is { } due => GetRedressFile.View(new Deadline(r.Type == RedressType.Access ? "decide the access request" : "decide the request", due,
            r.Type == RedressType.Access ? "CCF Statute Art. 40(1)" : "CCF Statute Art. 40(2)"), today),
        _ => null,
    };
}
