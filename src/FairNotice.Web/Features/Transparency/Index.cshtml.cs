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

    /// <summary>Refusals with no classified charge (the chart leaves them out): a count, "&lt;5" when from 1 to 4, null when none.</summary>
    public object? Unclassified { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Tables = await TransparencyFeature.TablesAsync(db, ct);
        var iccs = Tables.FirstOrDefault(t => t.Name == RefusalsBySection.Name);
        var refused = iccs?.Columns.ToList().IndexOf("refused") ?? -1;
        var row = iccs?.Rows.FirstOrDefault(r => Equals(r[0], RefusalsByOffenceClass.Unclassified));
        Unclassified = row is null || refused < 0 || row[refused] is 0 ? null : row[refused];
    }
}
