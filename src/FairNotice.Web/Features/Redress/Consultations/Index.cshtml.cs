using FairNotice.Domain;
using FairNotice.Domain.Redress;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Redress.Consultations;

/// <summary>The source NCB's side of redress: the Commission's consultations about its data, and purges to acknowledge.</summary>
[Authorize(Policy = Policies.Ncb)]
internal sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public List<ConsultationView> Consultations { get; private set; } = [];
    public List<PurgeView> Purges { get; private set; } = [];

    /// <summary>Searched in the request number and the notice's reference.</summary>
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    /// <summary>"open" (not answered yet) or "answered"; anything else lists both.</summary>
    [BindProperty(SupportsGet = true)] public string? Show { get; set; }

    [BindProperty] public bool AllowDisclosure { get; set; }
    [BindProperty] public DisclosureRestriction? Restriction { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, CancellationToken ct)
    {
        var result = await AnswerConsultation.HandleAsync(db, HttpContext.RequireActor(), clock.GetUtcNow(), id, new ConsultationAnswer(AllowDisclosure, AllowDisclosure ? null : Restriction, Comment), ct);
        return await AfterAsync(result.IsOk ? null : result.Error, ct);
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid id, CancellationToken ct)
    {
        var result = await AcknowledgePurge.HandleAsync(db, HttpContext.RequireActor(), clock.GetUtcNow(), id, ct);
        return await AfterAsync(result.IsOk ? null : result.Error, ct);
    }

    private async Task<IActionResult> AfterAsync(Error? error, CancellationToken ct)
    {
        if (error is null)
        {
            TempData["Message"] = "Recorded.";
            return RedirectToPage();
        }

        ModelState.AddError(error);
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = HttpContext.RequireActor();
        var all = await ListConsultations.HandleAsync(db, actor, clock.GetUtcNow(), ct);
        var text = Q?.Trim();
        Consultations = [.. all.Where(c => (string.IsNullOrEmpty(text) || c.RequestNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || c.NoticeReference.Contains(text, StringComparison.OrdinalIgnoreCase))
            && Show switch { "open" => c.AnsweredAt is null, "answered" => c.AnsweredAt is not null, _ => true })];
        Purges = await ListPurges.HandleAsync(db, actor, clock.GetUtcNow(), false, ct);
    }
}
