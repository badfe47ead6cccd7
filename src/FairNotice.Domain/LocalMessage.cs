using System.Globalization;
using System.Text.Json.Serialization;

namespace FairNotice.Domain;

/// <summary>How an argument of a <see cref="LocalMessage"/> is shown in another language.</summary>
public enum ArgumentKind
{
    /// <summary>Data in its own script (a name, a phrase quoted from the request, a title): inserted as it is, isolated so
    /// that it keeps its own direction inside a right-to-left sentence.</summary>
    Text,
    /// <summary>Data that always reads left to right (a citation, a date, a number, a reference, a URL): isolated left to right.</summary>
    Code,
    /// <summary>A word or clause of the application (a ground, a status, a category): shown in the page's language from
    /// <see cref="MessageArgument.Key"/>.</summary>
    Word,
    /// <summary>A whole sentence or clause with arguments of its own (<see cref="MessageArgument.Message"/>).</summary>
    Message,
    /// <summary>Several arguments (<see cref="MessageArgument.Items"/>) joined by the separator named by <see cref="MessageArgument.Key"/>.</summary>
    List,
    /// <summary>A country by its ISO 3166-1 alpha-2 code (<see cref="MessageArgument.Value"/>, which English and the API show):
    /// named in the page's language ("Allemagne", "ألمانيا").</summary>
    Country,
}

/// <summary>One value inserted in a message.</summary>
/// <param name="Kind">How it is shown in another language.</param>
/// <param name="Value">The value as the English message shows it.</param>
/// <param name="Key">For a word, its resource key; for a list, the key of its separator.</param>
/// <param name="Message">For a nested message, the message.</param>
/// <param name="Items">For a list, its items.</param>
public sealed record MessageArgument(ArgumentKind Kind, string Value, string? Key = null, LocalMessage? Message = null, IReadOnlyList<MessageArgument>? Items = null)
{
    /// <summary>Data in its own script (a name, a phrase from the request).</summary>
    public static MessageArgument Text(string? value) => new(ArgumentKind.Text, value ?? "");

    /// <summary>Data that reads left to right (a citation, a date, a number, a reference).</summary>
    public static MessageArgument Code(string? value) => new(ArgumentKind.Code, value ?? "");

    /// <summary>A country by its code: the code in English and the API, the country's name in a page's language.</summary>
    public static MessageArgument Country(string? iso2) => new(ArgumentKind.Country, iso2 ?? "");

    /// <summary>A number, written with invariant digits.</summary>
    public static MessageArgument Number(long value) => new(ArgumentKind.Code, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A date, written yyyy-MM-dd.</summary>
    public static MessageArgument Date(DateTimeOffset value) => new(ArgumentKind.Code, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A day, written yyyy-MM-dd.</summary>
    public static MessageArgument Date(DateOnly value) => new(ArgumentKind.Code, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A word of the application: <paramref name="english"/> in English, the resource <paramref name="key"/> elsewhere.</summary>
    public static MessageArgument Word(string key, string english) => new(ArgumentKind.Word, english, key);

    /// <summary>A nested message.</summary>
    public static MessageArgument Of(LocalMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(ArgumentKind.Message, message.English, Message: message);
    }

    /// <summary>Items joined by a separator (<see cref="MessageCatalog.Semicolon"/>, <see cref="MessageCatalog.Comma"/>, <see cref="MessageCatalog.Or"/>).</summary>
    public static MessageArgument List(string separatorKey, IEnumerable<MessageArgument> items)
    {
        var list = items.ToList();
        return new(ArgumentKind.List, string.Join(MessageCatalog.Template(separatorKey), list.Select(i => i.Value)), separatorKey, Items: list);
    }
}

/// <summary>A sentence for people, kept as a resource key and its arguments so that each page can show it in its own
/// language; <see cref="English"/> is the same template filled in English, which the API, the CLI and stored records carry.</summary>
/// <param name="Key">The key of the template (<see cref="MessageCatalog"/>; the Web's resources hold it in every language).</param>
/// <param name="Arguments">The values for the template's placeholders, in order.</param>
public sealed record LocalMessage(string Key, IReadOnlyList<MessageArgument> Arguments)
{
    /// <summary>The message in English.</summary>
    [JsonIgnore]
    public string English => MessageCatalog.Format(Key, Arguments);

    /// <summary>A message of the catalogue; throws when the key is unknown or the arguments do not fit (a bug).</summary>
    public static LocalMessage Of(string key, params MessageArgument[] arguments)
    {
        var message = new LocalMessage(key, arguments);
        if (MessageCatalog.Placeholders(key) != arguments.Length)
        {
            throw new ArgumentException($"'{key}' takes {MessageCatalog.Placeholders(key)} arguments, not {arguments.Length}.", nameof(arguments));
        }

        return message;
    }
}

/// <summary>Every message template in English, by key: the findings of the compliance engine, the lifecycle's refusals, the
/// audit trail's verdicts, the steps of a redress file, the screening matcher's explanations. The Web's English resources hold the same text under the same key (a test compares them),
/// and the other languages a translation with the same placeholders.</summary>
public static partial class MessageCatalog
{
    /// <summary>Separator key: "; ".</summary>
    public const string Semicolon = "Message.Semicolon";

    /// <summary>Separator key: ", ".</summary>
    public const string Comma = "Message.Comma";

    /// <summary>Separator key: " or ".</summary>
    public const string Or = "Message.Or";

    /// <summary>Data quoted in a sentence: '…' in English, « … » in French.</summary>
    public const string Quoted = "Message.Quoted";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> All = new(() =>
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Semicolon] = "; ",
            [Comma] = ", ",
            [Or] = " or ",
            [Quoted] = "'{0}'",
        };
        foreach (var (key, english) in Compliance.FindingMessages.Templates.Concat(Notices.LifecycleMessages.Templates).Concat(Audit.AuditMessages.Templates).Concat(Redress.RedressMessages.Templates).Concat(Screening.ScreeningMessages.Templates).Concat(Notices.NoticeCheckMessages.Templates))
        {
            all.Add(key, english);
        }

        return all;
    });

    /// <summary>Every template, by key.</summary>
    public static IReadOnlyDictionary<string, string> Templates => All.Value;

    /// <summary>The English template.</summary>
    public static string Template(string key) =>
        All.Value.TryGetValue(key, out var template) ? template : throw new KeyNotFoundException($"No message '{key}'.");

    /// <summary>The template filled with the arguments' English values.</summary>
    public static string Format(string key, IReadOnlyList<MessageArgument> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return string.Format(CultureInfo.InvariantCulture, Template(key), [.. arguments.Select(a => (object)a.Value)]);
    }

    /// <summary>How many placeholders the template has.</summary>
    public static int Placeholders(string key) =>
        Placeholder().Matches(Template(key)).Select(m => int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();

    [System.Text.RegularExpressions.GeneratedRegex(@"\{(\d+)\}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Placeholder();
}
