using FairNotice.Domain.Access;
using FairNotice.Web.Features.Accounts;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Account;

/// <summary>Where a one-time set-password link leads; it signs nobody in.</summary>
[AllowAnonymous]
internal sealed class SetPasswordModel(UserManager<AppUser> users, AppDbContext db, TimeProvider clock, RequestBudgets budgets) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }

    [BindProperty] public string? NewPassword { get; set; }

    [BindProperty] public string? ConfirmPassword { get; set; }

    public bool Done { get; private set; }

    public static int Minimum => AccountRules.MinimumPasswordLength;

    public static int Recommended => AccountRules.RecommendedPasswordLength;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await budgets.TryChargeAsync(HttpContext, BudgetNames.SignIn) is { } busy)
        {
            this.RefuseForBudget(busy);
            return Page();
        }

        if (!string.Equals(NewPassword, ConfirmPassword, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(ConfirmPassword), "The two passwords differ.");
            return Page();
        }

        var result = await SetPassword.RunAsync(users, db, clock.GetUtcNow(), new SetPasswordRequest(Token, NewPassword), ct);
        if (!result.IsOk)
        {
            ModelState.Show(result.Error!);
            return Page();
        }

        Done = true;
        return Page();
    }
}
