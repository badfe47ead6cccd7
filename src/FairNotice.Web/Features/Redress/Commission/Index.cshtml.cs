using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Redress.Commission;

/// <summary>The Commission's desk: every open request with its next deadline, and purge acknowledgements overdue.</summary>
[Authorize(Policy = Policies.Commission)]
internal sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public List<RedressSummary> Requests { get; private set; } = [];
    public List<PurgeView> OverduePurges { get; private set; } = [];
    public bool All { get; private set; }

    public async Task OnGetAsync(bool all, CancellationToken ct)
    {
        All = all;
        var actor = HttpContext.RequireActor();
        Requests = await ListRedressRequests.HandleAsync(db, actor, clock.GetUtcNow(), !all, ct);
        OverduePurges = await ListPurges.HandleAsync(db, actor, clock.GetUtcNow(), true, ct);
    }
}
