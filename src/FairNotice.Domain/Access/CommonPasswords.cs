using System.Collections.Frozen;
using System.Text;

namespace FairNotice.Domain.Access;

/// <summary>The common passwords a new password may not be, read once from the embedded <c>data/common-passwords.txt</c>.</summary>
/// <remarks>The list is generated from maintained, MIT-licensed packages (<c>data/SOURCES.md</c>); it holds only entries the length
/// rule lets through, lower-cased, so the check ignores case.</remarks>
public static class CommonPasswords
{
    private static readonly Lazy<FrozenSet<string>> Set = new(Load);

    /// <summary>How many entries the list holds.</summary>
    public static int Count => Set.Value.Count;

    /// <summary>True when the password, ignoring case, is on the list.</summary>
    /// <param name="password">The password as typed.</param>
    public static bool Contains(string password) =>
        password is not null && Set.Value.Contains(password.Normalize(NormalizationForm.FormC).ToLowerInvariant());

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("FairNotice.Domain.Access.data.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                entries.Add(line);
            }
        }

        return entries.ToFrozenSet(StringComparer.Ordinal);
    }
}
