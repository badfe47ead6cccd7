using Markdig;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Elections;

/// <summary>The guide for a delegation's IT officer who checks an election offline (<c>docs/elections-verifier.md</c>, embedded
/// at build), shown as a page so that the election page can link to it.</summary>
/// <remarks>Rendered by Markdig with raw HTML disabled: the file is the project's own, and still nothing in it can put markup
/// or script on the page. The guide is written in English; the page says so in the reader's language.</remarks>
[AllowAnonymous]
internal sealed class VerifierModel : PageModel
{
    private static readonly Lazy<string> Html = new(() =>
    {
        using var stream = typeof(VerifierModel).Assembly.GetManifestResourceStream("elections-verifier.md")
            ?? throw new InvalidOperationException("elections-verifier.md is not embedded");
        using var reader = new StreamReader(stream);
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();
        return Markdown.ToHtml(reader.ReadToEnd(), pipeline);
    });

    /// <summary>The guide as HTML.</summary>
    public static string Guide => Html.Value;
}
