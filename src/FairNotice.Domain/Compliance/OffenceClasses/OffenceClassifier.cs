using System.Collections.Frozen;
using System.Text.Json;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Compliance.OffenceClasses;

/// <summary>An ICCS level 1 category (section), e.g. 08.</summary>
/// <param name="Code">Two digits.</param>
/// <param name="Title">UNODC's English title.</param>
public sealed record IccsSection(string Code, string Title);

/// <summary>An ICCS level 2 category (division), e.g. 0803.</summary>
/// <param name="Code">Four digits; the first two are the section.</param>
/// <param name="Title">UNODC's English title.</param>
/// <param name="Checked">True when the title was compared with a copy of the ICCS text (see SOURCES.md).</param>
public sealed record IccsDivision(string Code, string Title, bool Checked)
{
    /// <summary>The section code (first two digits).</summary>
    public string Section => Code[..2];
}

/// <summary>What the wording of a charge says beyond its class: a matter RPD Art. 83(1)(a) excludes.</summary>
public enum ExclusionFlag
{
    /// <summary>No exclusion suggested.</summary>
    None,
    /// <summary>A family or private matter (RPD Art. 83(1)(a)(ii)).</summary>
    Family,
    /// <summary>A private dispute: debts, cheques, contracts (RPD Art. 83(1)(a)(iii)).</summary>
    PrivateDispute,
}

/// <summary>The offence class of one charge, with what decided it.</summary>
/// <param name="Charge">Index of the charge in the request.</param>
/// <param name="Division">Division code, e.g. 0803; null when no keyword matched (unclassified).</param>
/// <param name="DivisionTitle">Its title.</param>
/// <param name="Section">Section code, e.g. 08.</param>
/// <param name="SectionTitle">Its title.</param>
/// <param name="Evidence">The field and the term that decided it.</param>
/// <param name="Language">The language of the term.</param>
/// <param name="Flag">An Art. 83(1)(a) exclusion suggested by the term.</param>
/// <param name="Others">Other divisions whose terms also occur in the charge (shorter terms), for the reviewer.</param>
public sealed record ChargeClass(int Charge, string? Division, string? DivisionTitle, string? Section, string? SectionTitle, Evidence? Evidence, string? Language,
    ExclusionFlag Flag, IReadOnlyList<string> Others)
{
    /// <summary>"ICCS 0803 Acts related to …", or "unclassified".</summary>
    public string Label => Division is null ? "unclassified" : $"ICCS {Division} {DivisionTitle}";
}

/// <summary>Classifies charges into the UN's International Classification of Crime for Statistical Purposes (ICCS 1.0)
/// from their description and law, through the keyword map in the embedded <c>iccs.json</c>.</summary>
/// <remarks>
/// Pure and deterministic. Terms match as in <see cref="Vocabulary"/> (decomposition, no diacritics, case folding; Latin
/// and Cyrillic at a word start, Arabic and Han anywhere). The description decides; the law decides only when the
/// description matched nothing. Among the terms found, the longest wins ("attempted murder" over "murder"); on equal
/// length, the lower division code. Qualifier divisions (an organised criminal group) decide only when nothing else
/// matched: "fraud in an organised gang" is fraud. A charge no term matches stays unclassified: the classifier never guesses.
/// </remarks>
public sealed class OffenceClassifier
{
    private readonly Vocabulary _terms;
    private readonly FrozenDictionary<string, IccsDivision> _divisions;
    private readonly FrozenDictionary<string, IccsSection> _sections;

    private readonly FrozenSet<string> _qualifiers;

    private OffenceClassifier(string source, Vocabulary terms, IReadOnlyList<IccsSection> sections, IReadOnlyList<IccsDivision> divisions, IEnumerable<string> qualifiers)
    {
        _qualifiers = qualifiers.ToFrozenSet(StringComparer.Ordinal);
        Source = source;
        _terms = terms;
        Sections = sections;
        Divisions = divisions;
        _sections = sections.ToFrozenDictionary(s => s.Code, StringComparer.Ordinal);
        _divisions = divisions.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);
    }

    /// <summary>The classifier with the shipped data.</summary>
    public static OffenceClassifier Default { get; } = LoadEmbedded();

    /// <summary>Version of the classification and of the keyword map.</summary>
    public string Version => _terms.Version;

    /// <summary>Where the codes and titles come from.</summary>
    public string Source { get; }

    /// <summary>The eleven sections.</summary>
    public IReadOnlyList<IccsSection> Sections { get; }

    /// <summary>Every division.</summary>
    public IReadOnlyList<IccsDivision> Divisions { get; }

    /// <summary>Parses a document shaped like the embedded <c>iccs.json</c>.</summary>
    /// <param name="json">The JSON text.</param>
    public static OffenceClassifier Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var sections = root.GetProperty("sections").EnumerateArray()
            .Select(s => new IccsSection(s.GetProperty("code").GetString()!, s.GetProperty("title").GetString()!)).ToList();
        var divisions = root.GetProperty("divisions").EnumerateArray()
            .Select(d => new IccsDivision(d.GetProperty("code").GetString()!, d.GetProperty("title").GetString()!, d.GetProperty("checked").GetBoolean())).ToList();
        var qualifiers = root.TryGetProperty("qualifiers", out var q) ? q.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
        return new OffenceClassifier(root.GetProperty("source").GetString() ?? "", Vocabulary.Parse(json), sections, divisions, qualifiers);
    }

    /// <summary>The section with this code, or null.</summary>
    /// <param name="code">Two digits.</param>
    public IccsSection? SectionOf(string code) => _sections.GetValueOrDefault(code);

    /// <summary>The division with this code, or null.</summary>
    /// <param name="code">Four digits.</param>
    public IccsDivision? DivisionOf(string code) => _divisions.GetValueOrDefault(code);

    /// <summary>Classifies every charge of a request.</summary>
    /// <param name="charges">The charges, in order.</param>
    public IReadOnlyList<ChargeClass> Classify(IReadOnlyList<Charge>? charges) =>
        [.. (charges ?? []).Select((c, i) => Classify(c, i))];

    /// <summary>Classifies one charge.</summary>
    /// <param name="charge">The charge.</param>
    /// <param name="index">Its index in the request (for the evidence's field).</param>
    public ChargeClass Classify(Charge charge, int index)
    {
        ArgumentNullException.ThrowIfNull(charge);
        var byDescription = Hits(charge.Description);
        var (field, hits) = byDescription.Count > 0 ? ($"case.charges[{index}].description", byDescription) : ($"case.charges[{index}].law", Hits(charge.Law));
        if (hits.Count == 0)
        {
            return new ChargeClass(index, null, null, null, null, null, null, ExclusionFlag.None, []);
        }

        var best = hits.OrderBy(h => _qualifiers.Contains(Split(h.Category).Code) ? 1 : 0)
            .ThenByDescending(h => Vocabulary.Normalise(h.Term.TrimStart('=')).Length).ThenBy(h => h.Category, StringComparer.Ordinal).First();
        var (code, flag) = Split(best.Category);
        var division = _divisions[code];
        var section = _sections[division.Section];
        // A flag counts whichever term carries it: "theft" and "bounced cheque" in one charge is still a private dispute.
        if (flag == ExclusionFlag.None)
        {
            flag = hits.Select(h => Split(h.Category).Flag).FirstOrDefault(f => f != ExclusionFlag.None);
        }

        var others = hits.Select(h => Split(h.Category).Code).Where(c => c != code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new ChargeClass(index, code, division.Title, section.Code, section.Title, new Evidence(field, best.Term), best.Language, flag, others);
    }

    private List<TermHit> Hits(string? text) => string.IsNullOrWhiteSpace(text) ? [] : [.. _terms.Categories.SelectMany(c => _terms.FindAll(c, text))];

    private static (string Code, ExclusionFlag Flag) Split(string category)
    {
        var slash = category.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return (category, ExclusionFlag.None);
        }

        return (category[..slash], category[(slash + 1)..] switch
        {
            "family" => ExclusionFlag.Family,
            "private_dispute" => ExclusionFlag.PrivateDispute,
            var other => throw new InvalidOperationException($"Unknown flag '{other}' in iccs.json."),
        });
    }

    private static OffenceClassifier LoadEmbedded()
    {
        using var stream = typeof(OffenceClassifier).Assembly.GetManifestResourceStream("FairNotice.Domain.Compliance.OffenceClasses.iccs.json")
            ?? throw new InvalidOperationException("iccs.json is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
