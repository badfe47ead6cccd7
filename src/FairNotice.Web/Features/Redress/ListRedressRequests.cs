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

    /// <summary>How the desk is ordered: the most urgent deadline first (overdue, then due soon, then the nearest), or the
    /// latest received first.</summary>
    public enum Order
    {
        Deadline,
        Received,
    }

    /// <summary>The desk's filters: a search in the request number, the type, the status, the state of the next deadline.</summary>
    public sealed record Filter(string? Search = null, RedressType? Type = null, RedressStatus? Status = null, ClockState? Urgency = null, Order SortBy = Order.Deadline)
    {
        public static Filter None { get; } = new();
    }

    public static Task<List<RedressSummary>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, bool openOnly, CancellationToken ct) =>
        HandleAsync(db, actor, now, openOnly, Filter.None, ct);

    public static async Task<List<RedressSummary>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, bool openOnly, Filter filter, CancellationToken ct)
    {
        var q = db.RedressRequests.AsNoTracking().Include(r => r.Links)
            .Where(r => !openOnly || r.Status == RedressStatus.Received || r.Status == RedressStatus.Admissible);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var number = filter.Search.Trim().ToUpperInvariant();
            q = q.Where(r => r.Number.Contains(number));
        }

        if (filter.Type is { } type)
        {
            q = q.Where(r => r.Type == type);
        }

        if (filter.Status is { } status)
        {
            q = q.Where(r => r.Status == status);
        }

        var requests = await q.OrderBy(r => r.ReceivedAt).ToListAsync(ct);
        db.Audit(actor.Facts(now, "redress.list", "redress", null, (openOnly ? "open requests" : "all requests") + (filter == Filter.None ? "" : " (filtered)")));
        await db.SaveChangesAsync(ct);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var summaries = requests.Select(r => new RedressSummary(r.Id, r.Number, r.Type.ToString(), r.Status.ToString(), r.ReceivedAt, NextDeadline(r, today), r.Links.Count,
            r.Links.Any(l => l.BlockedFor is not null)))
            .Where(s => filter.Urgency is not { } u || s.Next?.State == u.ToString());
        return filter.SortBy == Order.Received
            ? [.. summaries.OrderByDescending(s => s.ReceivedAt)]
            : [.. summaries.OrderBy(s => Urgency(s.Next)).ThenBy(s => s.Next?.Due ?? DateOnly.MaxValue).ThenBy(s => s.ReceivedAt)];
    }

    /// <summary>Overdue first, then due soon, then on time, then requests without a running clock.</summary>
    public static int Urgency(DeadlineView? next) => next?.State switch
    {
        nameof(ClockState.Overdue) => 0,
        nameof(ClockState.DueSoon) => 1,
        nameof(ClockState.OnTime) => 2,
        _ => 3,
    };

    public static DeadlineView? NextDeadline(RedressRequest r, DateOnly today) => r.Status switch
    {
        RedressStatus.Received => GetRedressFile.View(new Deadline("decide admissibility", r.AdmissibilityDue, "CCF Statute Art. 32"), today),
        RedressStatus.Admissible when r.DecisionDue is { } due => GetRedressFile.View(new Deadline(r.Type == RedressType.Access ? "decide the access request" : "decide the request", due,
            r.Type == RedressType.Access ? "CCF Statute Art. 40(1)" : "CCF Statute Art. 40(2)"), today),
        _ => null,
    };
}
