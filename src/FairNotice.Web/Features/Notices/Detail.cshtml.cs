using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Notices;

[Authorize(Policy = Policies.NcbOrReviewer)]
internal sealed class DetailModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public NoticeResponse? Notice { get; private set; }

    public string? Error { get; private set; }

    /// <summary>A pre-check run on the draft: shown, never stored.</summary>
    public Domain.Compliance.Assessment? PreCheck { get; private set; }

    public IReadOnlyList<Domain.Members.Member> Members { get; } = Domain.Members.MemberCatalogue.All;

    public async Task<IActionResult> OnGetAsync(Guid id, string? purpose, CancellationToken ct)
    {
        var actor = HttpContext.RequireActor();
        var now = clock.GetUtcNow();
        var result = await GetRequest.HandleAsync(db, actor, now, id, null, purpose ?? "case work (web)", ct);
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
            error = (await NoticePhotos.AddAsync(db, actor, now, id, null, buffer.ToArray(), photo.ContentType, ct)).Error;
        }

        if (error is null)
        {
            TempData["Message"] = "Photo added.";
            return RedirectToPage(new { id });
        }

        return await ShowErrorAsync(id, actor, now, error, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, NoticeAction action, string? reason, CancellationToken ct)
    {
        var actor = HttpContext.RequireActor();
        var now = clock.GetUtcNow();
        var result = await ChangeStatus.HandleAsync(db, actor, now, id, null, action, reason, ct);
        if (result.IsOk)
        {
            TempData["Message"] = $"{action}: done.";
            return RedirectToPage(new { id });
        }

        return await ShowErrorAsync(id, actor, now, result.Error!, ct);
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid id, Domain.Compliance.ReviewDecision decision, Domain.Compliance.Ground? ground, string? reason,
        List<string>? restrictions, bool particularImportance, CancellationToken ct)
    {
        var actor = HttpContext.RequireActor();
        var now = clock.GetUtcNow();
        var result = await ReviewRequest.HandleAsync(db, actor, now, id, null,
            new Domain.Compliance.DecisionRequest(decision, ground, reason, restrictions ?? [], particularImportance), ct);
        if (result.IsOk)
        {
            TempData["Message"] = result.Value.TookEffect ? $"{decision}: done." : $"{decision} proposed: a second reviewer must confirm it.";
            return RedirectToPage(new { id });
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

        var outcome = await Compliance.PreCheckRequest.HandleAsync(db, actor, now, read.Value.RequestingCountry, read.Value.Content, read.Value.Id, ct);
        PreCheck = outcome.Assessment;
        Notice = read.Value.ToResponse(actor, now, await NoticePhotos.IdsAsync(db, id, ct));
        if (outcome.RateLimited)
        {
            Error = $"At most {Domain.Compliance.PreCheckBudget.PerPersonPerWindow} pre-checks about one person per day; try again later.";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = Math.Ceiling(outcome.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Page();
    }

    private async Task<IActionResult> ShowErrorAsync(Guid id, Domain.Access.Actor actor, DateTimeOffset now, Domain.Error error, CancellationToken ct)
    {
        if (error is Domain.NotFoundError)
        {
            return NotFound();
        }

        var reread = await GetRequest.HandleAsync(db, actor, now, id, null, "case work (web)", ct);
        Notice = reread.IsOk ? reread.Value.ToResponse(actor, now, await NoticePhotos.IdsAsync(db, id, ct)) : null;
        Error = error is Domain.InvalidError inv ? string.Join(" ", inv.Fields.SelectMany(f => f.Value)) : error.Message;
        return Page();
    }

    public static bool IsReviewDecision(string action) => ChangeStatus.ReviewOnly.Contains(Enum.Parse<NoticeAction>(action));

    public static bool NeedsReason(string action) => action is "Refuse" or "Cancel" or "Withdraw" or "Suspend" or "Renew";
}
