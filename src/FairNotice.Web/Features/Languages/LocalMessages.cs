using System.Globalization;
using System.Text.RegularExpressions;
using FairNotice.Domain;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Features.Languages;

/// <summary>A message the Domain wrote as a key and arguments (a finding, a lifecycle refusal, an audit verdict), shown in
/// the page's language: the template from the resources, words from the resources, data inserted as it is.</summary>
/// <remarks>
/// Data are isolated as the pages isolate them elsewhere: <c>&lt;bdi&gt;</c> for a name or a phrase from the request (its own
/// direction), <c>&lt;bdi dir="ltr"&gt;</c> for citations, dates, numbers and references, so that an English phrase or a
/// date keeps its order inside an Arabic sentence. A key the resources do not hold shows the English message.
/// </remarks>
internal static partial class LocalMessages
{
    /// <summary>The message as HTML in the page's language.</summary>
    /// <param name="l">The page's localizer.</param>
    /// <param name="message">The message.</param>
    /// <param name="code">How to write a left-to-right datum (a citation, sources): encoded text when null.</param>
    public static IHtmlContent Render(this IStringLocalizer l, LocalMessage message, Func<string, IHtmlContent>? code = null)
    {
        var html = new HtmlContentBuilder();
        Append(new Sink(html), l, message, code);
        return html;
    }

    /// <summary>A page's own resource template (not one of the Domain's messages) as HTML, its data isolated the same way:
    /// <see cref="MessageArgument.Text"/> for a name or a phrase from a request, <see cref="MessageArgument.Code"/> for a
    /// date, a citation or a reference, so that a Latin datum keeps its order inside an Arabic sentence.</summary>
    public static IHtmlContent Template(this IStringLocalizer l, string key, params MessageArgument[] arguments)
    {
        var html = new HtmlContentBuilder();
        if (l[key].ResourceNotFound)
        {
            return html.Append(key);
        }

        Append(new Sink(html), l, new LocalMessage(key, arguments), null);
        return html;
    }

    /// <summary>The message in the page's language as plain text (data isolated with U+2068 … U+2069, or U+2066 … U+2069
    /// left to right), for places that are not HTML.</summary>
    public static string Text(this IStringLocalizer l, LocalMessage message)
    {
        var sink = new Sink(null);
        Append(sink, l, message, null);
        return sink.Plain!.ToString();
    }

    private static void Append(Sink html, IStringLocalizer l, LocalMessage message, Func<string, IHtmlContent>? code)
    {
        var template = l[message.Key];
        if (template.ResourceNotFound)
        {
            html.Text(message.English);
            return;
        }

        var arguments = message.Arguments ?? [];
        var text = template.Value;
        var at = 0;
        foreach (Match m in Placeholder().Matches(text))
        {
            html.Text(text[at..m.Index]);
            var i = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            if (i < arguments.Count)
            {
                Argument(html, l, arguments[i], code);
            }
            else
            {
                html.Text(m.Value);
            }

            at = m.Index + m.Length;
        }

        html.Text(text[at..]);
    }

    private static void Argument(Sink html, IStringLocalizer l, MessageArgument a, Func<string, IHtmlContent>? code)
    {
        switch (a.Kind)
        {
            case ArgumentKind.Word:
                html.Text(a.Key is { } key && l[key] is { ResourceNotFound: false } word ? word.Value : a.Value);
                break;
            case ArgumentKind.Message when a.Message is { } nested:
                Append(html, l, nested, code);
                break;
            case ArgumentKind.List when a.Items is { } items:
                var separator = a.Key is { } sep && l[sep] is { ResourceNotFound: false } found ? found.Value : "; ";
                for (var i = 0; i < items.Count; i++)
                {
                    if (i > 0)
                    {
                        html.Text(separator);
                    }

                    Argument(html, l, items[i], code);
                }

                break;
            case ArgumentKind.Code:
                html.Isolated(a.Value, ltr: true, code);
                break;
            case ArgumentKind.Country:
                html.Isolated(Names.Country(a.Value), ltr: false, null);
                break;
            default:
                html.Isolated(a.Value, ltr: false, null);
                break;
        }
    }

    private const int ShortDatum = 24;

    // Where a message is written: HTML (data in <bdi>) or plain text (data between isolate marks).
    private sealed class Sink(HtmlContentBuilder? html)
    {
        public HtmlContentBuilder? Html { get; } = html;

        public System.Text.StringBuilder? Plain { get; } = html is null ? new() : null;

        public void Text(string text)
        {
            if (Html is not null)
            {
                Html.Append(text);
            }
            else
            {
                Plain!.Append(text);
            }
        }

        public void Isolated(string value, bool ltr, Func<string, IHtmlContent>? code)
        {
            if (Html is null)
            {
                Plain!.Append(ltr ? '\u2066' : '\u2068').Append(value).Append('\u2069');
                return;
            }

            // A short left-to-right datum (a date and time, a number, a reference) is kept on one line: split, "2026-11-27" and
            // "17:43 UTC" land on two lines in opposite order in a right-to-left paragraph.
            Html.AppendHtml(!ltr ? "<bdi>" : value.Length <= ShortDatum && value.Contains(' ', StringComparison.Ordinal) ? "<bdi dir=\"ltr\" class=\"datum\">" : "<bdi dir=\"ltr\">");
            if (code is null)
            {
                Html.Append(value);
            }
            else
            {
                Html.AppendHtml(code(value));
            }

            Html.AppendHtml("</bdi>");
        }
    }

    [GeneratedRegex(@"\{(\d+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
