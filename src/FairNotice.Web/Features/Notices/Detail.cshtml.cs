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

    public async Task<IActionResult> OnGetAsync(Guid id, string? purpose, CancellationToken ct)
    {
        var actor = HttpContext.RequireActor();
        var now = clock.GetUtcNow();
        var result = await GetRequest.HandleAsync(db, actor, now, id, null, purpose ?? "case work (web)", ct);
        if (!result.IsOk)
        {
            return NotFound();
        }

        Notice = result.Value.ToResponse(actor, now);
        return Page();
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

        if (result.Error is Domain.NotFoundError)
        {
            return NotFound();
        }

        var reread = await GetRequest.HandleAsync(db, actor, now, id, null, "case work (web)", ct);
        Notice = reread.IsOk ? reread.Value.ToResponse(actor, now) : null;
        Error = result.Error is Domain.InvalidError inv ? string.Join(" ", inv.Fields.SelectMany(f => f.Value)) : result.Error!.Message;
        return Page();
    }

    public static bool NeedsReason(string action) => action is "Refuse" or "Cancel" or "Withdraw" or "Suspend" or "Renew";
}
