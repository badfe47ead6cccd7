using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Features.Languages;

/// <summary>An account's name as a page shows it. A person's name is data, shown as written; the demo accounts are named by
/// their role ("Secretariat reviewer", "NCB Paris officer"), words of the application that read in the page's language
/// (an Arabic queue said "اقترح Secretariat reviewer: رفض").</summary>
internal static partial class AccountNames
{
    private static readonly FrozenDictionary<string, string> Roles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Administrator"] = "DemoAccount.Administrator",
        ["Auditor"] = "DemoAccount.Auditor",
        ["Commission member"] = "DemoAccount.CommissionMember",
        ["Election officer"] = "DemoAccount.ElectionOfficer",
        ["Second administrator"] = "DemoAccount.SecondAdministrator",
        ["Second Secretariat reviewer"] = "DemoAccount.SecondSecretariatReviewer",
        ["Secretariat reviewer"] = "DemoAccount.SecretariatReviewer",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The name in the page's language when it is a demo account's role name; otherwise as written.</summary>
    public static string AccountName(this IStringLocalizer l, string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return name ?? "";
        }

        if (Roles.TryGetValue(name, out var key))
        {
            return l[key] is { ResourceNotFound: false } word ? word.Value : name;
        }

        // "NCB Paris officer", "NCB Paris supervisor": the bureau's city is data, the rest words.
        return NcbRole().Match(name) is { Success: true } m && l[$"DemoAccount.Ncb{char.ToUpperInvariant(m.Groups[2].Value[0])}{m.Groups[2].Value[1..].ToLowerInvariant()}", m.Groups[1].Value] is { ResourceNotFound: false } ncb
            ? ncb.Value : name;
    }

    [GeneratedRegex(@"^NCB (\p{L}[\p{L} .'-]*) (Officer|Supervisor)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NcbRole();
}
