namespace FairNotice.Domain.Tests;

/// <summary>Issue #14 item 4: the Domain stays pure — it references the base class library and its two libraries only
/// (AnyAscii for romanisation, BouncyCastle for the election group), never ASP.NET Core, EF Core or a database driver.</summary>
public class ArchitectureTests
{
    private static readonly string[] Libraries = ["AnyAscii", "BouncyCastle.Cryptography"];

    private static bool IsBaseClassLibrary(string name) =>
        name is "System" or "netstandard" or "mscorlib" || name.StartsWith("System.", StringComparison.Ordinal);

    [Fact]
    public void Domain_ReferencesOnlyTheBaseClassLibraryAndItsTwoLibraries()
    {
        var references = typeof(Error).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, n => !IsBaseClassLibrary(n) && !Libraries.Contains(n));
        Assert.Contains("BouncyCastle.Cryptography", references); // the check reads real references, not an empty list
    }
}
