using FairNotice.Domain.Transparency;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Transparency;

/// <summary>The public statistics page: charts first, then every table with its downloads.</summary>
[AllowAnonymous]
internal sealed class IndexModel(AppDbContext db) : PageModel
{
    public List<StatTable> Tables { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Tables = await TransparencyFeature.TablesAsync(db, ct);
}
