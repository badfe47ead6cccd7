using FairNotice.Domain.Access;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Redress;
using FairNotice.Web.Features.Accounts;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Features.Redress;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Home;

/// <summary>A home page per role: what needs the user's attention, each count a link to the list it counts. Anonymous
/// visitors (someone asking the Commission, a researcher) get the public home: what they can do without an account.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
internal sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public Actor? Actor { get; private set; }

    public Dictionary<NoticeStatus, int> OwnByStatus { get; private set; } = [];

    public int Received { get; private set; }

    public int Queue { get; private set; }

    public int Unassigned { get; private set; }

    public int MyCases { get; private set; }

    public int AwaitingYou { get; private set; }

    public int DueForRenewal { get; private set; }

    public int OpenRedress { get; private set; }

    public int OverdueRedress { get; private set; }

    public int DueSoonRedress { get; private set; }

    public int Accounts { get; private set; }

    public int PendingActivation { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Actor = User.ToActor();
        if (Actor is null)
        {
            return;
        }

        // Counts only: no personal data is read here, so nothing to audit.
        var now = clock.GetUtcNow();
        if (Actor.Country is { } c && Actor.IsNcbOf(c))
        {
            OwnByStatus = await db.Notices.AsNoTracking().Where(n => n.RequestingCountry == c).GroupBy(n => n.Status)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
            var window = now.AddMonths(NoticeLifecycle.RenewalWindowMonths);
            DueForRenewal = await db.Notices.AsNoTracking().CountAsync(n => n.RequestingCountry == c
                && (n.Status == NoticeStatus.Published || n.Status == NoticeStatus.Suspended) && n.ExpiresAt != null && n.ExpiresAt <= window, ct);
            Received = await db.Notices.AsNoTracking().VisibleTo(Actor).CountAsync(n => n.RequestingCountry != c, ct);
        }

        if (Actor.IsReviewer)
        {
            var me = Actor.UserId;
            var queue = db.Notices.AsNoTracking().Where(n => n.Status == NoticeStatus.UnderReview);
            var assignments = db.CaseAssignments;
            Queue = await queue.CountAsync(ct);
            Unassigned = await queue.CountAsync(n => !assignments.Any(a => a.NoticeId == n.Id), ct);
            MyCases = await queue.CountAsync(n => assignments.Any(a => a.NoticeId == n.Id && a.ReviewerId == me), ct);
            var proposals = await queue.Where(n => n.PendingDecisionJson != null).Select(n => n.PendingDecisionJson!).ToListAsync(ct);
            AwaitingYou = proposals.Select(j => System.Text.Json.JsonSerializer.Deserialize<Domain.Compliance.PendingDecision>(j, Json.Options)!)
                .Count(p => !string.Equals(p.ProposedBy, me, StringComparison.Ordinal));
        }

        if (Actor.Has(Role.CommissionMember) && Actor.Affiliation == Affiliation.Commission)
        {
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var open = await db.RedressRequests.AsNoTracking().Where(r => r.Status == RedressStatus.Received || r.Status == RedressStatus.Admissible).ToListAsync(ct);
            var states = open.Select(r => ListRedressRequests.NextDeadline(r, today)?.State).ToList();
            OpenRedress = open.Count;
            OverdueRedress = states.Count(s => s == nameof(ClockState.Overdue));
            DueSoonRedress = states.Count(s => s == nameof(ClockState.DueSoon));
        }

        if (Actor.Has(Role.Administrator) && Actor.Affiliation == Affiliation.Secretariat)
        {
            Accounts = await db.Users.CountAsync(ct);
            PendingActivation = await db.UserTokens.CountAsync(t => t.LoginProvider == AccountState.TokenProvider && t.Name == AccountState.PendingActivation, ct);
        }
    }
}
