using FairNotice.Domain.Members;

namespace FairNotice.Domain.Access;

/// <summary>Words an attacker who knows where the account lives tries first (ASVS 5.0 6.1.2, 6.2.11): the system's and the
/// Organization's names, the bodies and roles, the member countries and their NCB cities, and the account's own email domain.</summary>
/// <remarks>
/// They do not count towards a password's length: a password is refused when what is left after removing every such word
/// (compared case-insensitively) is shorter than <see cref="AccountRules.MinimumPasswordLength"/>. So "Interpol2026!Interpol" and
/// "FairNotice-France-2026" are refused, while a passphrase that happens to hold "France" among enough other words is not.
/// The list is documented in docs/security.md (6.1.2).
/// </remarks>
public static class PasswordContextWords
{
    /// <summary>The fixed words, besides the role names, the member countries and their NCB cities.</summary>
    public static IReadOnlyList<string> Fixed { get; } =
    [
        "FairNotice", "Fair Notice", "INTERPOL", "ICPO", "NCB", "National Central Bureau", "Secretariat", "General Secretariat",
        "Commission", "CCF", "Red Notice", "Notice", "Diffusion", "Redress", "Lyon", "police", "reviewer", "officer",
        "supervisor", "auditor", "administrator", "admin", "election",
    ];

    /// <summary>Every context word, longest first (so that "Fair Notice" goes before "Notice").</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. Fixed.Concat(Enum.GetNames<Role>())
            .Concat(MemberCatalogue.All.Select(m => m.Name))
            .Concat(MemberCatalogue.All.Select(m => m.NcbName["NCB ".Length..]))
            .Where(w => w.Length >= 3)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal),
    ];

    /// <summary>The password with every context word (and the labels of the account's email domain) removed.</summary>
    /// <param name="password">The password as typed.</param>
    /// <param name="email">The account's email, or null.</param>
    public static string Without(string password, string? email)
    {
        ArgumentNullException.ThrowIfNull(password);
        var domain = email?.Split('@', 2) is [_, var d] ? d.Split('.', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Length >= 4) : [];
        var rest = password;
        foreach (var word in domain.OrderByDescending(l => l.Length).Concat(All))
        {
            rest = rest.Replace(word, "", StringComparison.OrdinalIgnoreCase);
        }

        return rest;
    }
}
