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

    public List<(string Voter, string Choice)> Challenged { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, int order, CancellationToken ct)
    {
        var lines = await ElectionService.BoardLinesAsync(db, id, order, ct);
        if (lines is null)
        {
            return NotFound();
        }

        (Lines, ElectionId, Order) = (lines, id, order);
        var round = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(db.Rounds, r => r.ElectionId == id && r.Order == order, ct);
        if (round is not null)
        {
            var candidates = round.Manifest.Candidates;
            Challenged = [.. round.Challenged.Select(c => (c.Ballot.Voter, c.Choice is null ? "blank" : candidates.FirstOrDefault(x => x.Id == c.Choice)?.Name ?? c.Choice))];
        }

        Found = string.IsNullOrWhiteSpace(Code) ? null : lines.FirstOrDefault(l => string.Equals(l.TrackingCode, Code.Trim(), StringComparison.OrdinalIgnoreCase));
        return Page();
    }
}
