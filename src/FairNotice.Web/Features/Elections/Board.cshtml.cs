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

    public async Task<IActionResult> OnGetAsync(string id, int order, CancellationToken ct)
    {
        var lines = await ElectionService.BoardLinesAsync(db, id, order, ct);
        if (lines is null)
        {
            return NotFound();
        }

        (Lines, ElectionId, Order) = (lines, id, order);
        Found = string.IsNullOrWhiteSpace(Code) ? null : lines.FirstOrDefault(l => string.Equals(l.TrackingCode, Code.Trim(), StringComparison.OrdinalIgnoreCase));
        return Page();
    }
}
