using FairNotice.Web.Features.Languages;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Features.Screening;

/// <summary>The officer's screening form: one person, results with explanations and caveats.</summary>
[Authorize(Policy = Policies.NcbOrReviewer)]
internal sealed class IndexModel(LiveScreeningIndex index, AppDbContext db, TimeProvider clock, RequestBudgets budgets, ScreeningRowBudget rows, IStringLocalizer<SharedResource> l, ScreeningMetrics metrics) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? DateOfBirth { get; set; }
    [BindProperty] public string? Sex { get; set; }
    [BindProperty] public string? Nationality { get; set; }
    [BindProperty] public string? Purpose { get; set; }
    [BindProperty] public bool Explain { get; set; }

    public List<ScreeningHitResponse>? Hits { get; private set; }

    /// <summary>The server's default threshold as the page says it (0.90).</summary>
    public string Threshold { get; } = Domain.Screening.ScreeningIndex<int>.DefaultThreshold.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The nearest candidates below the threshold, when the officer asked why a person was not found.</summary>
    public List<NearMissResponse>? NearMisses { get; private set; }

    public int Indexed => index.Count;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var query = ScreeningFeature.Parse(new ScreenPersonRequest(Name, DateOfBirth, Sex, Nationality), "", errors);
        if (string.IsNullOrWhiteSpace(Purpose))
        {
            errors["purpose"] = ["State why you are checking this person."];
        }

        foreach (var (field, messages) in errors)
        {
            ModelState.AddModelError(char.ToUpperInvariant(field[0]) + field[1..], string.Join(" ", messages.Select(m => l.Translate(m))));
        }

        if (query is null || errors.Count > 0)
        {
            return Page();
        }

        var actor = HttpContext.RequireActor();
        if (budgets.TryCharge(HttpContext, BudgetNames.Screening) is { } wait)
        {
            this.RefuseForBudget(wait);
            return Page();
        }

        if (await rows.TrySpendAsync(db, actor.UserId, 1, clock.GetUtcNow(), HttpContext.RequestAborted) is { } spent)
        {
            this.RefuseForBudget(spent.RetryAfter, $"Your account may screen {rows.PerDay:N0} persons a day and has none left today; nothing was checked.");
            return Page();
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        Hits = await ScreeningFeature.ScreenAsync(index, db, actor, clock.GetUtcNow(), query, Purpose!, ct);
        metrics.Record("page", 1, Hits.Count > 0 ? 1 : 0, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        NearMisses = Explain ? ScreeningFeature.NearMisses(index, query, actor) : null;
        return Page();
    }
}
