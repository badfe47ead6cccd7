using FairNotice.Domain.Elections;

namespace FairNotice.Web.Features.Elections;

/// <summary>The resource key of an unconfirmed election rule (rules.json <c>sources</c> with <c>confirmed: false</c>): the rule's
/// name with only its letters and digits, so that each language says the rule and its value in words of its own.</summary>
internal static class UnconfirmedRule
{
    public static string Key(RuleSource rule) => "ElectionRule.Unconfirmed." + string.Concat(rule.Rule.Where(char.IsAsciiLetterOrDigit));
}
