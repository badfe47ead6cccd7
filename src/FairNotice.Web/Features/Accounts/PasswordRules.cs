using FairNotice.Domain.Access;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Identity;

namespace FairNotice.Web.Features.Accounts;

/// <summary>Identity's check of every new password (change, set-password link): <see cref="AccountRules.CheckPassword"/>, which
/// adds the common-password list, the maximum length and the account's own email and name to Identity's minimum length.</summary>
internal sealed class PasswordRules : IPasswordValidator<AppUser>
{
    public const string Code = "PasswordRules";

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var problems = AccountRules.CheckPassword(password ?? "", user.Email, user.DisplayName, CommonPasswords.Contains);
        return Task.FromResult(problems.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. problems.Select(p => new IdentityError { Code = Code, Description = p })]));
    }

    /// <summary>Runs every password validator Identity has (its minimum length and this one); the sentences of the failures.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(UserManager<AppUser> users, AppUser user, string password)
    {
        var ours = new List<string>();
        var others = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            foreach (var e in result.Errors)
            {
                (e.Code == Code ? ours : others).Add(e.Description);
            }
        }

        // Identity's own minimum-length sentence says less than ours; show it only if ours did not fire.
        return [.. ours, .. ours.Count > 0 ? others.Where(o => !o.StartsWith("Passwords must be at least", StringComparison.Ordinal)) : others];
    }
}
