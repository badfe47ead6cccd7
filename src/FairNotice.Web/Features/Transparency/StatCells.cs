using FairNotice.Domain.Notices;
using FairNotice.Domain.Redress;
using FairNotice.Domain.Transparency;
using FairNotice.Web.Features.Languages;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Features.Transparency;

/// <summary>A statistics table's cell as the page shows it, in the page's language: kinds, colours and request types by
/// their labels ("Rouge", not "Red"), numbers the language's way ("20 000", "35,4"), the refusal rate as a percentage
/// (the chart's unit), "&lt;5" isolated left to right (an Arabic page would otherwise show "5&gt;"), and the texts that
/// exist only in English (the ICCS section titles, the published totals' sources) marked <c>lang="en"</c>. The CSV and
/// JSON downloads keep the invariant values (<see cref="TransparencyFeature.Format"/>).</summary>
internal static class StatCells
{
    /// <summary>The UNODC publishes the ICCS in the six UN languages, but this system holds the English titles only (no
    /// French, Spanish or Arabic titles from a published source were at hand): they are shown in English, marked so.</summary>
    private static readonly HashSet<string> EnglishOnly = new(StringComparer.Ordinal) { "title", "source" };

    public static IHtmlContent Show(string column, object? value, IStringLocalizer l)
    {
        switch (value)
        {
            case null:
                return HtmlString.Empty;
            case SmallCells.Marker:
                return Wrapped("<bdi dir=\"ltr\">", SmallCells.Marker, "</bdi>");
            case double rate when column == "refusal rate":
                return Text(PageCulture.Percent(rate));
            case double d:
                return Text(PageCulture.Decimal(d));
            case int year when column == "year":
                return Text(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            case int n:
                return Text(PageCulture.Count(n));
        }

        var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return column switch
        {
            "kind" => Text(l.Label<NoticeKind>(text)),
            "colour" => Text(l.Label<NoticeColour>(text)),
            "type" => Text(l.Label<RedressType>(text)),
            "ICCS section" when text == RefusalsByOffenceClass.Unclassified => Text(l["Chart.Unclassified"]),
            _ when column == "title" && text == RefusalsBySection.NoChargeClassified => Text(l.Translate(text)),
            _ when EnglishOnly.Contains(column) && LanguagesFeature.Current != "en" =>
                Wrapped("<span lang=\"en\" dir=\"ltr\">", text, "</span>"),
            _ => Text(text),
        };
    }

    // Encoded when the page writes it, by the page's encoder.
    private static IHtmlContent Text(string s) => new HtmlContentBuilder().Append(s);

    private static IHtmlContent Wrapped(string open, string s, string close) => new HtmlContentBuilder().AppendHtml(open).Append(s).AppendHtml(close);
}
