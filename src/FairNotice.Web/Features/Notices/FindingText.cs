using System.Text.RegularExpressions;
using FairNotice.Domain.Compliance;
using FairNotice.Web.Features.Languages;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Features.Notices;

/// <summary>A finding's explanation as HTML: encoded text, with the register's source links clickable.</summary>
/// <remarks>
/// Only findings of the register of statutes (rule ids "STATUTE-…") get links: their URLs come from the register, not from
/// the request, so a requester cannot plant a link in a reviewer's page. Everything else is encoded text.
/// </remarks>
internal static partial class FindingText
{
    /// <summary>The explanation in the page's language: from its message key and arguments when the engine gave them, else
    /// (a finding stored before messages existed) the English explanation, translated when it is one of the fixed
    /// sentences; the register's source links stay clickable.</summary>
    public static IHtmlContent Render(Finding finding, IStringLocalizer? l = null)
    {
        var statute = finding.RuleId.StartsWith("STATUTE-", StringComparison.Ordinal);
        if (l is not null && finding.Message is { } message)
        {
            return l.Render(message, statute ? Linked : null);
        }

        if (!statute)
        {
            return new HtmlContentBuilder().Append(l is null ? finding.Explanation : l.Translate(finding.Explanation));
        }

        return Linked(finding.Explanation);
    }

    // Text with its URLs as links (only ever the register's own text: see the remarks).
    private static IHtmlContent Linked(string text)
    {
        var html = new HtmlContentBuilder();
        var at = 0;
        foreach (Match m in Url().Matches(text))
        {
            var url = Trim(m.Value);
            html.Append(text[at..m.Index]);
            html.AppendHtml("<a rel=\"noopener noreferrer external\" data-testid=\"source\" href=\"").Append(url).AppendHtml("\">").Append(url).AppendHtml("</a>");
            at = m.Index + url.Length;
        }

        return html.Append(text[at..]);
    }

    /// <summary>A phrase found in the request, quoted as the page's language quotes (« … » in French) and isolated, so that
    /// a Latin phrase keeps its order on an Arabic page.</summary>
    public static IHtmlContent Phrase(string phrase, IStringLocalizer l) =>
        l.Render(Domain.LocalMessage.Of(Domain.MessageCatalog.Quoted, Domain.MessageArgument.Text(phrase)));

    /// <summary>The field a finding points at, as the form names it ("Charge: law (1)"), not as a path
    /// (<c>case.charges[0].law</c>); a path the resources do not know is shown as it is.</summary>
    public static string Field(string path, IStringLocalizer l)
    {
        var index = Index().Match(path);
        var label = l[$"Field.{Index().Replace(path, "")}"];
        if (label.ResourceNotFound)
        {
            return path;
        }

        return index.Success ? $"{label.Value} ({int.Parse(index.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) + 1})" : label.Value;
    }

    [GeneratedRegex(@"\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Index();

    // A URL inside "(…)" keeps its own balanced parentheses (…?pdf=CDL-AD(2016)002-e) but not the closing one around it.
    private static string Trim(string url)
    {
        url = url.TrimEnd('.', ',', ';');
        while (url.EndsWith(')') && url.Count(c => c == ')') > url.Count(c => c == '('))
        {
            url = url[..^1];
        }

        return url;
    }

    [GeneratedRegex(@"https?://\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
