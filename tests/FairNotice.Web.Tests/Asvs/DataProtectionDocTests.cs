using System.Text.RegularExpressions;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Asvs;

/// <summary>
/// ASVS 5.0 14.1.1, 14.1.2: every stored property that may hold personal data is classified in docs/data-protection.md.
/// "May hold personal data" is the list of name patterns below, matched against every property of the EF model; a new
/// entity or column that matches must be added to the document (with its level) or the test fails.
/// </summary>
public sealed partial class DataProtectionDocTests
{
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

    private static List<string> PersonalLookingProperties()
    {
        using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite("Data Source=:memory:").Options);
        return [.. db.Model.GetEntityTypes()
            .SelectMany(t => t.GetProperties().Select(p => (Entity: t.ClrType.IsGenericType ? t.ClrType.Name.Split('`')[0] : t.ClrType.Name, p.Name)))
            .Where(x => PersonalLooking().IsMatch(x.Name))
            .Select(x => $"{x.Entity}.{x.Name}").Distinct().Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void EveryPersonalLookingProperty_IsClassifiedInTheDoc()
    {
        var doc = File.ReadAllText(Path.Combine(Root(), "docs", "data-protection.md"));
        var properties = PersonalLookingProperties();
        Assert.True(properties.Count > 40, $"Only {properties.Count} properties matched: the model or the pattern changed.");
        var rows = doc.Split('\n').Where(l => l.StartsWith('|')).ToList();
        var missing = properties.Where(p => !rows.Any(r => r.Contains($"`{p}`", StringComparison.Ordinal) && Level().IsMatch(r))).ToList();
        Assert.True(missing.Count == 0, "Not classified in docs/data-protection.md (add a row with its level): " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryLevel_HasItsRequirements()
    {
        var doc = File.ReadAllText(Path.Combine(Root(), "docs", "data-protection.md"));
        foreach (var level in new[] { "L1", "L2", "L3" })
        {
            foreach (var requirement in new[] { "Encryption at rest", "Transport", "Logging", "Caching", "Retention", "Access" })
            {
                Assert.Contains(doc.Split('\n'), l => l.StartsWith($"| {requirement}", StringComparison.Ordinal) && l.Split('|').Length >= 5);
            }

            Assert.Contains($"**{level}", doc, StringComparison.Ordinal);
        }
    }

    // Property names that may carry personal data or identify a person (the "marker list").
    [GeneratedRegex(@"(Name|Forename|Person|Birth|Email|Phone|Nationality|Statement|Contact|Voter|Note|Facts|Content|^Data$|Text|Reason|Comment|Summary|Affiliation|Language|Json$|FileName|UserId|ActorId|By$|ByUserId|Purpose|Ballot|Member$|ClaimValue|^Value$|ProviderKey|CredentialId|PasswordHash|SecurityStamp|^Where$)")]
    private static partial Regex PersonalLooking();

    [GeneratedRegex(@"\|\s*(L1|L2|L3|none)\b")]
    private static partial Regex Level();
}
