using System.Collections.Frozen;
using System.Globalization;

namespace FairNotice.Domain.Screening;

/// <summary>One given name across languages: its standard forms (István, Stephen, Stefan, Esteban) and the familiar short
/// forms of each language (Pista, Steve, Stefek). A border officer searches "Stephen Tóth" for a notice on "Tóth, István"
/// and "Pepe García" for "García, José". Data: <c>tools/name-equivalents/given-names.csv</c>, every row with the public
/// page it was read from (see that folder's README for sources and licences); no code change is needed to add names.</summary>
public sealed class GivenNames
{
    private readonly FrozenDictionary<string, int[]> _groups;

    private GivenNames(FrozenDictionary<string, int[]> groups, int groupCount, string version)
    {
        _groups = groups;
        GroupCount = groupCount;
        Version = version;
    }

    /// <summary>The shipped data.</summary>
    public static GivenNames Default { get; } = Load();

    /// <summary>How many names (groups of forms) the data holds.</summary>
    public int GroupCount { get; }

    /// <summary>How many distinct normalised forms the data holds.</summary>
    public int FormCount => _groups.Count;

    /// <summary>A fingerprint of the data (rows and groups), shown beside the normaliser's version.</summary>
    public string Version { get; }

    /// <summary>The groups a normalised part belongs to, ascending (null when it is no given name of the data).</summary>
    /// <param name="part">A normalised part (lower-case ASCII, as <see cref="NameNormaliser.UnfoldedParts"/> gives).</param>
    public int[]? GroupsOf(string part) => part is not null && _groups.TryGetValue(part, out var g) ? g : null;

    /// <summary>True when two parts' group lists (from <see cref="GroupsOf"/>) share a name.</summary>
    /// <param name="a">Groups of one part.</param>
    /// <param name="b">Groups of the other.</param>
    public static bool Share(int[]? a, int[]? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        // Both ascending and short (a form belongs to one or two names): a merge walk.
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                return true;
            }

            if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }

    /// <summary>Reads the CSV (<c>group,form,language,kind,source</c>). A form written as several parts ("Maria da
    /// Conceição") is left out: the matcher compares part with part.</summary>
    /// <param name="reader">The CSV text.</param>
    public static GivenNames Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var groupIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var byForm = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        var rows = 0;
        var header = reader.ReadLine();
        if (header is null || !header.StartsWith("group,form,", StringComparison.Ordinal))
        {
            throw new FormatException("given-names.csv must start with the header group,form,language,kind,source");
        }

        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split(',', 3);
            if (cells.Length < 3)
            {
                throw new FormatException($"given-names.csv: a row without group and form: '{line}'");
            }

            var parts = NameNormaliser.UnfoldedParts(cells[1]);
            if (parts.Length != 1 || parts[0].Length < 2)
            {
                continue;
            }

            if (!groupIds.TryGetValue(cells[0], out var id))
            {
                id = groupIds.Count;
                groupIds[cells[0]] = id;
            }

            if (!byForm.TryGetValue(parts[0], out var set))
            {
                byForm[parts[0]] = set = [];
            }

            set.Add(id);
            rows++;
        }

        var version = string.Create(CultureInfo.InvariantCulture, $"{rows} rows, {groupIds.Count} names");
        return new GivenNames(byForm.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal), groupIds.Count, version);
    }

    private static GivenNames Load()
    {
        using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream("FairNotice.Domain.Screening.data.given-names.csv")
            ?? throw new InvalidOperationException("given-names.csv is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
