using FairNotice.Domain.Access;
using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Notices;

/// <summary>Lists what the caller may see: its own requests, what it received, or (Secretariat) everything.</summary>
internal static class ListRequests
{
    public enum Scope
    {
        All,
        Mine,
        Received,
    }

    /// <summary>Whose cases a reviewer lists.</summary>
    public enum Assigned
    {
        Anyone,
        Me,
        Nobody,
    }

    /// <summary>The list's filters beyond kind, scope and status: a search in the reference and the person's name, the
    /// requesting member, and (Secretariat only) the assignee and the proposals awaiting a second reviewer.</summary>
    public sealed record Filter(string? Search = null, string? Country = null, Assigned Assignee = Assigned.Anyone, bool AwaitingSecondReviewer = false,
        DateTimeOffset? ExpiringBy = null)
    {
        public static Filter None { get; } = new();

        public const int MaxSearch = 100;
    }

    public const int MaxPage = 1_000_000;

    public static async Task<IResult> Endpoint(HttpContext http, AppDbContext db, TimeProvider clock, NoticeKind kind,
        string? scope, string? status, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var s = Scope.All;
        if (scope is not null && !Enum.TryParse(scope, ignoreCase: true, out s))
        {
            errors["scope"] = ["One of: all, mine, received."];
        }

        NoticeStatus? st = null;
        if (status is not null)
        {
            if (Enum.TryParse<NoticeStatus>(status, ignoreCase: true, out var parsed))
            {
                st = parsed;
            }
            else
            {
                errors["status"] = [$"One of: {string.Join(", ", Enum.GetNames<NoticeStatus>())}."];
            }
        }

        // Bounded so that the offset (page - 1) × pageSize always fits: page=2147483647 is refused, not wrapped.
        if (page is < 1 or > MaxPage)
        {
            errors["page"] = [$"A page from 1 to {MaxPage}."];
        }

        if (pageSize is < 1 or > 200)
        {
            errors["pageSize"] = ["Between 1 and 200."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid("notice.list_invalid", "Invalid list parameters.", errors);
        }

        var actor = http.RequireActor();
        var result = await HandleAsync(db, actor, clock.GetUtcNow(), kind, s, st, page ?? 1, pageSize ?? 50, Purpose.From(http.Request), ct);
        return TypedResults.Ok(result);
    }

    public static Task<NoticePage> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, NoticeKind? kind, Scope scope, NoticeStatus? status,
        int page, int pageSize, string? purpose, CancellationToken ct) =>
        HandleAsync(db, actor, now, kind, scope, status, Filter.None, page, pageSize, purpose, ct);

    public static async Task<NoticePage> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, NoticeKind? kind, Scope scope, NoticeStatus? status,
        Filter filter, int page, int pageSize, string? purpose, CancellationToken ct)
    {
        var q = db.Notices.AsNoTracking().VisibleTo(actor);
        q = Filtered(db, q, actor, filter);
        if (kind is { } k)
        {
            q = q.Where(n => n.Kind == k);
        }

        if (scope == Scope.Mine)
        {
            q = q.Where(n => n.RequestingCountry == actor.Country);
        }
        else if (scope == Scope.Received)
        {
            q = q.Where(n => n.RequestingCountry != actor.Country);
        }

        if (status is { } st)
        {
            q = q.Where(n => n.Status == st);
        }

        var total = await q.CountAsync(ct);
        // The review queue puts the riskiest first, then the oldest; other lists show the latest change first. Only the
        // Secretariat's queue is ordered by risk: the order would tell a member which of its requests has restricted findings.
        var ordered = status == NoticeStatus.UnderReview && actor.IsReviewer
            ? q.OrderByDescending(n => n.Risk).ThenBy(n => n.SubmittedAt)
            : q.OrderByDescending(n => n.UpdatedAt);
        var items = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var type = kind is { } kk ? CreateRequest.Kind(kk) : "request";
        // The search text is not recorded: it may be a person's name.
        db.Audit(actor.Facts(now, $"{type}.list", type, null, (purpose ?? $"list {scope}".ToLowerInvariant()) + (filter == Filter.None ? "" : " (filtered)"), $"ok:{items.Count}"));
        await db.SaveChangesAsync(ct);
        return new NoticePage(page, pageSize, total, [.. items.Select(n => n.ToSummary(actor))]);
    }

    private static IQueryable<NoticeRecord> Filtered(AppDbContext db, IQueryable<NoticeRecord> q, Actor actor, Filter filter)
    {
        if (filter.ExpiringBy is { } by)
        {
            // As the home page counts them: in force (published or suspended) and expiring within the renewal window.
            q = q.Where(n => (n.Status == NoticeStatus.Published || n.Status == NoticeStatus.Suspended) && n.ExpiresAt != null && n.ExpiresAt <= by);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            var upper = text.ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL upper(); never run in .NET
            q = q.Where(n => (n.Reference != null && n.Reference.Contains(text))
                || (n.FamilyName != null && n.FamilyName.ToUpper().Contains(upper)) || (n.Forenames != null && n.Forenames.ToUpper().Contains(upper)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            var country = filter.Country.Trim().ToUpperInvariant();
            q = q.Where(n => n.RequestingCountry == country);
        }

        // Assignments and proposals are the Secretariat's own case work: other callers' filters on them are ignored.
        if (!actor.IsReviewer)
        {
            return q;
        }

        var me = actor.UserId;
        var assignments = db.CaseAssignments;
        q = filter.Assignee switch
        {
            Assigned.Me => q.Where(n => assignments.Any(a => a.NoticeId == n.Id && a.ReviewerId == me)),
            Assigned.Nobody => q.Where(n => !assignments.Any(a => a.NoticeId == n.Id)),
            _ => q,
        };
        return filter.AwaitingSecondReviewer ? q.Where(n => n.PendingDecisionJson != null) : q;
    }
}
