using FairNotice.Domain.Redress;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Redress.Commission;

/// <summary>The Commission's desk: every open request with its next deadline, the most urgent first, and purge acknowledgements overdue.</summary>
[Authorize(Policy = Policies.Commission)]
internal sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public List<RedressSummary> Requests { get; private set; } = [];
    public List<PurgeView> OverduePurges { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public bool All { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public RedressType? Type { get; set; }
    [BindProperty(SupportsGet = true)] public RedressStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public ClockState? Urgency { get; set; }
    [BindProperty(SupportsGet = true)] public ListRedressRequests.Order Sort { get; set; }

    /// <summary>How many listed requests have a deadline past due or within the warning period.</summary>
    public int Overdue => Requests.Count(r => r.Next?.State == nameof(ClockState.Overdue));

    public int DueSoon => Requests.Count(r => r.Next?.State == nameof(ClockState.DueSoon));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = HttpContext.RequireActor();
        Q = Q is { Length: > 40 } ? Q[..40] : Q;
        // A status other than an open one needs the whole list.
        var openOnly = !All && Status is null or RedressStatus.Received or RedressStatus.Admissible;
        Requests = await ListRedressRequests.HandleAsync(db, actor, clock.GetUtcNow(), openOnly, new ListRedressRequests.Filter(Q, Type, Status, Urgency, Sort), ct);
        OverduePurges = await ListPurges.HandleAsync(db, actor, clock.GetUtcNow(), true, ct);
    }
}
