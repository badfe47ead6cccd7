using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Notices;

/// <summary>What a case's assignment answers: who holds it and since when (nobody: null).</summary>
public sealed record CaseAssignmentResponse(Guid NoticeId, string? ReviewerId, string? ReviewerName, DateTimeOffset? TakenAt);

/// <summary>A reviewer takes a request under review from the queue, so that others see who works on it.</summary>
internal static class TakeCase
{
    public static async Task<IResult> Endpoint(Guid id, HttpContext http, AppDbContext db, TimeProvider clock, NoticeKind kind, CancellationToken ct)
    {
        var result = await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), id, kind, ct);
        return result.IsOk ? TypedResults.Ok(result.Value) : Problems.From(result.Error!);
    }

    public static async Task<Result<CaseAssignmentResponse>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid id, NoticeKind? kind, CancellationToken ct)
    {
        var notice = await db.Notices.AsNoTracking().VisibleTo(actor).Where(n => n.Id == id && (kind == null || n.Kind == kind))
            .Select(n => new { n.Kind, n.Status }).FirstOrDefaultAsync(ct);
        if (notice is null)
        {
            return NoticeErrors.NotFound;
        }

        var type = CreateRequest.Kind(notice.Kind);
        var held = await db.CaseAssignments.AsNoTracking().FirstOrDefaultAsync(a => a.NoticeId == id, ct);
        var decided = CaseAssignments.Take(notice.Status, held?.ReviewerId, actor);
        if (!decided.IsOk)
        {
            db.Audit(actor.Facts(now, $"{type}.take", type, id.ToString(), "case work", $"refused: {decided.Error!.Code}"));
            await db.SaveChangesAsync(ct);
            return decided.Error!;
        }

        if (held is null)
        {
            held = new CaseAssignmentRecord { NoticeId = id, ReviewerId = actor.UserId, TakenAt = now };
            db.CaseAssignments.Add(held);
            db.Audit(actor.Facts(now, $"{type}.take", type, id.ToString(), "case work"));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (ex.LostRace())
            {
                // Another reviewer took it at the same moment: the key admits one.
                return NoticeErrors.CaseTakenMeanwhile;
            }
        }

        return new CaseAssignmentResponse(id, held.ReviewerId,
            await db.Users.AsNoTracking().Where(u => u.Id == held.ReviewerId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct), held.TakenAt);
    }
}
