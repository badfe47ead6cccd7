using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Audit;

[Authorize(Policy = Policies.Auditor)]
internal sealed class IndexModel(AppDbContext db, AuditKeyring keys, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public string? ObjectId { get; set; }

    /// <summary>Who acted: an account's email (looked up to its id, which the trail records).</summary>
    [BindProperty(SupportsGet = true)] public string? Who { get; set; }

    /// <summary>First and last day (UTC), inclusive.</summary>
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    /// <summary>The query string of the filters, for older entries.</summary>
    public string Filters => QueryString.Create(new Dictionary<string, string?>
    {
        ["action"] = Action, ["country"] = Country, ["objectId"] = ObjectId, ["who"] = Who,
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString().TrimStart('?');

    public AuditPage Entries { get; private set; } = new(null, 0, []);

    /// <summary>The entries in words: names and references instead of ids.</summary>
    public IReadOnlyList<AuditLine> Lines { get; private set; } = [];

    public AuditVerification? Verification { get; private set; }

    public async Task OnGetAsync(bool verify, CancellationToken ct)
    {
        string? actorId = null;
        if (!string.IsNullOrWhiteSpace(Who))
        {
            var email = Who.Trim().ToUpperInvariant();
            // An unknown email matches nobody rather than everybody.
            actorId = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == email).Select(u => u.Id).FirstOrDefaultAsync(ct) ?? "-";
        }

        Entries = await AuditFeature.QueryAsync(db, Before, 100, Action, actorId, ObjectId, Country,
            From is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            To is { } t ? new DateTimeOffset(t.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero) : null, ct);
        Lines = await DescribeAuditEntries.HandleAsync(db, Entries.Items, ct);
        if (verify)
        {
            Verification = await AuditFeature.VerifyAsync(db, keys, ct);
        }

        await AuditFeature.RecordAccessAsync(db, HttpContext.RequireActor(), clock.GetUtcNow(), verify ? "audit.verify" : "audit.browse", ct);
    }
}
