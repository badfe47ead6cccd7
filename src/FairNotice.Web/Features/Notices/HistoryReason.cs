using System.Globalization;
using System.Text.RegularExpressions;
using FairNotice.Domain;
using FairNotice.Domain.Compliance;
using FairNotice.Web.Features.Languages;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Features.Notices;

/// <summary>A history row's reason in the page's language. The rows store English the server wrote around the reviewer's
/// own words — the automated check's summary, the ground as "[Article3]", "(awaiting a second reviewer)", "— confirmed" —
/// which the page words in its language; the reviewer's words are shown as written, isolated.</summary>
internal static partial class HistoryReason
{
    public static IHtmlContent Render(string? reason, IStringLocalizer l)
    {
        var html = new HtmlContentBuilder();
        if (string.IsNullOrEmpty(reason))
        {
            return html;
        }

        if (Automated().Match(reason) is { Success: true } check && Enum.TryParse<Recommendation>(check.Groups[1].Value, ignoreCase: true, out var recommendation))
        {
            html.AppendHtml(l.Template("History.AutomatedCheck", MessageArgument.Text(l.Label(recommendation)),
                MessageArgument.Code(check.Groups[2].Value), MessageArgument.Code(check.Groups[3].Value)));
            if (check.Groups[4].Success)
            {
                html.Append(l["Message.Semicolon"].Value).Append(l["History.DiffusionHeld"].Value);
            }

            return html;
        }

        var text = reason;
        var awaiting = text.EndsWith(AwaitingSuffix, StringComparison.Ordinal);
        if (awaiting)
        {
            text = text[..^AwaitingSuffix.Length];
        }

        string? comment = null;
        var confirmed = false;
        if (Confirmed().Match(text) is { Success: true } c)
        {
            confirmed = true;
            comment = c.Groups[2].Success ? c.Groups[2].Value : null;
            text = c.Groups[1].Value;
        }

        if (GroundPrefix().Match(text) is { Success: true } g && Enum.TryParse<Ground>(g.Groups[1].Value, out var ground))
        {
            html.AppendHtml("<strong>").Append(l.Label(ground)).AppendHtml("</strong>").Append(" — ");
            text = text[g.Length..];
        }

        html.AppendHtml("<bdi>").Append(text).AppendHtml("</bdi>");
        if (confirmed)
        {
            html.Append(" — ").Append(l["History.Confirmed"].Value);
            if (comment is not null)
            {
                html.Append(l["History.CommentSeparator"].Value).AppendHtml("<bdi>").Append(comment).AppendHtml("</bdi>");
            }
        }

        if (awaiting)
        {
            html.Append(" (").Append(l["History.AwaitingSecond"].Value).Append(")");
        }

        return html;
    }

    private const string AwaitingSuffix = " (awaiting a second reviewer)";

    [GeneratedRegex(@"^automated check: (\w+), (\d+) finding\(s\), (\d+) blocking(; diffusion held until a reviewer decides)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Automated();

    [GeneratedRegex(@"^(.*?) — confirmed(?:: (.*))?$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Confirmed();

    [GeneratedRegex(@"^\[(Article2|Article3|Article83|DataQuality)\] ", RegexOptions.CultureInvariant)]
    private static partial Regex GroundPrefix();
}
