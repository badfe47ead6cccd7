using FairNotice.Domain.Access;
using FairNotice.Domain.Redress;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Redress;

/// <summary>The Commission's decisions the Secretariat implements: notice, outcome, reasons, deletion deadline — no applicant data.</summary>
internal static class ListCommissionDecisions
{
    public static async Task<Ok<List<SecretariatDecisionView>>> Endpoint(AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), ct));

    public static async Task<List<SecretariatDecisionView>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var decided = await db.RedressRequests.AsNoTracking().Include(r => r.Links).Where(r => r.Status == RedressStatus.Decided).OrderByDescending(r => r.DecidedAt).ToListAsync(ct);
        db.Audit(actor.Facts(now, "redress.decisions", "redress", null, "decisions to implement"));
        await db.SaveChangesAsync(ct);
        return [.. decided.SelectMany(r => r.Links.Select(l => new SecretariatDecisionView(r.Number, l.NoticeReference, r.Outcome!.Value.ToString(), r.DecisionReasons ?? "", r.DecidedAt!.Value,
            r.Outcome == RedressOutcome.NotCompliant ? CommissionDeadlines.Deletion(DateOnly.FromDateTime(r.DecidedAt!.Value.UtcDateTime)).Due : null)))];
    }
}
