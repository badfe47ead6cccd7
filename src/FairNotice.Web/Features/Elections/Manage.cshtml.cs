using System.Text.Json;
using FairNotice.Domain;
using FairNotice.Domain.Elections;
using FairNotice.Web.Features.Languages;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Features.Elections;

/// <summary>The election officer's desk for one election: candidacies, the guardians' public records, ballots, decryption
/// shares and proclamation. Each form runs the same use case as the API; the guardians' secrets never reach the server.</summary>
[Authorize(Policy = Policies.ElectionOfficer)]
[RequestSizeLimit(2_000_000)]
internal sealed class ManageModel(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    private const int MaxJsonBytes = 1_000_000;

    public ElectionView? Election { get; private set; }

    [BindProperty] public Post? Post { get; set; }
    [BindProperty] public string? Region { get; set; }

    /// <summary>The guardians' public records (what <c>fairnotice election trustee bundle</c> writes), pasted or as a file.</summary>
    [BindProperty] public string? GuardiansJson { get; set; }
    [BindProperty] public IFormFile? GuardiansFile { get; set; }

    /// <summary>One or more guardians' decryption shares (what <c>fairnotice election decrypt</c> writes), pasted or as a file.</summary>
    [BindProperty] public string? SharesJson { get; set; }
    [BindProperty] public IFormFile? SharesFile { get; set; }

    /// <summary>Which ballot the shares form failed for, so its error shows beside it.</summary>
    public int? SharesFor { get; private set; }

    public Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => ShowAsync(id, ct);

    public Task<IActionResult> OnPostValidateAsync(string id, CancellationToken ct) =>
        RunAsync(id, "Election.Validated", async a => (await ValidateCandidacies.HandleAsync(db, a, clock.GetUtcNow(), id, ct)).Error, ct);

    public Task<IActionResult> OnPostOpenAsync(string id, CancellationToken ct) =>
        RunAsync(id, "Election.Opened", async a => (await OpenBallot.HandleAsync(db, a, clock.GetUtcNow(), id, new OpenRoundRequest(Post, Post == Domain.Elections.Post.Delegate ? Region : null), ct)).Error, ct);

    /// <summary>"confirm" once the officer has read the consequence of closing a ballot or proclaiming (ADR 0011).</summary>
    [BindProperty] public string? Step { get; set; }

    /// <summary>What closing the ballot or proclaiming would do, shown before it runs.</summary>
    public Shared.Confirmation? Confirm { get; private set; }

    /// <summary>The ballot the close confirmation is for; null when it is the proclamation's.</summary>
    public int? ConfirmOrder { get; private set; }

    public async Task<IActionResult> OnPostCloseAsync(string id, int order, CancellationToken ct)
    {
        if (Step != "confirm")
        {
            return await ConfirmAsync(id, order, ct);
        }

        return await RunAsync(id, "Election.Closed", async a => (await CloseBallot.HandleAsync(db, a, clock.GetUtcNow(), id, order, ct)).Error, ct);
    }

    public async Task<IActionResult> OnPostProclaimAsync(string id, CancellationToken ct)
    {
        if (Step != "confirm")
        {
            return await ConfirmAsync(id, null, ct);
        }

        return await RunAsync(id, "Election.Proclaimed", async a => (await Proclaim.HandleAsync(db, a, clock.GetUtcNow(), id, ct)).Error, ct);
    }

    // Closing ends the vote of every member who has not voted, and a proclamation ends the election: neither can be undone,
    // so the page says so, with the numbers, and runs only when confirmed. "Go back" (or anything but "confirm") only shows it.
    private async Task<IActionResult> ConfirmAsync(string id, int? order, CancellationToken ct)
    {
        var shown = await ShowAsync(id, ct);
        if (Step == "change" || Election is not { } e)
        {
            return shown;
        }

        if (order is { } o)
        {
            if (e.Rounds.FirstOrDefault(r => r.Order == o && r.Status == nameof(RoundStatus.Open)) is not { } round)
            {
                return shown;
            }

            var seat = round.Manifest.Region is null ? l.Label(round.Manifest.Post) : $"{l.Label(round.Manifest.Post)} ({l.Named("Region", round.Manifest.Region)})";
            var voters = round.Manifest.Voters.Count;
            Confirm = new Shared.Confirmation(l["ElectionManage.CloseConfirm", seat, round.Manifest.Ballot],
                [l["ElectionManage.CloseConfirmVoted", round.Ballots, voters], l["ElectionManage.CloseConfirmFinal"]], l["ElectionManage.CloseConfirmYes"]);
            ConfirmOrder = o;
        }
        else if (e.Status != nameof(ElectionStatus.Proclaimed))
        {
            // Refused before it is confirmed: "Elected: nobody… Proclaim?" then "every ballot must be tallied" asked the officer
            // to confirm something that could not happen.
            if (Enum.TryParse<ElectionStatus>(e.Status, out var status)
                && ElectionLifecycle.Proclaim(status, e.Rounds.Select(r => Enum.TryParse<RoundStatus>(r.Status, out var s) ? s : RoundStatus.Open)).Error is { } refused)
            {
                ModelState.AddError(refused);
                ModelState.TranslateErrors(l);
                return shown;
            }

            var open = e.Rounds.Count(r => r.Status != nameof(RoundStatus.Tallied));
            Confirm = new Shared.Confirmation(l["ElectionManage.ProclaimConfirm"],
                [l["ElectionManage.ProclaimConfirmElected", e.Elected.Count == 0 ? l["ElectionManage.ProclaimConfirmNobody"].Value : string.Join(l["Message.Comma"].Value, e.Elected)],
                 l["ElectionManage.ProclaimConfirmFinal"]], l["ElectionManage.ProclaimConfirmYes"],
                open > 0 ? l["ElectionManage.ProclaimConfirmUntallied", open].Value : null);
        }

        return shown;
    }

    public Task<IActionResult> OnPostGuardiansAsync(string id, CancellationToken ct) => RunAsync(id, "Election.GuardiansSet", async a =>
    {
        var read = await ReadAsync<List<GuardianRecord>>(GuardiansFile, GuardiansJson, "guardians", "ElectionManage.GuardiansUnreadable", ct);
        return read.IsOk ? (await SetGuardians.HandleAsync(db, a, clock.GetUtcNow(), id, read.Value, ct)).Error : read.Error;
    }, ct);

    public Task<IActionResult> OnPostSharesAsync(string id, int order, CancellationToken ct)
    {
        SharesFor = order;
        return RunAsync(id, "Election.SharesRecorded", async a =>
        {
            var read = await ReadAsync<SharesRequest>(SharesFile, SharesJson, "shares", "ElectionManage.SharesUnreadable", ct);
            return read.IsOk ? (await TallyBallot.HandleAsync(db, a, clock.GetUtcNow(), id, order, read.Value, ct)).Error : read.Error;
        }, ct);
    }

    // A file wins over pasted text; either must be the JSON the command-line tool writes.
    private async Task<Result<T>> ReadAsync<T>(IFormFile? file, string? pasted, string field, string unreadable, CancellationToken ct)
        where T : class
    {
        string? text = pasted;
        if (file is { Length: > 0 })
        {
            if (file.Length > MaxJsonBytes)
            {
                return new InvalidError("election.invalid", l["ElectionManage.TooLarge"].Value, new Dictionary<string, string[]> { [field] = [l["ElectionManage.TooLarge"].Value] });
            }

            using var reader = new StreamReader(file.OpenReadStream());
            text = await reader.ReadToEndAsync(ct);
        }

        try
        {
            if (!string.IsNullOrWhiteSpace(text) && JsonSerializer.Deserialize<T>(text, ElectionJson.Options) is { } value)
            {
                return value;
            }
        }
        catch (JsonException)
        {
        }

        return new InvalidError("election.invalid", l[unreadable].Value, new Dictionary<string, string[]> { [field] = [l[unreadable].Value] });
    }

    private async Task<IActionResult> RunAsync(string id, string done, Func<Domain.Access.Actor, Task<Error?>> work, CancellationToken ct)
    {
        var error = await work(HttpContext.RequireActor());
        if (error is null)
        {
            TempData["Message"] = done;
            return Redirect($"/Elections/{id}/Manage");
        }

        if (error == ElectionErrors.NotFound)
        {
            return NotFound();
        }

        db.ChangeTracker.Clear();
        ModelState.AddError(error, f => f.StartsWith("guardians", StringComparison.Ordinal) && SharesFor is null ? nameof(GuardiansJson)
            : SharesFor is not null ? nameof(SharesJson) : f == "post" ? nameof(Post) : null);
        ModelState.TranslateErrors(l);
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(string id, CancellationToken ct)
    {
        Election = await GetElection.ViewAsync(db, id, ct);
        return Election is null ? NotFound() : Page();
    }
}
