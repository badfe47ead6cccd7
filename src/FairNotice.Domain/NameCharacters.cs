namespace FairNotice.Domain;

/// <summary>Characters a person's name never contains: C0 and C1 controls (tabs and line breaks included) and the Unicode
/// bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069).</summary>
/// <remarks>A right-to-left override makes a name display differently from what it stores ("Trojan Source", CVE-2021-42574):
/// a reviewer would read one person and the screening index match another. Refused, never silently stripped, so what was
/// sent is what is stored.</remarks>
public static class NameCharacters
{
    /// <summary>The message shown next to a field that holds such a character.</summary>
    public const string Message = "Names cannot contain control characters or Unicode direction overrides (U+202A–U+202E, U+2066–U+2069).";

    /// <summary>Whether <paramref name="value"/> holds a control or a bidirectional override or isolate character.</summary>
    /// <param name="value">The name as received; null counts as clean.</param>
    public static bool HasUnsafe(string? value)
    {
        foreach (var ch in value ?? "")
        {
            if (IsUnsafe(ch))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one UTF-16 code unit is a control (U+0000–U+001F, U+007F–U+009F) or a bidi embedding, override or isolate.</summary>
    /// <param name="ch">The character.</param>
    public static bool IsUnsafe(char ch) => char.IsControl(ch) || ch is >= '\u202A' and <= '\u202E' || ch is >= '\u2066' and <= '\u2069';
}
