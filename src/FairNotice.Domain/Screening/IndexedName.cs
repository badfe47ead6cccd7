using System.Globalization;

namespace FairNotice.Domain.Screening;

/// <summary>A name prepared for comparison.</summary>
public sealed record IndexedName
{
    /// <summary>Prepares a name.</summary>
    /// <param name="parts">Normalised parts in order.</param>
    /// <param name="display">The name as written.</param>
    /// <param name="kind">primary, original-script, alias or query.</param>
    /// <param name="raw">The same parts before variant families were folded (defaults to <paramref name="parts"/>).</param>
    public IndexedName(string[] parts, string display, string kind, string[]? raw = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Parts = parts;
        Raw = raw is { } r && r.Length == parts.Length ? r : parts;
        Skeletons = Array.ConvertAll(parts, NameNormaliser.Skeleton);

        Spelled = Array.ConvertAll(Raw, NameNormaliser.SpellingFold);
        Known = Array.ConvertAll(Raw, NameNormaliser.IsKnownName);
        Given = Array.ConvertAll(Raw, GivenNames.Default.GroupsOf);
        Display = display;
        Kind = kind;
        var ordered = parts.Order(StringComparer.Ordinal).ToArray();
        Sorted = string.Join(' ', ordered);
        Joined = string.Concat(ordered);
    }

    /// <summary>Normalised parts in order.</summary>
    public string[] Parts { get; }

    /// <summary>For each part, whether it belongs to the family name (indexed names only; null for a query).</summary>
    public bool[]? Family { get; init; }

    /// <summary>Normalised parts before folding into variant families, index for index with <see cref="Parts"/>.</summary>
    public string[] Raw { get; }

    /// <summary>The parts of the name as written that <see cref="Raw"/>'s parts render, index for index (a rendering by another
    /// system of a Latin name, "hiaoyan" for Xiaoyan, is still that name); <see cref="Raw"/> itself when the parts do not
    /// correspond one to one.</summary>
    public string[] Written { get => _written ?? Raw; init => _written = value; }

    private string[]? _written;

    /// <summary>Consonant skeletons of <see cref="Parts"/>, index for index.</summary>
    public string[] Skeletons { get; }

    /// <summary>Coarse consonant skeletons of <see cref="Raw"/> (letters written several ways in Latin merged), index for index.</summary>
    public string[] Coarse => _coarse ??= Array.ConvertAll(Raw, NameNormaliser.CoarseSkeleton);

    private string[]? _coarse;

    /// <summary>For each part of <see cref="Raw"/>, whether it is a given name or surname in the shipped dictionary.</summary>
    public bool[] Known { get; init; }

    /// <summary>For each part of <see cref="Raw"/>, the given names (across languages, with their short forms) it is a form of,
    /// or null (<see cref="GivenNames"/>).</summary>
    public int[]?[] Given { get; }

    /// <summary><see cref="Raw"/> with the spellings that romanisations swap folded (<see cref="NameNormaliser.SpellingFold"/>), index for index.</summary>
    public string[] Spelled { get; }

    /// <summary>A spelling, or a cross-system key (compared only with names of the same kind).</summary>
    public RenderingKind System { get; init; }

    /// <summary>True for an indexed name of a record whose nationalities all write their names in a script that writes every
    /// vowel (no Arabic- or Hebrew-script nationality, no abjad original-script name): a different vowel is another name.</summary>
    public bool VowelsWritten { get; init; }

    /// <summary>True when written in a script whose Latin reading may leave vowels out (an abjad, or an abugida's inherent vowel).</summary>
    public bool VowelsOmitted { get; init; }

    /// <summary>True for an indexed name of a Hong Kong or Macau national's record spelt in Latin letters (Cantonese
    /// readings): a part may meet a pinyin syllable of the same character (<see cref="Romaniser.MandarinOfHk"/>).</summary>
    public bool Cantonese { get; init; }

    /// <summary>True for a query rendering whose parts are pinyin syllables, split from the given names as written.</summary>
    public bool MandarinSyllables { get; init; }

    /// <summary>True for an indexed name of an Arab League national's record: the forenames after the first are the father's
    /// and grandfather's names (nasab).</summary>
    public bool Nasab { get; init; }

    /// <summary>True when written in an abjad (Arabic or Hebrew script): short vowels are missing.</summary>
    public bool Abjad { get; init; }

    /// <summary>True for a name in Han script or of a Chinese, Taiwanese, Hong Kong, Macau or Singaporean national's record:
    /// its given names are syllables, and one different syllable is another name.</summary>
    public bool Sinitic { get; init; }

    /// <summary>As written.</summary>
    public string Display { get; }

    /// <summary>primary, original-script, alias or query.</summary>
    public string Kind { get; }

    /// <summary>Parts sorted and joined by spaces (order-insensitive form).</summary>
    public string Sorted { get; }

    /// <summary>Parts sorted and concatenated (meets joined and split compounds: "al hassan" and "alhassan").</summary>
    public string Joined { get; }

    /// <inheritdoc />
    public override string ToString() => Display.ToString(CultureInfo.InvariantCulture);
}
