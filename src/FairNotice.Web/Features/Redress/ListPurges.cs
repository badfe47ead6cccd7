using FairNotice.Domain.Access;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Redress;

/// <summary>Purge notifications after deletions, with acknowledgements: all of them for the Commission, its own for an NCB.</summary>
internal static class ListPurges
{
    public static async Task<Ok<List<PurgeView>>> Endpoint(AppDbContext db, HttpContext http, TimeProvider clock, bool? overdue, CancellationToken ct) =>
        TypedResults.Ok(await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), overdue ?? false, ct));

    public static async Task<List<PurgeView>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, bool overdueOnly, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var q = db.PurgeNotifications.AsNoTracking();
        if (actor.Affiliation == Affiliation.Ncb)
        {
            q = q.Where(p => p.Member == actor.Country);
        }

        if (overdueOnly)
        {
            q = q.Where(p => p.AcknowledgedAt == null && p.Due < today);
        }

        var list = await q.OrderBy(p => p.Due).ThenBy(p => p.Member).ToListAsync(ct);
        db.Audit(actor.Facts(now, "redress.purges", "purge", null, overdueOnly ? "overdue" : "all"));
        await db.SaveChangesAsync(ct);
        return [.. list.Select(p => new PurgeView(p.Id, p.NoticeReference, p.Member, p.NotifiedAt, p.Due, p.AcknowledgedAt, p.AcknowledgedAt is null && p.Due < today))];
    }
}
