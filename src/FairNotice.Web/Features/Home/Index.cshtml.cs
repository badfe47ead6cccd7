using FairNotice.Domain.Access;
using FairNotice.Domain.Notices;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Home;

/// <summary>A home page per role: what needs the user's attention.</summary>
internal sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public Actor? Actor { get; private set; }

    public Dictionary<NoticeStatus, int> OwnByStatus { get; private set; } = [];

    public int Received { get; private set; }

    public int Queue { get; private set; }

    public int DueForRenewal { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Actor = User.ToActor();
        if (Actor is null)
        {
            return;
        }

        // Counts only: no personal data is read here, so nothing to audit.
        if (Actor.Country is { } c && Actor.IsNcbOf(c))
        {
            OwnByStatus = await db.Notices.AsNoTracking().Where(n => n.RequestingCountry == c).GroupBy(n => n.Status)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
            var window = clock.GetUtcNow().AddMonths(NoticeLifecycle.RenewalWindowMonths);
            DueForRenewal = await db.Notices.AsNoTracking().CountAsync(n => n.RequestingCountry == c
                && (n.Status == NoticeStatus.Published || n.Status == NoticeStatus.Suspended) && n.ExpiresAt != null && n.ExpiresAt <= window, ct);
            Received = await db.Notices.AsNoTracking().VisibleTo(Actor).CountAsync(n => n.RequestingCountry != c, ct);
        }

        if (Actor.IsReviewer)
        {
            Queue = await db.Notices.AsNoTracking().CountAsync(n => n.Status == NoticeStatus.UnderReview, ct);
        }
    }
}
