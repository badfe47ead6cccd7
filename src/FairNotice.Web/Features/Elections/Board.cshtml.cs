using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Elections;

/// <summary>The public bulletin board of a ballot, with a tracking-code lookup.</summary>
[AllowAnonymous]
internal sealed class BoardModel(AppDbContext db, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l) : PageModel
{
    public List<BoardLine> Lines { get; private set; } = [];

    public string ElectionId { get; private set; } = "";

    public int Order { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Code { get; set; }

    public BoardLine? Found { get; private set; }

    /// <summary>Challenged encryptions by code, with the choice they held: never the member (the store does not keep it).</summary>
    public List<(string Code, string? Choice)> Challenged { get; private set; } = [];

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
                .Select(c => (c.Code, c.Choice is null ? null : candidates.FirstOrDefault(x => x.Id == c.Choice)?.Name ?? c.Choice))];
        }

        Found = string.IsNullOrWhiteSpace(Code) ? null : lines.FirstOrDefault(l => string.Equals(l.TrackingCode, Code.Trim(), StringComparison.OrdinalIgnoreCase));
        var challenged = string.IsNullOrWhiteSpace(Code) ? [] : Challenged.Where(c => string.Equals(c.Code, Code.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        LookupResult = string.IsNullOrWhiteSpace(Code) ? null
            : (string)(Found is { } f ? l["Board.Found", f.Seq, f.Voter, f.CastAt.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)]
            : challenged.Count > 0 ? l["Board.FoundChallenged", challenged[0].Choice ?? l["Vote.Blank"]]
            : l["Board.NotFound"]);
        return Page();
    }
}
