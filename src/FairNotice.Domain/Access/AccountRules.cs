using FairNotice.Domain.Members;

namespace FairNotice.Domain.Access;

/// <summary>An account as an administrator asks for it: who, where it belongs and what it may do.</summary>
/// <param name="Email">The sign-in email.</param>
/// <param name="DisplayName">The name shown in the interface and on audit screens.</param>
/// <param name="Affiliation">NCB, Secretariat or Commission.</param>
/// <param name="Country">ISO alpha-2 of the NCB's member country; null outside NCBs.</param>
/// <param name="Roles">The roles to grant; at least one.</param>
public sealed record AccountRequest(string Email, string DisplayName, Affiliation Affiliation, string? Country, IReadOnlySet<Role> Roles);

/// <summary>What may be asked of an account and of a password: pure rules, the same for the pages, the API and the command line.</summary>
/// <remarks>
/// An NCB account always has a member country and only NCB roles; a Secretariat or Commission account never has a country and
/// only the roles of its body. A password is judged by length and by how guessable it is, never by its composition (OWASP ASVS 5.0
/// V6.2; NIST SP 800-63B §3.1.1.2).
/// </remarks>
public static class AccountRules
{
    /// <summary>The shortest password accepted (ASVS 6.2.1).</summary>
    public const int MinimumPasswordLength = 12;

    /// <summary>The length the interface recommends (ASVS 6.2.1: 15 or more).</summary>
    public const int RecommendedPasswordLength = 15;

    /// <summary>The longest password accepted: at least 64 must be (ASVS 6.2.9); beyond 128 hashing cost is all it buys.</summary>
    public const int MaximumPasswordLength = 128;

    /// <summary>Roles whose holder sees or decides across every member; creating an account with one is noted specially in the audit trail
    /// and needs a second administrator to activate it.</summary>
    public static IReadOnlySet<Role> Privileged { get; } = new HashSet<Role>
    {
        Role.SecretariatReviewer, Role.CommissionMember, Role.Auditor, Role.ElectionOfficer, Role.Administrator,
    };

    /// <summary>The affiliation a role belongs to.</summary>
    /// <param name="role">The role.</param>
    public static Affiliation AffiliationOf(Role role) => role switch
    {
        Role.NcbOfficer or Role.NcbSupervisor => Affiliation.Ncb,
        Role.CommissionMember => Affiliation.Commission,
        _ => Affiliation.Secretariat,
    };

    /// <summary>True for text that can be an account's email: 1–254 characters, something before an '@' and after it, no
    /// white space or control character, and well-formed Unicode (a noncharacter such as U+FFFE made the identity store's
    /// normalisation throw: a sign-in with such an "email" answered 500, found by fuzzing, docs/fuzzing.md).</summary>
    /// <param name="email">The email as typed (trimmed here).</param>
    public static bool IsUsableEmail(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var e = email.Trim();
        return e.Length is > 0 and <= 254 && e.IndexOf('@', StringComparison.Ordinal) >= 1 && !e.EndsWith('@')
            && !e.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) && ReferenceEquals(UnicodeText.Normalisable(e), e);
    }

    /// <summary>Checks a new account: email and name present and bounded, the country matches the affiliation, every role fits it.</summary>
    /// <param name="request">The account asked for.</param>
    /// <returns>Null when valid; otherwise an <see cref="InvalidError"/> naming each wrong field.</returns>
    public static InvalidError? Check(AccountRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fields = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var email = request.Email.Trim();
        if (!IsUsableEmail(email))
        {
            fields["email"] = ["Enter a valid email address (at most 254 characters)."];
        }

        var name = request.DisplayName.Trim();
        if (name.Length is 0 or > 100)
        {
            fields["displayName"] = ["Enter a display name of 1 to 100 characters."];
        }

        if (request.Affiliation == Affiliation.Ncb)
        {
            if (string.IsNullOrWhiteSpace(request.Country))
            {
                fields["country"] = ["An NCB account needs the member country of its NCB."];
            }
            else if (!MemberCatalogue.IsMember(request.Country))
            {
                fields["country"] = [$"'{request.Country}' is not a member country."];
            }
        }
        else if (!string.IsNullOrEmpty(request.Country))
        {
            fields["country"] = [$"A {request.Affiliation} account has no country."];
        }

        if (request.Roles.Count == 0)
        {
            fields["roles"] = ["Grant at least one role."];
        }
        else if (request.Roles.Where(r => AffiliationOf(r) != request.Affiliation).Order().ToList() is { Count: > 0 } misfits)
        {
            fields["roles"] = [$"Not a role of the {request.Affiliation}: {string.Join(", ", misfits)}."];
        }

        return fields.Count == 0 ? null : new InvalidError("account.invalid", "The account cannot be created as asked.", fields);
    }

    /// <summary>True when the account asked for holds a privileged role (see <see cref="Privileged"/>).</summary>
    /// <param name="roles">The roles.</param>
    public static bool IsPrivileged(IEnumerable<Role> roles) => roles.Any(Privileged.Contains);

    /// <summary>Judges a new password: length, the list of common passwords, the account's own email and name, and the context words
    /// of <see cref="PasswordContextWords"/> (which do not count towards the length).</summary>
    /// <param name="password">The new password, exactly as typed (no trimming: spaces count).</param>
    /// <param name="email">The account's email, or null.</param>
    /// <param name="displayName">The account's display name, or null.</param>
    /// <param name="isCommon">True when the password (compared case-insensitively) is on the list of common passwords.</param>
    /// <returns>What is wrong, one sentence each; empty when the password is acceptable.</returns>
    public static IReadOnlyList<string> CheckPassword(string password, string? email, string? displayName, Func<string, bool> isCommon)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(isCommon);
        var problems = new List<string>();
        var length = new System.Globalization.StringInfo(password).LengthInTextElements;
        if (length < MinimumPasswordLength)
        {
            problems.Add($"Use at least {MinimumPasswordLength} characters ({RecommendedPasswordLength} or more recommended); a few unrelated words make a good one.");
        }
        else if (length > MaximumPasswordLength)
        {
            problems.Add($"Use at most {MaximumPasswordLength} characters.");
        }

        if (isCommon(password))
        {
            problems.Add("This password is on a list of the most common passwords; choose another.");
        }

        if (Personal(email, displayName).FirstOrDefault(p => password.Contains(p, StringComparison.OrdinalIgnoreCase)) is not null)
        {
            problems.Add("The password must not contain your email address or your name.");
        }

        if (length >= MinimumPasswordLength && length <= MaximumPasswordLength
            && new System.Globalization.StringInfo(PasswordContextWords.Without(password, email)).LengthInTextElements < MinimumPasswordLength)
        {
            problems.Add($"Words such as FairNotice, INTERPOL, NCB, role and country names do not count: use at least {MinimumPasswordLength} characters besides them.");
        }

        return problems;
    }

    // The email's local part and every name part of 4 or more characters (shorter ones would refuse too much: "Li", "Ng").
    private static IEnumerable<string> Personal(string? email, string? displayName)
    {
        if (!string.IsNullOrWhiteSpace(email))
        {
            yield return email.Trim();
            var local = email.Split('@', 2)[0];
            if (local.Length >= 4)
            {
                yield return local;
            }

            foreach (var part in local.Split(['.', '_', '-', '+'], StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= 4 && p.Length < local.Length))
            {
                yield return part;
            }
        }

        foreach (var part in (displayName ?? "").Split([' ', '-', '.', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length >= 4)
            {
                yield return part;
            }
        }
    }
}
