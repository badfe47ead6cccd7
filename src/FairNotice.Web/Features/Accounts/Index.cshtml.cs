using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Accounts;

[Authorize(Policy = AccountsFeature.AdministratorPolicy)]
internal sealed class IndexModel : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    // "page" is Razor Pages' own route value; the query says "p".
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public AccountPageResponse? Result { get; private set; }

    public int Pages => Result is null ? 1 : Math.Max(1, (Result.Total + ListAccounts.PageSize - 1) / ListAccounts.PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var result = await ListAccounts.RunAsync(HttpContext.Call(), Q, PageNumber, ct);
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
