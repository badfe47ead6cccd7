using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Audit;

[Authorize(Policy = Policies.Auditor)]
internal sealed class IndexModel(AppDbContext db, AuditKeyring keys, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public string? ObjectId { get; set; }

    public AuditPage Entries { get; private set; } = new(null, 0, []);

    /// <summary>The entries in words: names and references instead of ids.</summary>
    public IReadOnlyList<AuditLine> Lines { get; private set; } = [];

    public AuditVerification? Verification { get; private set; }

    public async Task OnGetAsync(bool verify, CancellationToken ct)
    {
        Entries = await AuditFeature.QueryAsync(db, Before, 100, Action, null, ObjectId, Country, ct);
        Lines = await DescribeAuditEntries.HandleAsync(db, Entries.Items, ct);
        if (verify)
        {
            Verification = await AuditFeature.VerifyAsync(db, keys, ct);
        }

        await AuditFeature.RecordAccessAsync(db, HttpContext.RequireActor(), clock.GetUtcNow(), verify ? "audit.verify" : "audit.browse", ct);
    }
}
