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

    /// <summary>Searched in the reference and the person's name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public ListRequests.Assigned Assigned { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Pending { get; set; }

    /// <summary>Only published or suspended notices that expire within the renewal window (the home page's tile).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Renewal { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public NoticePage Result { get; private set; } = new(1, 50, 0, []);

    /// <summary>The case work on the listed requests (reviewers only).</summary>
    public Dictionary<Guid, CaseWorkView> Work { get; private set; } = [];

    public Domain.Access.Actor Actor => HttpContext.RequireActor();

    public DateTimeOffset Now { get; private set; }

    public bool IsQueue => Status == NoticeStatus.UnderReview && Actor.IsReviewer;

    /// <summary>The query string of the current filters, for the next page's link.</summary>
    public string Query(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["scope"] = Scope, ["status"] = Status?.ToString(), ["kind"] = Kind?.ToString(), ["q"] = Q, ["country"] = Country,
        ["assigned"] = Assigned == ListRequests.Assigned.Anyone ? null : Assigned.ToString(), ["pending"] = Pending ? "true" : null, ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = HttpContext.RequireActor();
        Now = clock.GetUtcNow();
        var scope = Enum.TryParse<ListRequests.Scope>(Scope, ignoreCase: true, out var s) ? s : ListRequests.Scope.All;
        Q = Q is { Length: > ListRequests.Filter.MaxSearch } ? Q[..ListRequests.Filter.MaxSearch] : Q;
        Country = Country is { Length: > 2 } ? null : Country;
        var filter = new ListRequests.Filter(Q, Country, Assigned, Pending, Renewal ? Now.AddMonths(NoticeLifecycle.RenewalWindowMonths) : null);
        Result = await ListRequests.HandleAsync(db, actor, Now, Kind, scope, Status, filter, Math.Clamp(PageNumber, 1, ListRequests.MaxPage), 50, null, ct);
        Work = await CaseWork.ForAsync(db, actor, [.. Result.Items.Select(i => i.Id)], ct);
    }
}
