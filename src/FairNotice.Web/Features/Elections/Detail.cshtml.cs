using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Elections;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Elections;

/// <summary>One election: seats, candidacies, ballots and results; the officer's and the supervisors' forms.</summary>
[AllowAnonymous]
internal sealed class DetailModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public ElectionView? Election { get; private set; }

    public Actor? Actor => User.ToActor();

    /// <summary>SHA-256 of the record as it stands (what the download's X-Record-SHA256 says): compare with the file.</summary>
    public string? RecordHash { get; private set; }

    /// <summary>The published credential list's hash, to compare with the credential authority's announcement.</summary>
    public string? CredentialListHash { get; private set; }

    public bool IsOfficer => Actor is { } a && a.Affiliation == Affiliation.Secretariat && a.Has(Role.ElectionOfficer);

    [BindProperty] public string? Person { get; set; }
    [BindProperty] public Post? Post { get; set; }
    [BindProperty] public string? Region { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await ShowAsync(id, ct);

    public Task<IActionResult> OnPostCandidacyAsync(string id, CancellationToken ct) => Signed(id, "Your member's candidacy is proposed. The election officer checks it against the rules.", a => a.Has(Role.NcbSupervisor),
        a => SubmitCandidacy.HandleAsync(db, a, clock.GetUtcNow(), id, new CandidacyRequest(Person, Post, Region), ct).ContinueWith(t => t.Result.Error, ct), ct);

    public Task<IActionResult> OnPostValidateAsync(string id, CancellationToken ct) => Officer(id, "The candidacies are checked against the rules; each shows whether it is valid.", a => ValidateCandidacies.HandleAsync(db, a, clock.GetUtcNow(), id, ct).ContinueWith(t => t.Result.Error, ct), ct);

    public Task<IActionResult> OnPostOpenAsync(string id, CancellationToken ct) =>
        Officer(id, "The next ballot is open: the members' delegations can vote.", a => OpenBallot.HandleAsync(db, a, clock.GetUtcNow(), id, new OpenRoundRequest(Post, Region), ct).ContinueWith(t => t.Result.Error, ct), ct);

    // Closing a ballot and proclaiming are on the officer's Manage page, where their consequence is stated and confirmed first.

    private Task<IActionResult> Officer(string id, string done, Func<Actor, Task<Error?>> work, CancellationToken ct) => Signed(id, done, a => a.Has(Role.ElectionOfficer) && a.Affiliation == Affiliation.Secretariat, work, ct);

    private async Task<IActionResult> Signed(string id, string done, Func<Actor, bool> allowed, Func<Actor, Task<Error?>> work, CancellationToken ct)
    {
        if (Actor is not { } a || !allowed(a))
        {
            return Forbid();
        }

        var error = await work(a);
        if (error is null)
        {
            TempData["Message"] = done;
            return RedirectToPage(new { id });
        }

        ModelState.AddError(error);
        db.ChangeTracker.Clear();
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(string id, CancellationToken ct)
    {
        Election = await GetElection.ViewAsync(db, id, ct);
        if (Election is null)
        {
            return NotFound();
        }

        RecordHash = Election.Rounds.Any(r => r.Status == "Tallied") && await GetElection.RecordAsync(db, id, ct) is { } record ? Group.Sha256(record.ToJson()) : null;
        CredentialListHash = Election.Rounds.Count > 0 ? Election.Rounds[0].Manifest.CredentialListHash : null;
        return Page();
    }
}
