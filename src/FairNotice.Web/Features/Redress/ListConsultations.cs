using FairNotice.Domain.Access;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Redress;

/// <summary>The source NCB reads the Commission's consultations about its data, with what it is told of decisions:
/// never the applicant's contact details or documents.</summary>
internal static class ListConsultations
{
    public static async Task<Ok<List<ConsultationView>>> Endpoint(AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), ct));

    public static async Task<List<ConsultationView>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var country = actor.Country!;
        var links = await db.RedressLinks.AsNoTracking().Where(l => l.SourceCountry == country).OrderByDescending(l => l.ConsultedAt).ToListAsync(ct);
        var ids = links.Select(l => l.RequestId).Distinct().ToList();
        var requests = await db.RedressRequests.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Number, r.Type }).ToDictionaryAsync(r => r.Id, ct);
        var events = await db.RedressEvents.AsNoTracking().Where(e => ids.Contains(e.RequestId) && e.ToSource).ToListAsync(ct);
        db.Audit(actor.Facts(now, "redress.consultations", "redress", null, "source consultations"));
        await db.SaveChangesAsync(ct);
        return [.. links.Select(l => new ConsultationView(l.Id, requests[l.RequestId].Number, requests[l.RequestId].Type.ToString(), l.NoticeReference, l.SummaryForSource,
            l.ConsultedAt, l.AnsweredAt, l.DisclosureAllowed, l.Restriction?.ToString(), l.BlockedFor?.ToString(),
            [.. events.Where(e => e.RequestId == l.RequestId && (e.Action != "Consulted" && e.Action != "Blocked" || e.Text.Contains(l.NoticeReference, StringComparison.Ordinal)))
                .OrderBy(e => e.At).Select(e => new MessageView(e.At, e.Text, e.Said()))]))];
    }
}
