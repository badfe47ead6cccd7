using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Mvc;

namespace FairNotice.Web.Features.Notices;

/// <summary>The request page's case-work panel: who holds the case (take, release) and a first reviewer's proposal with its
/// decision and reason, which a second reviewer confirms as it stands or answers with another decision. Renders nothing for
/// anyone but Secretariat reviewers.</summary>
// Public because MVC discovers only public view components; the DbContext is therefore resolved per request, not injected.
public sealed class CaseWorkViewComponent(TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid requestId, string status, string? reference, bool confirming = false)
    {
        var actor = HttpContext.RequireActor();
        if (!actor.IsReviewer)
        {
            return Content("");
        }

        var db = HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        var work = (await CaseWork.ForAsync(db, actor, [requestId], HttpContext.RequestAborted)).GetValueOrDefault(requestId);
        if (work is null)
        {
            return Content("");
        }

        var awaits = Enum.TryParse<NoticeStatus>(status, out var s) && CaseAssignments.AwaitsDecision(s);
        return View("~/Features/Notices/_CaseWork.cshtml", new CaseWorkPanel(work, actor.UserId, awaits, reference, clock.GetUtcNow(), confirming));
    }
}

/// <summary>What the case-work panel shows.</summary>
/// <param name="Confirming">The page shows the reviewer's own decision to confirm: the colleague's proposal is then context only,
/// without a second confirm button beside the one for the decision being taken.</param>
internal sealed record CaseWorkPanel(CaseWorkView Work, string Me, bool AwaitsDecision, string? Reference, DateTimeOffset Now, bool Confirming = false);
