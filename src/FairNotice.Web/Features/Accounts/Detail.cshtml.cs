using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Features.Accounts;

[Authorize(Policy = AccountsFeature.AdministratorPolicy)]
internal sealed class DetailModel(IOptions<AccountsOptions> options, PublicAddress site) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";

    /// <summary>The access form, as posted or as the account stands.</summary>
    [BindProperty] public Affiliation? Affiliation { get; set; }

    [BindProperty] public string? Country { get; set; }

    [BindProperty] public List<Role> Roles { get; set; } = [];

    public AccountResponse? Account { get; private set; }

    public SetPasswordLinkResponse? Link { get; private set; }

    /// <summary>A resource key: what the last action did.</summary>
    public string? Message { get; private set; }

    public bool IsSelf => Account?.Id == HttpContext.RequireActor().UserId;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(null, ct);

    public Task<IActionResult> OnPostDisableAsync(CancellationToken ct) =>
        ActAsync(DisableAccount.RunAsync(HttpContext.Call(), Id, ct), "Admin.Disabled", ct);

    public Task<IActionResult> OnPostEnableAsync(CancellationToken ct) =>
        ActAsync(EnableAccount.RunAsync(HttpContext.Call(), Id, ct), "Admin.Enabled", ct);

    public Task<IActionResult> OnPostResetSecondFactorsAsync(CancellationToken ct) =>
        ActAsync(ResetSecondFactors.RunAsync(HttpContext.Call(), Id, ct), "Admin.SecondFactorsReset", ct);

    public async Task<IActionResult> OnPostAccessAsync(CancellationToken ct)
    {
        var result = await ChangeAccess.RunAsync(HttpContext.Call(), Id, new ChangeAccessRequest(Affiliation, Country, Roles), ct);
        if (!result.IsOk)
        {
            // What was chosen stays on the form beside the messages.
            return await ShowAsync(result.Error, ct, keepForm: true);
        }

        return Shown(result.Value, result.Value.Status == "PendingActivation" ? "Admin.AccessChangedPending" : "Admin.AccessChanged");
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(CancellationToken ct)
    {
        var result = await ResetPassword.RunAsync(HttpContext.Call(), options.Value, site, Id, ct);
        if (!result.IsOk)
        {
            return await ShowAsync(result.Error, ct);
        }

        Link = result.Value;
        return Shown(result.Value.Account, "Admin.PasswordReset");
    }

    private async Task<IActionResult> ActAsync(Task<Result<AccountResponse>> action, string done, CancellationToken ct)
    {
        var result = await action;
        return result.IsOk ? Shown(result.Value, done) : await ShowAsync(result.Error, ct);
    }

    private PageResult Shown(AccountResponse account, string done)
    {
        Account = account;
        Message = done;
        Fill(account);
        return Page();
    }

    private void Fill(AccountResponse account)
    {
        Affiliation = Enum.Parse<Affiliation>(account.Affiliation);
        Country = account.Country;
        Roles = [.. account.Roles.Select(Enum.Parse<Role>)];
    }

    private async Task<IActionResult> ShowAsync(Error? error, CancellationToken ct, bool keepForm = false)
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
        if (!keepForm)
        {
            Fill(Account);
        }

        return Page();
    }
}
