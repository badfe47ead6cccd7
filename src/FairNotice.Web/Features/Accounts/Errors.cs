using FairNotice.Domain;

namespace FairNotice.Web.Features.Accounts;

internal static class AccountErrors
{
    public static NotFoundError NotFound { get; } = new("accounts.not-found", "No such account.");

    public static ForbiddenError Self { get; } = new("accounts.self",
        "Administrators cannot act on their own account here (a second administrator must); change your own password from your account page.");

    public static ForbiddenError SecondAdministratorNeeded { get; } = new("accounts.second-administrator",
        "This account holds a privileged role and was created by you: a second administrator must activate it.");

    public static ConflictError EmailTaken { get; } = new("accounts.email-taken", "An account with this email exists already.");

    public static InvalidError LinkInvalid { get; } = new("accounts.link-invalid", "The link is invalid, used or expired; ask an administrator for a new one.",
        new Dictionary<string, string[]> { ["token"] = ["The link is invalid, used or expired."] });

    public static InvalidError Password(string field, IEnumerable<string> problems) =>
        new("accounts.password-rejected", "The new password is not acceptable.", new Dictionary<string, string[]> { [field] = [.. problems] });
}
