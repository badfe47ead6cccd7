using System.Text.Encodings.Web;
using FairNotice.Domain.Compliance;
using FairNotice.Web.Features.Notices;

namespace FairNotice.Web.Tests.Features.Notices;

public class FindingTextTests
{
    private static string Html(string ruleId, string explanation)
    {
        using var writer = new StringWriter();
        FindingText.Render(new Finding(ruleId, "c", Ground.Article3, Severity.Blocking, explanation, [])).WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public void Render_StatuteFinding_LinksTheRegistersSourcesKeepingBalancedParentheses()
    {
        var html = Html("STATUTE-POLITICAL", "Sources: Venice Commission (https://www.venice.coe.int/x?pdf=CDL-AD(2016)002-e) ; https://example.org/a.");
        Assert.Contains("href=\"https://www.venice.coe.int/x?pdf=CDL-AD(2016)002-e\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/a\"", html, StringComparison.Ordinal);
        Assert.EndsWith("</a>.", html, StringComparison.Ordinal);
    }

    // Other findings may quote what a requester wrote (a refusal's reason): never a link, always encoded.
    [Fact]
    public void Render_OtherFinding_IsEncodedTextWithoutLinks()
    {
        var html = Html("REPEAT-ATTEMPT", "Earlier refused (see https://evil.example/<script>).");
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_StatuteFindingWithMarkup_IsEncoded() =>
        Assert.DoesNotContain("<b>", Html("STATUTE-EXPRESSION", "Title <b>x</b> https://example.org/\"onmouseover=\"x"), StringComparison.Ordinal);
}
