using FairNotice.Domain.Access;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Accounts;

[Authorize(Policy = AccountsFeature.AdministratorPolicy)]
internal sealed class IndexModel : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public Role? Role { get; set; }

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    [BindProperty(SupportsGet = true)] public Affiliation? Affiliation { get; set; }

    [BindProperty(SupportsGet = true)] public string? Country { get; set; }

    // "page" is Razor Pages' own route value; the query says "p".
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public AccountPageResponse? Result { get; private set; }

    public int Pages => Result is null ? 1 : Math.Max(1, (Result.Total + ListAccounts.PageSize - 1) / ListAccounts.PageSize);

    /// <summary>The query string of the current search and filters, for another page.</summary>
    public string Query(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Q, ["role"] = Role?.ToString(), ["status"] = Status, ["affiliation"] = Affiliation?.ToString(), ["country"] = Country,
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var result = await ListAccounts.RunAsync(HttpContext.Call(), Q, PageNumber, new ListAccounts.Filter(Role, Status, Affiliation, Country), ct);
        if (result.IsOk)
        {
            Result = result.Value;
        }
        else
        {
            ModelState.Show(result.Error!);
        }
    }
}
