using FairNotice.Domain.Access;

namespace FairNotice.Web.Features.Accounts;

/// <summary>An account to create. NCB roles need <c>country</c> (a member's ISO alpha-2); Secretariat and Commission accounts have none.</summary>
public sealed record CreateAccountRequest(string? Email, string? DisplayName, Affiliation? Affiliation, string? Country, List<Role>? Roles);

/// <summary>An account as administrators see it: never a password, a hash or a token.</summary>
/// <param name="Status">Active, Disabled, or PendingActivation (a privileged account waiting for a second administrator).</param>
/// <param name="PasswordSet">False until the owner has used a set-password link.</param>
/// <param name="SecondFactor">True when the account signs in with a second factor.</param>
public sealed record AccountResponse(string Id, string Email, string DisplayName, string Affiliation, string? Country, IReadOnlyList<string> Roles,
    string Status, bool PasswordSet, bool SecondFactor);

public sealed record AccountPageResponse(IReadOnlyList<AccountResponse> Items, int Page, int PageSize, int Total);

/// <summary>A one-time set-password link, shown to the administrator once; only a hash of its secret is stored.</summary>
public sealed record SetPasswordLinkResponse(AccountResponse Account, string Link, DateTimeOffset ExpiresAt);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record SetPasswordRequest(string? Token, string? NewPassword);
