using FairNotice.Domain.Access;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Compliance.Precedents;
using FairNotice.Domain.Elections;
using FairNotice.Domain.Members;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Redress;
using FairNotice.Domain.Transparency;
using System.Collections.Frozen;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Features.Languages;

/// <summary>Human labels for the enums a page shows ("UnderReview" reads "Under review", « En cours d'examen »…): the
/// one place that maps an enum member to its resource key, <c>EnumType.Member</c>.</summary>
internal static class Labels
{
    /// <summary>Every enum a page shows; a test checks each member has a label in every language.</summary>
    public static readonly Type[] Shown =
    [
        typeof(NoticeStatus), typeof(NoticeAction), typeof(NoticeKind), typeof(NoticeColour), typeof(WantedFor),
        typeof(Recommendation), typeof(Severity), typeof(Ground), typeof(ReviewDecision), typeof(ProtectionKind), typeof(PrecedentOutcome),
        typeof(Affiliation), typeof(Role), typeof(Region),
        typeof(RedressType), typeof(RedressStatus), typeof(RedressOutcome), typeof(DisclosureRestriction), typeof(ProvisionalGround), typeof(ClockState),
        typeof(Post), typeof(MajorityRule), typeof(ElectionStatus), typeof(RoundStatus), typeof(StatOutcome),
    ];

    /// <summary>The member's label in the page's language.</summary>
    public static string Label<T>(this IStringLocalizer l, T value)
        where T : struct, Enum => l[Key(typeof(T), value.ToString())];

    /// <summary>A member the page holds as text (response records carry enums as strings); text that names no member is shown as it is.</summary>
    public static string Label<T>(this IStringLocalizer l, string? name)
        where T : struct, Enum =>
        name is null ? "" : Enum.TryParse<T>(name, ignoreCase: false, out var value) && Enum.IsDefined(value) ? l.Label(value) : name;

    public static string Key(Type type, string member) => $"{type.Name}.{member}";

    /// <summary>A name the server keeps as free text (an event's action), labelled under <paramref name="prefix"/> when the
    /// resources know it, otherwise shown as it is.</summary>
    public static string Named(this IStringLocalizer l, string prefix, string? name)
    {
        if (name is null)
        {
            return "";
        }

        var found = l[$"{prefix}.{name}"];
        return found.ResourceNotFound ? name : found.Value;
    }
}

/// <summary>Sentences the server composes in English (a flash message, a review status, a domain error) shown in the page's
/// language when the English resource holds exactly that sentence; any other text is shown as it is.</summary>
internal static class KnownSentences
{
    private static readonly Lazy<FrozenDictionary<string, string>> KeysByEnglish = new(() =>
    {
        var manager = new System.Resources.ResourceManager("FairNotice.Web.Resources.SharedResource", typeof(SharedResource).Assembly);
        var set = manager.GetResourceSet(System.Globalization.CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry e in set)
        {
            if (e.Value is string english && e.Key is string key)
            {
                map.TryAdd(english, key);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    });

    /// <summary>The sentence in the page's language, or as it is.</summary>
    /// <summary>A sentence the English resources hold (a citation the Domain writes in English) as a word of a message, so
    /// that each page shows its own language's; any other text as data that reads left to right.</summary>
    public static FairNotice.Domain.MessageArgument KnownOrCode(string english) =>
        KeysByEnglish.Value.TryGetValue(english, out var key) ? FairNotice.Domain.MessageArgument.Word(key, english) : FairNotice.Domain.MessageArgument.Code(english);

    public static string Translate(this IStringLocalizer l, string? english) =>
        english is null ? "" : KeysByEnglish.Value.TryGetValue(english, out var key) ? l[key] : english;
}

/// <summary>Puts a page's validation messages in the page's language, each saying how to put it right (see <see cref="ErrorMessages.Human"/>).</summary>
internal static class TranslatedModelState
{
    public static void TranslateErrors(this Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, IStringLocalizer l)
    {
        foreach (var (key, entry) in state.ToList())
        {
            var messages = entry!.Errors.Select(e => e.ErrorMessage).ToList();
            var human = messages.Select(m => l.Human(key, m)).ToList();
            if (messages.Count == 0 || messages.SequenceEqual(human, StringComparer.Ordinal))
            {
                continue;
            }

            entry.Errors.Clear();
            foreach (var m in human)
            {
                state.AddModelError(key, m);
            }
        }
    }
}
