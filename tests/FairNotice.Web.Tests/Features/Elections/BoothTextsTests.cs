using System.Text.RegularExpressions;

namespace FairNotice.Web.Tests.Features.Elections;

/// <summary>Issue #15 item 1: the voting booth's script writes no sentence of its own. Every message it shows (its own
/// checks of the credential, the server's refusals by code) is a <c>data-text-*</c> attribute the page renders from the
/// resources in the page's language; the script only fills in the values.</summary>
public sealed partial class BoothTextsTests
{
    private static readonly string Root = FindRoot();

    private static readonly string Script = File.ReadAllText(Path.Combine(Root, "src", "FairNotice.Web", "wwwroot", "js", "booth.js"));

    private static readonly string View = File.ReadAllText(Path.Combine(Root, "src", "FairNotice.Web", "Features", "Elections", "Vote.cshtml"));

    [Fact]
    public void Script_ThrowsNoLiteralSentence()
    {
        // new Error('…'), new Error(`…`) or new Error("…"): a sentence in the script is English whatever the page's language.
        var literal = LiteralError().Matches(Script).Select(m => m.Value).ToList();

        Assert.True(literal.Count == 0, $"booth.js writes its own sentences: {string.Join(" | ", literal)}");
    }

    [Fact]
    public void EveryTextTheScriptReads_IsAnAttributeOfThePage_FromTheResources()
    {
        var names = TextCall().Matches(Script).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        Assert.Contains("errorCredentialForeign", names);

        var missing = names.Where(n => !Attribute(n).IsMatch(View)).ToList();

        Assert.True(missing.Count == 0, $"booth.js reads texts the page does not carry (from L[…]): {string.Join(", ", missing)}");
    }

    [Theory]
    [InlineData("ballot.invalid")]
    [InlineData("ballot.rejected")]
    [InlineData("ballot.concurrent")]
    [InlineData("ballot.challenged")]
    [InlineData("ballot.own_member_only")]
    [InlineData("challenge.failed")]
    [InlineData("challenge.repeated")]
    [InlineData("election.not_found")]
    [InlineData("budget.exceeded")]
    public void EveryCodeTheServerAnswersTheBooth_HasASentenceInThePage(string code)
    {
        // booth.js turns "ballot.own_member_only" into data-text-error-ballot-own-member-only.
        var attribute = "data-text-error-" + code.Replace('.', '-').Replace('_', '-') + "=\"@L[";

        Assert.Contains(attribute, View, StringComparison.Ordinal);
    }

    // text('castFor') reads data-text-cast-for.
    private static Regex Attribute(string name) =>
        new("data-text-" + Regex.Escape(Regex.Replace(name, "[A-Z]", m => "-" + m.Value.ToLowerInvariant())) + "=\"@L\\[", RegexOptions.CultureInvariant);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FairNotice.slnx")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }

    [GeneratedRegex(@"new Error\(\s*['""`][^)]*")]
    private static partial Regex LiteralError();

    [GeneratedRegex(@"\btext\('([A-Za-z]+)'")]
    private static partial Regex TextCall();
}
