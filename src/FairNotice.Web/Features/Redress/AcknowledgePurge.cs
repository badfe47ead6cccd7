using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Redress;

/// <summary>A member acknowledges that its national copies were purged; repeating it changes nothing.</summary>
internal static class AcknowledgePurge
{
    public static async Task<Results<Ok<PurgeView>, ErrorProblem>> Endpoint(Guid id, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var result = await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), id, ct);
        if (!result.IsOk)
        {
            return new ErrorProblem(result.Error!);
        }

        var p = result.Value;
        return TypedResults.Ok(new PurgeView(p.Id, p.NoticeReference, p.Member, p.NotifiedAt, p.Due, p.AcknowledgedAt, false));
    }

    public static async Task<Result<PurgeNotification>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid id, CancellationToken ct)
    {
        var p = await db.PurgeNotifications.FirstOrDefaultAsync(x => x.Id == id && x.Member == actor.Country, ct);
        if (p is null)
        {
            return RedressErrors.NoPurge;
        }

        if (p.AcknowledgedAt is null)
        {
            p.AcknowledgedAt = now;
            p.AcknowledgedBy = actor.UserId;
            db.Audit(actor.Facts(now, "redress.purge_ack", "purge", id.ToString(), p.NoticeReference));
            await db.SaveChangesAsync(ct);
        }

        return p;
    }
}
