using FairNotice.Domain;
using FairNotice.Domain.Redress;
using FairNotice.Web.Features.Redress;
using FairNotice.Web.Features.Screening;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Commission;

/// <summary>One file: documents, candidate notices, consultations, provisional measures, deadlines and the decision.</summary>
[Authorize(Policy = Policies.Commission)]
internal sealed class RequestModel(AppDbContext db, TimeProvider clock, LiveScreeningIndex index) : PageModel
{
    public RedressFileView? Case { get; private set; }
    public List<ScreeningHitResponse> Candidates { get; private set; } = [];

    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public Guid? NoticeId { get; set; }
    [BindProperty] public ProvisionalGround? Ground { get; set; }
    [BindProperty] public DateOnly? ExpectedBy { get; set; }
    [BindProperty] public RedressOutcome? Outcome { get; set; }
    [BindProperty] public string? Update { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct);

    public Task<IActionResult> OnPostAdmissibleAsync(Guid id, bool admissible, CancellationToken ct) =>
        ActAsync(id, RedressService.DecideAdmissibilityAsync(db, HttpContext.RequireActor(), clock.GetUtcNow(), id, new AdmissibilityRequest(admissible, Reason), ct), ct);

    public Task<IActionResult> OnPostLinkAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, RedressService.LinkNoticeAsync(db, HttpContext.RequireActor(), clock.GetUtcNow(), id, new LinkNoticeRequest(NoticeId, null), ct), ct);

    public Task<IActionResult> OnPostBlockAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, RedressService.BlockAsync(db, HttpContext.RequireActor(), clock.GetUtcNow(), id, new ProvisionalMeasureRequest(NoticeId, Ground, Reason), ct), ct);

    public Task<IActionResult> OnPostDeadlineAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, RedressService.DeadlineNoticeAsync(db, HttpContext.RequireActor(), clock.GetUtcNow(), id, new DeadlineNoticeRequest(Reason, ExpectedBy), ct), ct);

    public Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, RedressService.DecideAsync(db, HttpContext.RequireActor(), clock.GetUtcNow(), id, new DecisionRequest(Outcome, Reason, Update), ct), ct);

    private async Task<IActionResult> ActAsync(Guid id, Task<Result<RedressRequest>> work, CancellationToken ct)
    {
        var result = await work;
        if (result.IsOk)
        {
            TempData["Message"] = "Done.";
            return RedirectToPage(new { id });
        }

        ModelState.AddError(result.Error!);

        db.ChangeTracker.Clear();
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var loaded = await RedressService.LoadAsync(db, HttpContext.RequireActor(), now, id, "read the file", ct);
        if (!loaded.IsOk)
        {
            return NotFound();
        }

        await db.SaveChangesAsync(ct);
        Case = RedressService.ToView(loaded.Value, DateOnly.FromDateTime(now.UtcDateTime));
        Candidates = await RedressFeature.CandidatesForAsync(db, index, loaded.Value, ct);
        return Page();
    }
}
