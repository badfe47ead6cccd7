using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Notices;

/// <summary>The reviewer who took a case gives it back to the queue.</summary>
internal static class ReleaseCase
{
    public static async Task<IResult> Endpoint(Guid id, HttpContext http, AppDbContext db, TimeProvider clock, NoticeKind kind, CancellationToken ct)
    {
        var result = await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), id, kind, ct);
        return result.IsOk ? TypedResults.Ok(result.Value) : Problems.From(result.Error!);
    }

    public static async Task<Result<CaseAssignmentResponse>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid id, NoticeKind? kind, CancellationToken ct)
    {
        var notice = await db.Notices.AsNoTracking().VisibleTo(actor).Where(n => n.Id == id && (kind == null || n.Kind == kind))
            .Select(n => new { n.Kind }).FirstOrDefaultAsync(ct);
        if (notice is null)
        {
            return NoticeErrors.NotFound;
        }

        var type = CreateRequest.Kind(notice.Kind);
        var held = await db.CaseAssignments.FirstOrDefaultAsync(a => a.NoticeId == id, ct);
        var decided = CaseAssignments.Release(held?.ReviewerId, actor);
        if (!decided.IsOk)
        {
            db.Audit(actor.Facts(now, $"{type}.release", type, id.ToString(), "case work", $"refused: {decided.Error!.Code}"));
            await db.SaveChangesAsync(ct);
            return decided.Error!;
        }

        db.CaseAssignments.Remove(held!);
        db.Audit(actor.Facts(now, $"{type}.release", type, id.ToString(), "case work"));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Released twice at once: the case is free either way.
        }

        return new CaseAssignmentResponse(id, null, null, null);
    }
}
