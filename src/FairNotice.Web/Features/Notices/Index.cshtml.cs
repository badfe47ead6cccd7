using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Notices;

[Authorize(Policy = Policies.NcbOrReviewer)]
internal sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Scope { get; set; }

    [BindProperty(SupportsGet = true)]
    public NoticeStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public NoticeKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public NoticePage Result { get; private set; } = new(1, 50, 0, []);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = Enum.TryParse<ListRequests.Scope>(Scope, ignoreCase: true, out var s) ? s : ListRequests.Scope.All;
        Result = await ListRequests.HandleAsync(db, HttpContext.RequireActor(), clock.GetUtcNow(), Kind, scope, Status, Math.Max(1, PageNumber), 50, null, ct);
    }
}
