using System.Globalization;

namespace FairNotice.Web.Features.Languages;

/// <summary>How the page's language writes numbers, for text a reader reads (a statistics table, a chart's axis): the
/// formatting culture of the request stays invariant (see <see cref="LanguagesFeature"/>),
/// so that no API answer, export or stored value changes with the language; a page that shows a number to read asks here.
/// (Lists are joined with the <c>Message.Comma</c> resource: the Arabic comma "، " in Arabic.)</summary>
internal static class PageCulture
{
    private static readonly Dictionary<string, CultureInfo> Cultures = LanguagesFeature.Supported.ToDictionary(l => l.Code, l => Make(l.Code));

    /// <summary>The number format of the page's language: French "20 000" and "35,4", Spanish "20.000" and "35,4", English
    /// "20,000" and "35.4". Arabic keeps the Latin digits the rest of the pages show, with the separators CLDR gives Arabic
    /// in Latin digits ("20,000", "35.4", "52.3%"): .NET's "ar" would mix Latin digits with the Arabic-Indic separators ٫ and ٬.</summary>
    public static CultureInfo Numbers => Cultures[LanguagesFeature.Current];

    /// <summary>A whole number, grouped by thousands the language's way.</summary>
    public static string Count(long n) => n.ToString("#,0", Numbers);

    /// <summary>A decimal number (up to <paramref name="decimals"/> places), the language's decimal mark and grouping.</summary>
    public static string Decimal(double d, int decimals = 1) => d.ToString("#,0." + new string('#', decimals), Numbers);

    /// <summary>A fraction (0.523) as a percentage in the language's way ("52.3%", « 52,3 % »).</summary>
    /// <remarks>French and Spanish write a space before the sign; a no-break one, so that "%" never starts a line.</remarks>
    public static string Percent(double fraction) => fraction.ToString("P1", Numbers).Replace(" %", "\u00A0%", StringComparison.Ordinal);

    private static CultureInfo Make(string code)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(code).Clone();
        if (code == "ar")
        {
            var n = culture.NumberFormat;
            n.NumberDecimalSeparator = n.PercentDecimalSeparator = n.CurrencyDecimalSeparator = ".";
            n.NumberGroupSeparator = n.PercentGroupSeparator = n.CurrencyGroupSeparator = ",";
            n.PercentSymbol = "%";
            n.PercentPositivePattern = 1; // "52.3%"
            n.NegativeSign = "-";
        }

        return CultureInfo.ReadOnly(culture);
    }
}
