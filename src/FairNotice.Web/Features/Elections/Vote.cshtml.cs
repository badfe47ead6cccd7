using FairNotice.Domain.Access;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Elections;

/// <summary>The voting booth of a member's delegation: the choice is encrypted and proven in the browser, and only the
/// encrypted ballot is sent.</summary>
[Authorize(Policy = Policies.Ncb)]
internal sealed class VoteModel(AppDbContext db) : PageModel
{
    public RoundView? Round { get; private set; }

    public string ElectionId { get; private set; } = "";

    public string Voter { get; private set; } = "";

    public bool CanVote { get; private set; }

    public string? PreviousCode { get; private set; }

    /// <summary>This member's public credential on the roll: the booth checks the delegation's secret against it before signing.</summary>
    public string? Credential { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, int order, CancellationToken ct)
    {
        var view = await GetElection.ViewAsync(db, id, ct);
        Round = view?.Rounds.FirstOrDefault(r => r.Order == order);
        if (view is null || Round is null)
        {
            return NotFound();
        }

        ElectionId = id;
        Voter = HttpContext.RequireActor().Country!;
        CanVote = Round.Status == "Open" && Round.Manifest.Voters.Any(v => v.Member == Voter && v.CanVote);
        Credential = Round.Manifest.Voters.FirstOrDefault(v => v.Member == Voter)?.Credential;
        var roundId = $"{id}|{Round.ContestId}";
        PreviousCode = await db.BoardEntries.AsNoTracking().Where(b => b.RoundId == roundId && b.Voter == Voter).OrderByDescending(b => b.Seq).Select(b => b.TrackingCode).FirstOrDefaultAsync(ct);
        return Page();
    }
}
