using FairNotice.Domain;
using FairNotice.Domain.Redress;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Features.Screening;
using FairNotice.Web.Features.Shared;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Features.Redress.Commission;

/// <summary>One file: documents, candidate notices, consultations, provisional measures, deadlines and the decision.</summary>
[Authorize(Policy = Policies.Commission)]
internal sealed class RequestModel(AppDbContext db, NoticeDataHolders holders, TimeProvider clock, LiveScreeningIndex index, IStringLocalizer<SharedResource> l) : PageModel
{
    public RedressFileView? Case { get; private set; }
    public List<ScreeningHitResponse> Candidates { get; private set; } = [];

    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public Guid? NoticeId { get; set; }
    [BindProperty] public ProvisionalGround? Ground { get; set; }
    [BindProperty] public DateOnly? ExpectedBy { get; set; }
    [BindProperty] public RedressOutcome? Outcome { get; set; }
    [BindProperty] public string? Update { get; set; }

    /// <summary>"confirm" on the post that carries the explicit confirmation, "change" to go back to the form; none on the first post.</summary>
    [BindProperty] public string? Step { get; set; }

    /// <summary>The file's version the confirmation was shown for.</summary>
    [BindProperty] public int? Version { get; set; }

    /// <summary>Which form was posted, so that its values and errors are shown in it and nowhere else.</summary>
    public string? Posted { get; private set; }

    /// <summary>The decision's consequence, shown for confirmation before it is taken.</summary>
    public Confirmation? Confirm { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostAdmissibleAsync(Guid id, bool admissible, CancellationToken ct)
    {
        Posted = "Admissible";
        var actor = HttpContext.RequireActor();
        var now = clock.GetUtcNow();
        if (!admissible && Step != "change" && !string.IsNullOrWhiteSpace(Reason))
        {
            // Declaring a request inadmissible closes it: it is shown with its consequence and runs only once confirmed.
            var loaded = await GetRedressFile.LoadAsync(db, actor, now, id, "confirm inadmissibility", ct);
            if (!loaded.IsOk)
            {
                return NotFound();
            }

            var file = loaded.Value;
            if (file.Status == RedressStatus.Received && (Step != "confirm" || file.Version != Version))
            {
                Confirm = DecisionConsequence.OfInadmissibility(file, Reason, Step == "confirm", l);
                Version = file.Version;
                db.ChangeTracker.Clear();
                return await ShowAsync(id, ct);
            }

            db.ChangeTracker.Clear();
        }

        if (Step == "change")
        {
            return await ShowAsync(id, ct);
        }

        return await ActAsync(id, DecideAdmissibility.HandleAsync(db, actor, now, id, new AdmissibilityRequest(admissible, Reason), ct), ct);
    }

    public Task<IActionResult> OnPostLinkAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, LinkNotice.HandleAsync(db, HttpContext.RequireActor(), clock.GetUtcNow(), id, new LinkNoticeRequest(NoticeId, null), ct), ct);

    public Task<IActionResult> OnPostBlockAsync(Guid id, CancellationToken ct)
    {
        Posted = "Block";
        return ActAsync(id, TakeProvisionalMeasure.HandleAsync(db, HttpContext.RequireActor(), clock.GetUtcNow(), id, new ProvisionalMeasureRequest(NoticeId, Ground, Reason), ct), ct);
    }

    public Task<IActionResult> OnPostDeadlineAsync(Guid id, CancellationToken ct)
    {
        Posted = "Deadline";
        return ActAsync(id, NotifyDeadline.HandleAsync(db, HttpContext.RequireActor(), clock.GetUtcNow(), id, new DeadlineNoticeRequest(Reason, ExpectedBy), ct), ct);
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken ct)
    {
        Posted = "Decide";
        if (Step == "change")
        {
            return await ShowAsync(id, ct);
        }

        // No outcome is ever assumed: the placeholder fails here, naming the field.
        if (Outcome is null)
        {
            ModelState.AddModelError(nameof(Outcome), "Choose the outcome of the decision.");
        }

        var asked = new DecisionRequest(Outcome, Reason, Update);
        var actor = HttpContext.RequireActor();
        var now = clock.GetUtcNow();
        var checkedFile = await DecideRedress.CheckAsync(db, actor, now, id, asked, ct);
        var stale = Step == "confirm" && checkedFile.IsOk && checkedFile.Value.Version != Version;
        if (!checkedFile.IsOk || !ModelState.IsValid || Step != "confirm" || stale)
        {
            if (checkedFile.IsOk && ModelState.IsValid)
            {
                Confirm = DecisionConsequence.Of(checkedFile.Value, Outcome!.Value, Reason!, Update, l);
                Confirm = stale ? Confirm with { Warning = l["Consequence.FileChanged"] } : Confirm;
                Version = checkedFile.Value.Version;
            }
            else if (checkedFile.Error is InvalidError invalid)
            {
                foreach (var (field, messages) in invalid.Fields.Where(f => Outcome is not null || f.Key != "outcome"))
                {
                    ModelState.AddModelError(DecisionField(field) ?? string.Empty, string.Join(" ", messages));
                }
            }
            else if (checkedFile.Error is { } error)
            {
                ModelState.AddError(error);
            }

            db.ChangeTracker.Clear();
            return await ShowAsync(id, ct);
        }

        db.ChangeTracker.Clear();
        return await ActAsync(id, DecideRedress.HandleAsync(db, holders, actor, now, id, asked, ct), ct);
    }

    private static string? DecisionField(string field) => field switch
    {
        "outcome" => nameof(Outcome),
        "reasons" => nameof(Reason),
        "update" => nameof(Update),
        _ => null,
    };

    private async Task<IActionResult> ActAsync(Guid id, Task<Result<RedressRequest>> work, CancellationToken ct)
    {
        var result = await work;
        if (result.IsOk)
        {
            TempData["Message"] = "Done.";
            return RedirectToPage(new { id });
        }

        ModelState.AddError(result.Error!, Posted == "Decide" ? DecisionField : null);

        db.ChangeTracker.Clear();
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var loaded = await GetRedressFile.LoadAsync(db, HttpContext.RequireActor(), now, id, "read the file", ct);
        if (!loaded.IsOk)
        {
            return NotFound();
        }

        await db.SaveChangesAsync(ct);
        Case = GetRedressFile.ToView(loaded.Value, DateOnly.FromDateTime(now.UtcDateTime));
        Candidates = await FindCandidates.HandleAsync(db, index, loaded.Value, ct);
        return Page();
    }
}
