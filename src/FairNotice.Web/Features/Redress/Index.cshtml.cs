using FairNotice.Domain.Redress;
using FairNotice.Web.Features.Languages;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Features.Redress;

/// <summary>The public form: anyone files a request to the Commission, without an account.</summary>
[AllowAnonymous]
[RequestSizeLimit((3 * FilingRules.MaxUploadBytes) + 200_000)]
internal sealed class IndexModel(AppDbContext db, TimeProvider clock, RequestBudgets budgets, MalwareScan scan, SealedFiles seal, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public RedressType Type { get; set; } = RedressType.Access;
    [BindProperty] public string Language { get; set; } = "en";
    [BindProperty] public string? FamilyName { get; set; }
    [BindProperty] public string? Forenames { get; set; }
    [BindProperty] public string? DateOfBirth { get; set; }
    [BindProperty] public string? Nationality { get; set; }
    [BindProperty] public bool ByRepresentative { get; set; }
    [BindProperty] public string? RepresentativeName { get; set; }
    [BindProperty] public string? ContactEmail { get; set; }
    [BindProperty] public string? Statement { get; set; }
    [BindProperty] public string? PreviousNumber { get; set; }
    [BindProperty] public string? NewFact { get; set; }
    [BindProperty] public string? NewFactDiscovered { get; set; }
    [BindProperty] public IFormFile? IdentityDocument { get; set; }
    [BindProperty] public IFormFile? SignedStatement { get; set; }
    [BindProperty] public IFormFile? PowerOfAttorney { get; set; }

    public RedressReceipt? Receipt { get; private set; }

    public void OnGet() => Language = LanguagesFeature.Current;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (budgets.TryCharge(HttpContext, BudgetNames.RedressFiling) is { } wait)
        {
            // The fields are kept; the files must be chosen again (a browser never refills a file input).
            this.RefuseForBudget(wait);
            return Page();
        }

        var uploads = new List<Upload>();
        foreach (var (kind, file) in new[] { ("identityDocument", IdentityDocument), ("signedStatement", SignedStatement), ("powerOfAttorney", PowerOfAttorney) })
        {
            if (file is { Length: > 0 })
            {
                if (file.Length > FilingRules.MaxUploadBytes)
                {
                    ModelState.AddModelError(Field(kind), "At most 5 MiB.");
                    continue;
                }

                using var ms = new MemoryStream();
                await file.CopyToAsync(ms, ct);
                uploads.Add(new Upload(kind, file.FileName, file.ContentType, ms.ToArray()));
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await FileRedress.HandleAsync(db, clock.GetUtcNow(), new FileRedressRequest(Type, Language, FamilyName, Forenames, DateOfBirth, Nationality,
            ByRepresentative, RepresentativeName, ContactEmail, Statement, PreviousNumber, NewFact, NewFactDiscovered), uploads, retry: null, new FileRedress.Safeguards(scan, seal), ct);
        if (result.IsOk)
        {
            Receipt = result.Value.Receipt;
            return Page();
        }

        ModelState.AddError(result.Error!, Field);
        ModelState.TranslateErrors(l);

        return Page();
    }

    private static string Field(string apiName) => char.ToUpperInvariant(apiName[0]) + apiName[1..];
}
