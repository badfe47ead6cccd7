using FairNotice.Domain.Notices;
using FairNotice.Web.Features.Languages;
using FairNotice.Web.Features.Shared;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Features.Notices;

[Authorize(Policy = Policies.NcbOrReviewer)]
internal sealed class DetailModel(AppDbContext db, INoticeCompliance compliance, NoticeDataHolders holders, TimeProvider clock, MalwareScan scan, IStringLocalizer<SharedResource> l) : PageModel
{
    public NoticeResponse? Notice { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The error as the Domain worded it (a lifecycle refusal), for showing it in the page's language.</summary>
    public Domain.LocalMessage? ErrorMessage { get; private set; }

    /// <summary>A pre-check run on the draft: shown, never stored.</summary>
    public Domain.Compliance.Assessment? PreCheck { get; private set; }

    public IReadOnlyList<Domain.Members.Member> Members { get; } = Languages.Names.Members();

    /// <summary>The review form as posted: kept whole through errors, confirmation and "go back and change".</summary>
    [BindProperty]
    public ReviewInput Review { get; set; } = new();

    /// <summary>The lifecycle action as posted.</summary>
    [BindProperty]
    public ActionInput Act { get; set; } = new();

    /// <summary>Errors next to the review or action fields, by field name.</summary>
    public Dictionary<string, string> FieldErrors { get; } = new(StringComparer.Ordinal);

    /// <summary>The consequence to confirm, when a valid first post asks for it.</summary>
    public Confirmation? Confirm { get; private set; }

    /// <summary>Which form the confirmation is for: <c>Review</c> or <c>Act</c>.</summary>
    public string? ConfirmFor { get; private set; }

    /// <summary>Which form was posted, so that its values and errors are shown in it and nowhere else.</summary>
    public string? Posted { get; private set; }

    /// <summary>For a reviewer, the name of the Secretariat member behind each history row the Secretariat wrote, by the
    /// row's time and action: four-eyes history must say which reviewer proposed and which confirmed (a requester still
    /// reads "Secretariat").</summary>
    public async Task<IReadOnlyDictionary<(DateTimeOffset At, string Action), string>> SecretariatActorsAsync(CancellationToken ct)
    {
        if (Notice is null || HttpContext.RequireActor() is not { IsReviewer: true })
        {
            return new Dictionary<(DateTimeOffset, string), string>();
        }

        var id = Notice.Id;
        var rows = await db.NoticeEvents.AsNoTracking().Where(e => e.NoticeId == id && e.ActorCountry == null)
            .Select(e => new { e.At, e.Action, e.ActorId }).ToListAsync(ct);
        var people = rows.Select(r => r.ActorId).Distinct(StringComparer.Ordinal).ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var map = new Dictionary<(DateTimeOffset, string), string>();
        foreach (var r in rows)
        {
            if (names.TryGetValue(r.ActorId, out var name) && name.Length > 0)
            {
                map.TryAdd((r.At, r.Action), l.AccountName(name));
            }
        }

        return map;
    }

    /// <summary>Whether a history action is a reviewer's decision or proposal (so its author is named as a reviewer).</summary>
    public static bool IsReviewerAction(string action) =>
        action.StartsWith("Propose", StringComparison.Ordinal) || action is "Publish" or "PublishWithRestrictions" or "Refuse" or "RequestInformation";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var actor = HttpContext.RequireActor();
        var now = clock.GetUtcNow();
        var result = await GetRequest.HandleAsync(db, actor, now, id, null, "case work (web)", ct);
        if (!result.IsOk)
        {
            return NotFound();
        }

        Notice = result.Value.ToResponse(actor, now, await NoticePhotos.IdsAsync(db, id, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostPhotoAsync(Guid id, IFormFile? photo, CancellationToken ct)
    {
        var actor = HttpContext.RequireActor();
        var now = clock.GetUtcNow();
        Domain.Error? error = null;
        if (photo is null || photo.Length == 0)
        {
            error = new Domain.InvalidError("photo.invalid", "Choose a photo to upload.", new Dictionary<string, string[]> { ["photo"] = ["Choose a photo to upload."] });
        }
        else if (photo.Length > Domain.Notices.PhotoRules.MaxBytes)
        {
            error = new Domain.InvalidError("photo.invalid", "The photo is larger than 5 MiB.", new Dictionary<string, string[]> { ["photo"] = ["At most 5 MiB."] });
        }
        else
        {
            using var buffer = new MemoryStream();
            await photo.CopyToAsync(buffer, ct);
            error = (await NoticePhotos.AddAsync(db, scan, actor, now, id, null, buffer.ToArray(), photo.ContentType, ct)).Error;
        }

        if (error is null)
        {
            TempData["Message"] = "Photo added.";
            return RedirectToPage(pageName: null, pageHandler: null, routeValues: new { id }, fragment: "message");
        }

        return await ShowErrorAsync(id, actor, now, error, ct);
    }

    public async Task<IActionResult> OnPostActionAsync(Guid id, CancellationToken ct)
    {
        var actor = HttpContext.RequireActor();
        var now = clock.GetUtcNow();
        Posted = nameof(Act);
        if (Act.Action is not { } action || !Enum.IsDefined(action))
        {
            Error = "Say which action to take.";
            return await ShowAsync(id, actor, now, ct);
        }

        if (Act.Step == Steps.Change)
        {
            return await ShowAsync(id, actor, now, ct);
        }

        // A binding or irreversible action first shows its consequence; only a post carrying the confirmation runs it.
        var read = await GetRequest.HandleAsync(db, actor, now, id, null, $"{action.ToString().ToLowerInvariant()} (web)", ct);
        if (!read.IsOk)
        {
            return NotFound();
        }

        var record = read.Value;
        // The member is asked to confirm on what it may see of the check: never the restricted findings (a confirmation
        // that appeared only for a protected person would be the oracle the restriction closes).
        var check = action == NoticeAction.Submit && actor.IsNcbOf(record.RequestingCountry)
            ? Domain.Compliance.ComplianceEngine.Default.Assess(record.Content, record.RequestingCountry,
                await compliance.ContextAsync(db, record.RequestingCountry, record.Id, now, ct)).ForRequester()
            : null;
        var stale = Act.Step == Steps.Confirm && Act.Version != record.Version;
        if (Consequences.NeedsConfirmation(action, check) && (Act.Step != Steps.Confirm || stale))
        {
            var allowed = ChangeStatus.Check(record, actor, now, action, Act.Reason);
            if (!allowed.IsOk)
            {
                return await ShowErrorAsync(id, actor, now, allowed.Error!, ct);
            }

            Confirm = Consequences.OfAction(record, action, Act.Reason, check, l);
            Confirm = stale ? Confirm with { Warning = l["Consequence.RequestChanged"] } : Confirm;
            ConfirmFor = nameof(Act);
            Act.Version = record.Version;
            PreCheck = check;
            return await ShowAsync(id, actor, now, ct);
        }

        var result = await ChangeStatus.HandleAsync(db, compliance, holders, actor, now, id, null, action, Act.Reason, ct);
        if (result.IsOk)
        {
            TempData["Message"] = action == NoticeAction.Submit ? Submitted(result.Value) : l["Flash.Done", l.Label(action)].Value;
            return RedirectToPage(pageName: null, pageHandler: null, routeValues: new { id }, fragment: "message");
        }

        return await ShowErrorAsync(id, actor, now, result.Error!, ct);
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid id, CancellationToken ct)
    {
        var actor = HttpContext.RequireActor();
        var now = clock.GetUtcNow();
        Posted = nameof(Review);
        if (Review.Step == Steps.Change)
        {
            return await ShowAsync(id, actor, now, ct);
        }

        // No decision is ever assumed: the placeholder fails here, naming the field.
        if (Review.Decision is not { } decision || !Enum.IsDefined(decision))
        {
            FieldErrors["decision"] = "Choose a decision: publish, publish with restrictions, refuse or ask for more information.";
            return await ShowAsync(id, actor, now, ct);
        }

        var asked = new Domain.Compliance.DecisionRequest(decision, Review.Ground, Review.Reason,
            [.. Review.Restrictions.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim().ToUpperInvariant())], Review.ParticularImportance);
        var preview = await ReviewRequest.DecideAsync(db, compliance, actor, now, id, null, asked, ct);
        if (!preview.IsOk)
        {
            return await ShowErrorAsync(id, actor, now, preview.Error!, ct);
        }

        var (record, outcome) = preview.Value;
        var stale = Review.Step == Steps.Confirm && Review.Version != record.Version;
        if (Review.Step != Steps.Confirm || stale)
        {
            // A second reviewer who confirms without a reason of their own is shown the first reviewer's reason, not the stored
            // English "… — confirmed" (the history words that suffix in each language).
            Confirm = Consequences.OfReview(record, outcome, !string.IsNullOrWhiteSpace(Review.Reason) ? Review.Reason : record.PendingDecision is { } pending && pending.Decision == outcome.Decision ? pending.Reason : outcome.Reason, outcome.TakesEffect && record.PendingDecision?.Decision == outcome.Decision, l);
            Confirm = stale ? Confirm with { Warning = l["Consequence.RequestChanged"] } : Confirm;
            ConfirmFor = nameof(Review);
            Review.Version = record.Version;
            db.ChangeTracker.Clear();
            return await ShowAsync(id, actor, now, ct);
        }

        db.ChangeTracker.Clear();
        var result = await ReviewRequest.HandleAsync(db, compliance, actor, now, id, null, asked, ct);
        if (result.IsOk)
        {
            TempData["Message"] = result.Value.TookEffect
                ? l["Flash.Done", l.Label(decision)].Value
                : l["Flash.Proposed", l.Label(decision)].Value;
            return RedirectToPage(pageName: null, pageHandler: null, routeValues: new { id }, fragment: "message");
        }

        return await ShowErrorAsync(id, actor, now, result.Error!, ct);
    }

    public async Task<IActionResult> OnPostPrecheckAsync(Guid id, CancellationToken ct)
    {
        var actor = HttpContext.RequireActor();
        var now = clock.GetUtcNow();
        var read = await GetRequest.HandleAsync(db, actor, now, id, null, "pre-check (web)", ct);
        if (!read.IsOk || !actor.IsNcbOf(read.Value.RequestingCountry))
        {
            return NotFound();
        }

        if (HttpContext.RequestServices.GetRequiredService<Platform.Budgets.RequestBudgets>().TryCharge(HttpContext, Platform.Budgets.BudgetNames.PreCheck) is { } wait)
        {
            Notice = read.Value.ToResponse(actor, now, await NoticePhotos.IdsAsync(db, id, ct));
            Error = "Too many pre-checks from your account or connection; try again later.";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = Platform.Budgets.RequestBudgets.Seconds(wait);
            return Page();
        }

        var outcome = await compliance.PreCheckAsync(db, actor, now, read.Value.RequestingCountry, read.Value.Content, read.Value.Id, ct);
        PreCheck = outcome.Assessment;
        Notice = read.Value.ToResponse(actor, now, await NoticePhotos.IdsAsync(db, id, ct));
        if (outcome.RateLimited)
        {
            Error = l["Detail.PreCheckLimit", Domain.Compliance.PreCheckBudget.PerPersonPerWindow].Value;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = Math.Ceiling(outcome.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Page();
    }

    private async Task<IActionResult> ShowAsync(Guid id, Domain.Access.Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var reread = await GetRequest.HandleAsync(db, actor, now, id, null, "case work (web)", ct);
        if (!reread.IsOk)
        {
            return NotFound();
        }

        Notice = reread.Value.ToResponse(actor, now, await NoticePhotos.IdsAsync(db, id, ct));
        return Page();
    }

    private async Task<IActionResult> ShowErrorAsync(Guid id, Domain.Access.Actor actor, DateTimeOffset now, Domain.Error error, CancellationToken ct)
    {
        if (error is Domain.NotFoundError)
        {
            return NotFound();
        }

        // A failed step may have staged changes (a restriction applied before the lifecycle refused): none of it may be saved by the read below.
        db.ChangeTracker.Clear();
        if (error is Domain.InvalidError invalid)
        {
            foreach (var (field, messages) in invalid.Fields)
            {
                FieldErrors[field] = string.Join(" ", messages);
            }

            // Fields this page has no input for (a submission's missing data) are listed at the top.
            var elsewhere = invalid.Fields.Where(f => !ShownFields.Contains(f.Key)).SelectMany(f => f.Value).ToList();
            Error = elsewhere.Count > 0 ? $"Nothing was changed. {string.Join(" ", elsewhere)}" : "Nothing was changed: correct the fields marked below.";
        }
        else
        {
            Error = error.Message;
            ErrorMessage = error.Local;
        }

        return await ShowAsync(id, actor, now, ct);
    }

    private static string Submitted(NoticeRecord record) => record.Kind == NoticeKind.Notice
        ? "Submitted: the request is now under Secretariat review."
        : record.Held
            ? "Submitted: the request is now under Secretariat review, and held: its addressees do not receive it until a reviewer decides."
            : "Submitted: the request is now under Secretariat review, and circulates to its addressees meanwhile.";

    private static readonly HashSet<string> ShownFields = new(StringComparer.Ordinal) { "decision", "ground", "reason", "restrictions", "particularImportance", "photo" };


    public static bool IsReviewDecision(string action) => ChangeStatus.ReviewOnly.Contains(Enum.Parse<NoticeAction>(action));

    public static bool NeedsReason(string action) => action is "Refuse" or "Cancel" or "Withdraw" or "Suspend" or "Renew";

    /// <summary>The steps of a confirmed form: the first post has none.</summary>
    public static class Steps
    {
        public const string Confirm = "confirm";
        public const string Change = "change";
    }

    public sealed class ReviewInput
    {
        public Domain.Compliance.ReviewDecision? Decision { get; set; }

        public Domain.Compliance.Ground? Ground { get; set; }

        public string? Reason { get; set; }

        public List<string> Restrictions { get; set; } = [];

        public bool ParticularImportance { get; set; }

        /// <summary>The request's version the confirmation was shown for.</summary>
        public int? Version { get; set; }

        public string? Step { get; set; }
    }

    public sealed class ActionInput
    {
        public NoticeAction? Action { get; set; }

        public string? Reason { get; set; }

        public int? Version { get; set; }

        public string? Step { get; set; }
    }
}
