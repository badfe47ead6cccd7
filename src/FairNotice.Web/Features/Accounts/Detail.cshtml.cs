using FairNotice.Domain;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Features.Accounts;

[Authorize(Policy = AccountsFeature.AdministratorPolicy)]
internal sealed class DetailModel(IOptions<AccountsOptions> options, IOptions<SiteOptions> site) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";

    public AccountResponse? Account { get; private set; }

    public SetPasswordLinkResponse? Link { get; private set; }

    public string? Message { get; private set; }

    public bool IsSelf => Account?.Id == HttpContext.RequireActor().UserId;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(null, ct);

    public Task<IActionResult> OnPostDisableAsync(CancellationToken ct) =>
        ActAsync(DisableAccount.RunAsync(HttpContext.Call(), Id, ct), "The account is disabled; its sessions have ended.", ct);

    public Task<IActionResult> OnPostEnableAsync(CancellationToken ct) =>
        ActAsync(EnableAccount.RunAsync(HttpContext.Call(), Id, ct), "The account is enabled.", ct);

    public Task<IActionResult> OnPostResetSecondFactorsAsync(CancellationToken ct) =>
        ActAsync(ResetSecondFactors.RunAsync(HttpContext.Call(), Id, ct), "The second factors are removed and every session has ended.", ct);

    public async Task<IActionResult> OnPostResetPasswordAsync(CancellationToken ct)
    {
        var result = await ResetPassword.RunAsync(HttpContext.Call(), options.Value, site.Value, Id, ct);
        if (!result.IsOk)
        {
            return await ShowAsync(result.Error, ct);
        }

        Link = result.Value;
        Account = result.Value.Account;
        Message = "The password is removed and every session has ended; the second factors are kept.";
        return Page();
    }

    private async Task<IActionResult> ActAsync(Task<Result<AccountResponse>> action, string done, CancellationToken ct)
    {
        var result = await action;
        if (!result.IsOk)
        {
            return await ShowAsync(result.Error, ct);
        }

        Account = result.Value;
        Message = done;
        return Page();
    }

    private async Task<IActionResult> ShowAsync(Error? error, CancellationToken ct)
    {
        if (error is NotFoundError)
        {
            return NotFound();
        }

        if (error is not null)
        {
            ModelState.Show(error);
        }

        var loaded = await GetAccount.RunAsync(HttpContext.Call(), Id, ct);
        if (!loaded.IsOk)
        {
            return NotFound();
        }

        Account = loaded.Value;
        return Page();
    }
}
