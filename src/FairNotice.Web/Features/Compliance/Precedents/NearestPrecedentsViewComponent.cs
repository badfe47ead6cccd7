using FairNotice.Domain.Compliance;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Mvc;

namespace FairNotice.Web.Features.Compliance.Precedents;

/// <summary>The review page's list of the nearest earlier decisions; renders nothing for anyone but the Secretariat and the Commission.</summary>
// Public because MVC discovers only public view components; the DbContext is therefore resolved per request, not injected.
public sealed class NearestPrecedentsViewComponent(TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid requestId)
    {
        var actor = HttpContext.RequireActor();
        if (!actor.SeesRestricted())
        {
            return Content("");
        }

        var db = HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        var result = await ListPrecedents.HandleAsync(db, actor, clock.GetUtcNow(), requestId, HttpContext.RequestAborted);
        return result.IsOk ? View("~/Features/Compliance/Precedents/_NearestPrecedents.cshtml", result.Value) : Content("");
    }
}
