using FairNotice.Domain;
using FairNotice.Domain.Redress;
using FairNotice.Web.Features.Languages;
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
            ModelState.AddModelError(nameof(Outcome), l["Ccf.Error.Decide.outcome"]);
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
                AddErrors(invalid with { Fields = invalid.Fields.Where(f => Outcome is not null || f.Key != "outcome").ToDictionary() });
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

    /// <summary>The input (its id) that shows an error of the posted form's field: each form of the page has its own reason box.</summary>
    public static string? FieldOf(string? posted, string field) => (posted, field) switch
    {
        ("Admissible", "reason") => "Reason",
        ("Block", "reason") => "BlockReason",
        ("Block", "noticeId") => "NoticeId",
        ("Block", "ground") => "Ground",
        ("Deadline", "reason") => "DeadlineReason",
        ("Deadline", "expectedBy") => "ExpectedBy",
        ("Decide", "outcome") => nameof(Outcome),
        ("Decide", "reasons") => "DecisionReason",
        ("Decide", "update") => nameof(Update),
        _ => null,
    };

    /// <summary>The labels of the fields, for the error summary ("Motifs : …").</summary>
    public IReadOnlyList<(string Key, string Label)> FieldsInOrder() =>
    [
        ("Reason", l["Ccf.ReasonsInadmissible"]),
        ("NoticeId", l["NoticeKind.Notice"]),
        ("Ground", l["Ccf.Urgency"]),
        ("BlockReason", l["Detail.Why"]),
        ("ExpectedBy", l["Ccf.NewDate"]),
        ("DeadlineReason", l["Detail.Why"]),
        (nameof(Outcome), l["Ccf.Outcome"]),
        ("DecisionReason", l["Ccf.DecisionReasons"]),
        (nameof(Update), l["Ccf.UpdateRequired"]),
    ];

    // GOV.UK: each message at its field, in the page's language, saying what to do; the API's English sentences stay the API's.
    // A field the page has its own sentence for ("Ccf.Error.{form}.{field}") uses it; a message with data the handler wrote as a
    // key and arguments (LocalFields) is rendered; anything else goes through the error layer's translation.
    private void AddErrors(InvalidError invalid)
    {
        var elsewhere = invalid.Fields.Where(f => FieldOf(Posted, f.Key) is null).ToDictionary();
        if (elsewhere.Count > 0)
        {
            ModelState.AddError(invalid with { Fields = elsewhere });
        }

        foreach (var (field, messages) in invalid.Fields)
        {
            if (FieldOf(Posted, field) is not { } key)
            {
                continue;
            }

            var own = l[$"Ccf.Error.{Posted}.{field}"];
            ModelState.AddModelError(key, invalid.LocalFields?.GetValueOrDefault(field) is { Length: > 0 } local ? string.Join(" ", local.Select(m => l.Text(m)))
                : !own.ResourceNotFound ? own.Value : string.Join(" ", messages));
        }
    }

    private async Task<IActionResult> ActAsync(Guid id, Task<Result<RedressRequest>> work, CancellationToken ct)
    {
        var result = await work;
        if (result.IsOk)
        {
            TempData["Message"] = "Done.";
            return RedirectToPage(new { id });
        }

        if (result.Error is InvalidError invalid)
        {
            AddErrors(invalid);
        }
        else
        {
            ModelState.AddError(result.Error!);
        }

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
