using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Notices;

/// <summary>The queue's and the request page's "take" and "release" buttons post here; the reviewer goes back where they were.</summary>
[Authorize(Policy = Policies.Reviewer)]
internal sealed class AssignmentModel(AppDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>Where the button was (a local path only).</summary>
    [BindProperty] public string? ReturnUrl { get; set; }

    public IActionResult OnGet(Guid id) => Redirect($"/Notices/{id}");

    public async Task<IActionResult> OnPostTakeAsync(Guid id, CancellationToken ct) =>
        Back(id, (await TakeCase.HandleAsync(db, HttpContext.RequireActor(), clock.GetUtcNow(), id, null, ct)).Error, "Case.Taken");

    public async Task<IActionResult> OnPostReleaseAsync(Guid id, CancellationToken ct) =>
        Back(id, (await ReleaseCase.HandleAsync(db, HttpContext.RequireActor(), clock.GetUtcNow(), id, null, ct)).Error, "Case.Released");

    private IActionResult Back(Guid id, Domain.Error? error, string done)
    {
        if (error is Domain.NotFoundError)
        {
            return NotFound();
        }

        // The message is a resource key or a use case's English sentence; the page shows it in the reader's language.
        TempData[error is null ? "CaseMessage" : "CaseError"] = error is null ? done : error.Message;
        return LocalRedirect(ReturnUrl is { Length: > 0 } r && Url.IsLocalUrl(r) && !r.StartsWith("//", StringComparison.Ordinal) ? r : $"/Notices/{id}");
    }
}
