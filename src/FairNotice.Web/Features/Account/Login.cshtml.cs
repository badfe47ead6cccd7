using System.ComponentModel.DataAnnotations;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Features.Account;

internal sealed class LoginModel(SignInManager<AppUser> signIn, RequestBudgets budgets, IOptions<DemoOptions> demo) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your email."), EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string? Email { get; set; }

    [BindProperty, Required(ErrorMessage = "Enter your password.")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool DemoMode => demo.Value.Enabled;

    public string DemoAuthenticatorKey => SecondFactors.Grouped(demo.Value.AuthenticatorKey);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await budgets.TryChargeAsync(HttpContext, BudgetNames.SignIn) is { } busy)
        {
            this.RefuseForBudget(busy);
            return Page();
        }

        var outcome = await PasswordSignIn.PasswordAsync(HttpContext, signIn, budgets, Email!, Password!);
        if (outcome.RetryAfter is { } wait)
        {
            this.RefuseForBudget(wait, outcome.Spraying ? "Sign-ins from your connection have failed on many different accounts, so none is tried for a while. Try again later." : null);
            return Page();
        }

        if (outcome.User is not { } user)
        {
            ModelState.AddModelError(string.Empty, outcome.Result.IsLockedOut ? "Too many failed attempts; try again later." : "Wrong email or password.");
            return Page();
        }

        // The password is right; the session comes after the second factor (or, for an account without one, after enrolment).
        await PendingSignIn.StartAsync(HttpContext, signIn.UserManager, user);
        return RedirectToPage("/Account/TwoFactor", new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
    }
}
