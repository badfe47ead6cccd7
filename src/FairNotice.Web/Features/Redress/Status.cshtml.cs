using FairNotice.Web.Features.Languages;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Features.Redress;

/// <summary>The applicant follows their request with the number and the private code (posted, never in the URL).</summary>
[AllowAnonymous]
internal sealed class StatusModel(AppDbContext db, TimeProvider clock, RequestBudgets budgets, FollowUpGuesses guesses, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public string? Number { get; set; }
    [BindProperty] public string? Code { get; set; }

    public ApplicantView? View { get; private set; }

    /// <summary>True when the page is shown again for a missing number: the code typed is put back in its field.</summary>
    public bool KeepCode { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A field left empty is said by its name before anything is looked up (and it is no guess: FollowUpGuesses does not count it).
        if (string.IsNullOrWhiteSpace(Number))
        {
            ModelState.AddModelError(nameof(Number), l["Redress.numberMissing"].Value);
        }

        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), l["Redress.codeMissing"].Value);
        }

        if (!ModelState.IsValid)
        {
            KeepCode = !string.IsNullOrWhiteSpace(Code);
            return Page();
        }

        if (await budgets.TryChargeAsync(HttpContext, BudgetNames.RedressFollowUp) is { } wait)
        {
            this.RefuseForBudget(wait);
            return Page();
        }

        var result = await FollowUpRedress.HandleAsync(db, clock.GetUtcNow(), Number, Code, guesses, RequestBudgets.ClientOf(HttpContext), ct);
        if (result.IsOk)
        {
            View = result.Value;
        }
        else
        {
            ModelState.AddModelError(string.Empty, l.Translate(result.Error!.Message));
        }

        return Page();
    }
}
