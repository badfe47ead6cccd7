using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FairNotice.Domain.Compliance.Statutes;

/// <summary>Why a provision is in the register.</summary>
public enum StatuteKind
{
    /// <summary>A pure political offence (treason by speech, subversion, insulting the head of state, "foreign agent" duties).</summary>
    Political,
    /// <summary>A purely military offence (desertion, draft evasion).</summary>
    Military,
    /// <summary>An offence of a religious character (blasphemy, apostasy, banned faith groups).</summary>
    Religious,
    /// <summary>An offence of expression ("false information", "discrediting", insult, "propaganda").</summary>
    Expression,
    /// <summary>An offence of assembly or association (unauthorised rallies, "undesirable" or unregistered organisations).</summary>
    Assembly,
    /// <summary>A provision that also covers real crime but is documented as used against dissent.</summary>
    Dissent,
}

/// <summary>What a match on the provision calls for.</summary>
public enum StatuteEffect
{
    /// <summary>Refuse: the provision is a pure political, military, religious or expression offence.</summary>
    Refuse,
    /// <summary>Send to a reviewer: the provision is misused, but also used for ordinary crime.</summary>
    Review,
}

/// <summary>A code or law of a member that the register knows by name.</summary>
/// <param name="Id">Short key, e.g. "UK" for the Russian Criminal Code.</param>
/// <param name="Name">Its English name.</param>
/// <param name="Aliases">How requesters write it ("УК РФ", "TCK", "刑法"); matched after <see cref="Vocabulary.Normalise"/>.</param>
/// <param name="Default">True for the criminal code a bare "art. 112" refers to.</param>
public sealed record StatuteCode(string Id, string Name, IReadOnlyList<string> Aliases, bool Default = false);

/// <summary>One row of the register: a provision of a member's law, why it is there and the public sources that say so.</summary>
/// <param name="Country">The member, ISO alpha-2.</param>
/// <param name="Code">The code or law (<see cref="StatuteCode.Id"/>).</param>
/// <param name="Provisions">The provision numbers ("207.3", "7/2", "86 bis"); "*" stands for every provision of the law.</param>
/// <param name="Title">Short title in the original language.</param>
/// <param name="TitleEn">Short title in English.</param>
/// <param name="Kind">Political, military, religious, expression or used against dissent.</param>
/// <param name="Effect">Refuse or send to review.</param>
/// <param name="Sources">URLs or citations of public sources (the statute, Venice Commission, PACE, UN, NGOs).</param>
/// <param name="Unverified">True when number or title could not be confirmed in a source: the row then only sends to review.</param>
/// <param name="Note">Why the effect is what it is, for the reviewer.</param>
public sealed record Statute(
    string Country,
    string Code,
    IReadOnlyList<string> Provisions,
    string Title,
    string TitleEn,
    StatuteKind Kind,
    StatuteEffect Effect,
    IReadOnlyList<string> Sources,
    bool Unverified = false,
    string? Note = null)
{
    /// <summary>What the engine does on a match: a refusing row that is unverified only sends to review.</summary>
    [JsonIgnore]
    public StatuteEffect EffectiveEffect => Unverified ? StatuteEffect.Review : Effect;
}

/// <summary>A provision of the register cited in a charge.</summary>
/// <param name="Statute">The register row.</param>
/// <param name="Code">The code it belongs to.</param>
/// <param name="Provision">The provision of the row that matched ("*" for a whole law).</param>
/// <param name="Cited">The citation as written in the law field.</param>
public sealed record StatuteMatch(Statute Statute, StatuteCode Code, string Provision, string Cited);

/// <summary>The register of statutes: provisions of members' laws that are political, military, religious or expression
/// offences, or are documented as used against dissent; read from the embedded <c>statutes.json</c>.</summary>
/// <remarks>
/// Adding a member is one data change: its codes (with the names requesters use) and its rows. A citation is read in the
/// requester's own law: a bare "art. 112" from TH is the Thai Criminal Code, from RU it is the Russian one. A segment of
/// the law field (split on ';') that names a law the register does not know is not matched at all, so "Law 20/2018 art. 2"
/// never reads as art. 2 of the criminal code. The most specific row wins (art. 280.3 over art. 280); a row covers the
/// sub-parts of its provision (art. 299 covers art. 299(2)). Pure and deterministic.
/// </remarks>
public sealed class StatuteRegister
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly FrozenDictionary<string, Country> _countries;
    private readonly string[] _otherLawWords;

    private StatuteRegister(string version, FrozenDictionary<string, Country> countries, string[] otherLawWords, IReadOnlyList<Statute> statutes)
    {
        Version = version;
        _countries = countries;
        _otherLawWords = otherLawWords;
        Statutes = statutes;
    }

    /// <summary>The register shipped with this build.</summary>
    public static StatuteRegister Default { get; } = LoadEmbedded();

    /// <summary>The register's version, recorded in every assessment.</summary>
    public string Version { get; }

    /// <summary>Every row.</summary>
    public IReadOnlyList<Statute> Statutes { get; }

    /// <summary>Parses a register document (same shape as the embedded one).</summary>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="InvalidDataException">A row names an unknown member or code, has no provision or no source.</exception>
    public static StatuteRegister Parse(string json)
    {
        var doc = JsonSerializer.Deserialize<Document>(json, Options) ?? throw new InvalidDataException("empty statute register");
        var countries = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var (iso, codes) in doc.Countries)
        {
            countries[iso] = new Country(codes, [.. codes.SelectMany(c => c.Aliases.Select(a => (Code: c, Needle: Needle(a))))
                .OrderByDescending(a => a.Needle.Length)], codes.FirstOrDefault(c => c.Default), []);
        }

        foreach (var row in doc.Statutes)
        {
            if (!countries.TryGetValue(row.Country, out var country) || country.Codes.All(c => c.Id != row.Code))
            {
                throw new InvalidDataException($"statute row {row.Country} {row.Code} {string.Join(',', row.Provisions)}: unknown member or code");
            }

            if (row.Provisions.Count == 0 || row.Sources.Count == 0 || string.IsNullOrWhiteSpace(row.TitleEn))
            {
                throw new InvalidDataException($"statute row {row.Country} {row.Code}: a row needs provisions, an English title and at least one source");
            }

            country.Rows.Add(row);
        }

        return new StatuteRegister(doc.Version, countries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            [.. doc.OtherLawWords.Select(Needle)], doc.Statutes);
    }

    /// <summary>The code a row belongs to.</summary>
    /// <param name="statute">A row of this register.</param>
    public StatuteCode CodeOf(Statute statute)
    {
        ArgumentNullException.ThrowIfNull(statute);
        return _countries[statute.Country].Codes.First(c => c.Id == statute.Code);
    }

    /// <summary>The register's provisions cited in a law field, read in the requester's law.</summary>
    /// <param name="requester">The requesting member (ISO alpha-2).</param>
    /// <param name="law">The charge's law field.</param>
    public IReadOnlyList<StatuteMatch> Match(string requester, string? law)
    {
        if (string.IsNullOrWhiteSpace(law) || !_countries.TryGetValue(requester ?? "", out var country))
        {
            return [];
        }

        var matches = new List<StatuteMatch>();
        foreach (var segment in law.Split([';', '\n', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var haystack = $" {Vocabulary.Normalise(segment)} ";
            var named = country.Aliases.FirstOrDefault(a => Contains(haystack, a.Needle));
            var code = named.Code;
            if (code is null)
            {
                if (_otherLawWords.Any(w => Contains(haystack, w)))
                {
                    continue;
                }

                code = country.DefaultCode;
                if (code is null)
                {
                    continue;
                }
            }

            var rows = country.Rows.Where(r => r.Code == code.Id).ToList();
            var cited = CitedIn(segment);
            foreach (var c in cited)
            {
                var best = rows.SelectMany(r => r.Provisions.Where(p => p != "*").Select(p => (Row: r, Provision: p, Parsed: Citation.Of(p))))
                    .Where(x => c.IsWithin(x.Parsed)).OrderByDescending(x => x.Parsed.Parts.Count).FirstOrDefault();
                if (best.Row is not null)
                {
                    matches.Add(new StatuteMatch(best.Row, code, best.Provision, c.Text));
                }
            }

            if (named.Code is not null)
            {
                matches.AddRange(rows.Where(r => r.Provisions.Contains("*")).Select(r => new StatuteMatch(r, code, "*", segment)));
            }
        }

        return [.. matches.DistinctBy(m => (m.Statute, m.Provision))];
    }

    /// <summary>The citations of one segment: after article markers, else a number at its start or right after a code's name.</summary>
    private static IReadOnlyList<Citation> CitedIn(string segment)
    {
        var marked = Citations.AfterMarkers(segment);
        if (marked.Count > 0)
        {
            return marked;
        }

        // "TCK 301", "280.3 УК РФ", "Ley 1042 30": the last number, so that a number in the law's name is not taken for the article.
        var text = Citations.Prepare(segment);
        IReadOnlyList<Citation> last = [];
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) && (i == 0 || text[i - 1] is ' ' or '.' or ',' or '(' or '《' or '》'))
            {
                var parts = new List<string>();
                var end = Citations.ReadNumber(text, i, parts);
                if (parts.Count > 0)
                {
                    last = [new Citation(parts, text[i..end].Trim())];
                    i = end;
                }
            }
        }

        return last;
    }

    private static bool Contains(string haystack, string needle) => haystack.Contains(needle, StringComparison.Ordinal);

    // Latin and Cyrillic names match as whole words; Han and Arabic anywhere, as in the vocabulary.
    private static string Needle(string alias)
    {
        var n = Vocabulary.Normalise(alias);
        return n.Any(c => c is (>= '\u0600' and <= '\u06FF') or (>= '\u4E00' and <= '\u9FFF')) ? n : $" {n} ";
    }

    private static StatuteRegister LoadEmbedded()
    {
        using var stream = typeof(StatuteRegister).Assembly.GetManifestResourceStream("FairNotice.Domain.Compliance.Statutes.statutes.json")
            ?? throw new InvalidOperationException("statutes.json is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private sealed record Country(IReadOnlyList<StatuteCode> Codes, IReadOnlyList<(StatuteCode Code, string Needle)> Aliases, StatuteCode? DefaultCode, List<Statute> Rows);

    private sealed record Document(string Version, Dictionary<string, List<StatuteCode>> Countries, List<string> OtherLawWords, List<Statute> Statutes);
}
