using FairNotice.Domain.Access;
using FairNotice.Web.Features.Accounts;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Account;

/// <summary>Change your own password; the other sessions end, this one stays signed in.</summary>
internal sealed class PasswordModel(SignInManager<AppUser> signIn, RequestBudgets budgets) : PageModel
{
    // Passwords are never written back into the form after an error.
    [BindProperty] public string? CurrentPassword { get; set; }

    [BindProperty] public string? NewPassword { get; set; }

    [BindProperty] public string? ConfirmPassword { get; set; }

    public bool Changed { get; private set; }

    public static int Minimum => AccountRules.MinimumPasswordLength;

    public static int Recommended => AccountRules.RecommendedPasswordLength;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!string.Equals(NewPassword, ConfirmPassword, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(ConfirmPassword), "The two new passwords differ.");
            return Page();
        }

        var result = await ChangePassword.RunAsync(HttpContext.Call(), budgets, RequestBudgets.ClientOf(HttpContext), new ChangePasswordRequest(CurrentPassword, NewPassword), ct);
        if (!result.IsOk)
        {
            if (result.Error is ChangePassword.ThrottledError t)
            {
                this.RefuseForBudget(t.RetryAfter);
            }
            else
            {
                ModelState.Show(result.Error!);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(result.Value);
        Changed = true;
        return Page();
    }
}
