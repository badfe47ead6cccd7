using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Elections;

/// <summary>The public bulletin board of a ballot, with a tracking-code lookup.</summary>
[AllowAnonymous]
internal sealed class BoardModel(AppDbContext db) : PageModel
{
    public List<BoardLine> Lines { get; private set; } = [];

    public string ElectionId { get; private set; } = "";

    public int Order { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Code { get; set; }

    public BoardLine? Found { get; private set; }

    /// <summary>Challenged encryptions by code, with the choice they held: never the member (the store does not keep it).</summary>
    public List<(string Code, string Choice)> Challenged { get; private set; } = [];

    public string? LookupResult { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, int order, CancellationToken ct)
    {
        var lines = await GetBoard.HandleAsync(db, id, order, ct);
        if (lines is null)
        {
            return NotFound();
        }

        (Lines, ElectionId, Order) = (lines, id, order);
        var round = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(db.Rounds, r => r.ElectionId == id && r.Order == order, ct);
        if (round is not null)
        {
            var candidates = round.Manifest.Candidates;
            Challenged = [.. round.Challenged.OrderBy(c => c.Code, StringComparer.Ordinal)
                .Select(c => (c.Code, c.Choice is null ? "blank" : candidates.FirstOrDefault(x => x.Id == c.Choice)?.Name ?? c.Choice))];
        }

        Found = string.IsNullOrWhiteSpace(Code) ? null : lines.FirstOrDefault(l => string.Equals(l.TrackingCode, Code.Trim(), StringComparison.OrdinalIgnoreCase));
        var challenged = string.IsNullOrWhiteSpace(Code) ? [] : Challenged.Where(c => string.Equals(c.Code, Code.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        LookupResult = string.IsNullOrWhiteSpace(Code) ? null
            : Found is { } f ? $"Found: entry {f.Seq}, cast by {f.Voter} at {f.CastAt:yyyy-MM-dd HH:mm:ss} UTC — it is on the board and will be counted unless replaced by a later ballot of the same member."
            : challenged.Count > 0 ? $"Found among the challenged encryptions: it held \"{challenged[0].Choice}\" and is never counted."
            : "No ballot with this tracking code is on this board.";
        return Page();
    }
}
