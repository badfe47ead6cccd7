using System.Collections.Frozen;
using System.Globalization;

namespace FairNotice.Domain.Members;

/// <summary>The Organization's 196 member countries, read from the embedded <c>members.csv</c>.</summary>
/// <remarks>
/// The list is data, not code: membership and region assignments change by General Assembly decision and
/// are corrected in the CSV alone. Region follows the four governance continents of the Constitution
/// (Africa, Americas, Asia and the South Pacific, Europe).
/// </remarks>
public static class MemberCatalogue
{
    private static readonly Lazy<FrozenDictionary<string, Member>> ByCode = new(Load);

    /// <summary>All members ordered by name.</summary>
    public static IReadOnlyList<Member> All { get; } = [.. ByCode.Value.Values.OrderBy(m => m.Name, StringComparer.Ordinal)];

    /// <summary>Finds a member by ISO alpha-2 code (case-insensitive).</summary>
    /// <param name="iso2">The code.</param>
    /// <returns>The member, or null when the code is not a member's.</returns>
    public static Member? Find(string? iso2) =>
        iso2 is { Length: 2 } && ByCode.Value.TryGetValue(iso2.ToUpperInvariant(), out var m) ? m : null;

    /// <summary>True when the code is a member's.</summary>
    /// <param name="iso2">The code.</param>
    public static bool IsMember(string? iso2) => Find(iso2) is not null;

    private static FrozenDictionary<string, Member> Load()
    {
        using var stream = typeof(MemberCatalogue).Assembly.GetManifestResourceStream("FairNotice.Domain.Members.members.csv")
            ?? throw new InvalidOperationException("members.csv is not embedded");
        using var reader = new StreamReader(stream);
        var members = new Dictionary<string, Member>(StringComparer.Ordinal);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(',');
            var region = Enum.Parse<Region>(parts[2], ignoreCase: false);
            var code = parts[0].ToUpper(CultureInfo.InvariantCulture);
            members.Add(code, new Member(code, parts[1], region, $"NCB {parts[3]}"));
        }

        return members.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
