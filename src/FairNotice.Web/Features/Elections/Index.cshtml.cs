using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Elections;

/// <summary>Elections, public.</summary>
[AllowAnonymous]
internal sealed class IndexModel(AppDbContext db) : PageModel
{
    public List<ElectionSummary> Elections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Elections = await GetElection.ListAsync(db, ct);
}
