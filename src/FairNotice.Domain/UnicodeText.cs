using System.Text;

namespace FairNotice.Domain;

/// <summary>Text made safe for Unicode normalisation, which throws on what no valid text holds.</summary>
internal static class UnicodeText
{
    /// <summary>The text with lone surrogates and noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF and their counterparts in
    /// every plane) replaced by spaces: <see cref="string.Normalize(NormalizationForm)"/> refuses them, and a hostile
    /// name or statement must be read, not turn into a 500 (found by fuzzing, docs/fuzzing.md).</summary>
    /// <param name="text">Any text.</param>
    public static string Normalisable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length;)
        {
            var valid = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) == System.Buffers.OperationStatus.Done
                && rune.Value is not (>= 0xFDD0 and <= 0xFDEF) && (rune.Value & 0xFFFE) != 0xFFFE;
            if (!valid)
            {
                sb ??= new StringBuilder(text, 0, i, text.Length);
                sb.Append(' ', Math.Max(used, 1));
            }
            else
            {
                sb?.Append(text, i, used);
            }

            i += Math.Max(used, 1);
        }

        return sb?.ToString() ?? text;
    }
}
