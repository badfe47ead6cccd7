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

    public Task<IActionResult> OnPostCloseAsync(string id, int order, CancellationToken ct) =>
        RunAsync(id, "Election.Closed", async a => (await CloseBallot.HandleAsync(db, a, clock.GetUtcNow(), id, order, ct)).Error, ct);

    public Task<IActionResult> OnPostProclaimAsync(string id, CancellationToken ct) =>
        RunAsync(id, "Election.Proclaimed", async a => (await Proclaim.HandleAsync(db, a, clock.GetUtcNow(), id, ct)).Error, ct);

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
