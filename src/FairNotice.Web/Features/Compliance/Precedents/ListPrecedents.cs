using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Compliance.OffenceClasses;
using FairNotice.Domain.Compliance.Precedents;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Compliance.Precedents;

/// <summary>One earlier decision near a request, with why it is near.</summary>
/// <param name="Reasons">Why it is near, in English.</param>
/// <param name="ReasonMessages">The same reasons as messages: their keys are stable codes ("Finding.Precedent.SamePerson").</param>
public sealed record PrecedentView(string Reference, string Requester, DateTimeOffset DecidedAt, string DecidedBy, string Outcome, string? Ground, string? Reason,
    IReadOnlyList<string> OffenceClasses, IReadOnlyList<string> Laws, string? Source, double Score, IReadOnlyList<string> Reasons, IReadOnlyList<LocalMessage> ReasonMessages);

/// <summary>The nearest earlier decisions for a request.</summary>
public sealed record PrecedentsResponse(Guid RequestId, string? Reference, IReadOnlyList<PrecedentView> Precedents);

/// <summary>The Secretariat's and the Commission's view of the earlier decisions nearest a request. Members never get
/// it: another member's refused requests are not theirs to learn (ADR 0010's restricted findings).</summary>
internal static class ListPrecedents
{
    public static IEndpointRouteBuilder MapPrecedents(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/compliance/precedents/{id:guid}", Endpoint).WithTags("Compliance").RequireAuthorization()
            .WithSummary("Secretariat and Commission only: the earlier reviewer and Commission decisions nearest a request (same person across spellings, " +
                "same provision, same offence class and requester, similar facts), each with its outcome and the reasons it is near. Members get 403.")
            .Produces<PrecedentsResponse>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> Endpoint(Guid id, HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var result = await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), id, ct);
        return result.IsOk ? TypedResults.Ok(result.Value) : Problems.From(result.Error!);
    }

    public static async Task<Result<PrecedentsResponse>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid id, CancellationToken ct)
    {
        if (!actor.SeesRestricted())
        {
            db.Audit(actor.Facts(now, "precedents.read", "request", id.ToString(), null, "denied"));
            await db.SaveChangesAsync(ct);
            return new ForbiddenError("precedents.secretariat_only", "Precedents are for the Secretariat and the Commission.");
        }

        var record = await db.Notices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, ct);
        if (record is null)
        {
            return NoticeErrors.NotFound;
        }

        var precedents = await db.Set<PrecedentRecord>().AsNoTracking().Where(p => p.NoticeId == null || p.NoticeId != id)
            .OrderByDescending(p => p.DecidedAt).Take(5000).ToListAsync(ct);
        var nearest = PrecedentFinder.Nearest(record.Content, record.RequestingCountry, [.. precedents.Select(p => p.ToPrecedent())]);
        db.Audit(actor.Facts(now, "precedents.read", "request", id.ToString(), "review", "ok"));
        await db.SaveChangesAsync(ct);
        return new PrecedentsResponse(id, record.Reference, [.. nearest.Select(ToView)]);
    }

    private static PrecedentView ToView(PrecedentMatch m)
    {
        var p = m.Precedent;
        return new PrecedentView(p.Reference, p.Requester, p.DecidedAt, p.DecidedBy, p.Outcome.ToString(), p.Ground?.ToString(), p.Reason,
            [.. p.Divisions.Select(d => $"{d} {OffenceClassifier.Default.DivisionOf(d)?.Title}".Trim())], p.Laws, p.Source, Math.Round(m.Score, 3), m.Reasons, m.Messages);
    }
}
