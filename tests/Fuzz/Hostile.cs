using CsCheck;

namespace FairNotice.Fuzz;

/// <summary>Hostile text: what a careless or malicious client sends in a string field.</summary>
internal static class Hostile
{
    /// <summary>Characters that break naive code: controls, NUL, bidi overrides and isolates, zero-width and BOM, lone
    /// surrogates, combining marks, line and paragraph separators, full-width and look-alike letters, quotes and commas.</summary>
    public static readonly char[] Nasty =
    [
        '\0', '\u0001', '\b', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u00a0', '\u00ad',
        '\u202e', '\u202d', '\u202a', '\u2066', '\u2067', '\u2068', '\u2069', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\ufeff',
        '\ud800', '\udbff', '\udc00', '\udfff', '\u0301', '\u0308', '\u0336', '\u2028', '\u2029', '\uffff', '\ufffe', '\ufffd',
        'Ａ', 'ß', 'İ', 'ı', 'ﬁ', 'Ǆ', 'ǅ', '"', '\'', '`', ',', ';', '\\', '/', '<', '>', '&', '%', '$', '{', '}', '[', ']', ' ',
    ];

    /// <summary>Name-like fragments in many scripts, so that some generated names reach the matcher's deeper paths.</summary>
    public static readonly string[] Fragments =
    [
        "Mohammed", "AL", "bin", "O'Brien", "Dar'ya", "van der", "胡彬郴", "Орлов Илья", "Παπαδόπουλος", "محمد بن سلمان", "יוסף",
        "김민준", "たなか", "Nguyễn Văn", "Ｍｏｈａｍｍｅｄ", "HuBinChen", "Ⅻ", "𝔐𝔬𝔥", "👨‍👩‍👧", "Ǆemal", "İstanbul", "ß", "x", "", " ", "-", "'",
    ];

    public static readonly Gen<char> Char = Gen.Frequency(
        (6, Gen.Char['a', 'z']), (2, Gen.Char['A', 'Z']), (2, Gen.OneOf(Nasty)), (1, Gen.Char), (1, Gen.Char['\u0400', '\u04ff']),
        (1, Gen.Char['\u0600', '\u06ff']), (1, Gen.Char['\u4e00', '\u9fff']), (1, Gen.Char['0', '9']));

    /// <summary>Short hostile strings, fragments glued with nasty characters, and now and then a very long one.</summary>
    public static readonly Gen<string> String = Gen.Frequency(
        (8, Char.Array[0, 40].Select(a => new string(a))),
        (4, Gen.Select(Gen.OneOf(Fragments).Array[1, 5], Gen.OneOf(Nasty).Array[0, 4]).Select(p => string.Join(p.Item2.Length > 0 ? new string(p.Item2) : " ", p.Item1))),
        (1, Gen.Select(Char, Gen.Int[300, 5_000]).Select(p => new string(p.Item1, p.Item2))),
        (1, Gen.String));
}
