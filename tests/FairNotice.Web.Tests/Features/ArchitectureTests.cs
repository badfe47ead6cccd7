using System.Text.RegularExpressions;

namespace FairNotice.Web.Tests.Features;

/// <summary>Issue #14 item 4: Platform holds only what every feature shares and names no feature (ADR 0022 moved tables,
/// interceptors and start-up work to the features, the demo-seed ADR the demo rows). The list of known exceptions is empty
/// and should stay so: a reference to a feature from Platform fails.</summary>
public sealed partial class ArchitectureTests
{
    // Empty since the features register their demo seeds (ADR 0022 and the demo-seed ADR); keep it so.
    private static readonly Dictionary<string, string[]> KnownDebt = new(StringComparer.Ordinal);

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FairNotice.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FairNotice.slnx not found above the test binaries.");
    }

    [Fact]
    public void Platform_NamesNoFeatureBeyondTheKnownDebt()
    {
        var web = Path.Combine(Root(), "src", "FairNotice.Web");
        var features = Directory.GetDirectories(Path.Combine(web, "Features")).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var platform = Path.Combine(web, "Platform");
        var found = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(platform, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var named = FeatureReference().Matches(File.ReadAllText(file)).Select(m => m.Groups["feature"].Value).Where(features.Contains).Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal).ToArray();
            if (named.Length > 0)
            {
                found[Path.GetRelativePath(platform, file)] = named;
            }
        }

        Assert.Equal(KnownDebt.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}: {string.Join(",", k.Value)}"),
            found.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}: {string.Join(",", k.Value)}"));
    }

    // "Features.Notices.", "Web.Features.Redress" or "using FairNotice.Web.Features.Screening" — not HttpContext.Features.Get.
    [GeneratedRegex(@"(?<![A-Za-z0-9_]\.|[a-z]\.)\bFeatures\.(?<feature>[A-Z][A-Za-z]+)\b|Web\.Features\.(?<feature>[A-Z][A-Za-z]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FeatureReference();
}
