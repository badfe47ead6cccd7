using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Screening;

/// <summary>A person among several that screening links to a subject.</summary>
/// <param name="Index">Its position in the list searched.</param>
/// <param name="Score">The screening score (name, date of birth, sex, nationality), 0 to about 1.05.</param>
/// <param name="Message">Which names met, how, and how the dates and nationalities relate.</param>
public sealed record PersonLink(int Index, double Score, LocalMessage Message)
{
    /// <summary>The message in English.</summary>
    public string Explanation => Message.English;
}

/// <summary>Finds, among a few persons, those that screening would link to a subject.</summary>
/// <remarks>
/// The very matcher and threshold of <see cref="ScreeningIndex{T}"/>, not a second one: the persons are indexed, and
/// every name of the subject (primary, original script, aliases) is searched with its date of birth, sex and each of
/// its nationalities. Any script, name order or spelling that screening links is linked here: the discount screening
/// gives a near miss on a name that is itself common in its index is not applied, since it would depend on what this
/// small index happens to hold (a member's own respellings would otherwise lower the link). Pure: builds a small
/// in-memory index per call.
/// </remarks>
public static class PersonLinks
{
    /// <summary>The persons screening links to the subject, best first (one link per person, its best score).</summary>
    /// <param name="subject">Who is checked.</param>
    /// <param name="others">Whom to check against.</param>
    /// <param name="threshold">Lowest score linked; screening's default unless said.</param>
    public static IReadOnlyList<PersonLink> Find(Person subject, IReadOnlyList<Person> others, double threshold = ScreeningIndex<int>.DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(others);
        if (others.Count == 0)
        {
            return [];
        }

        var index = new ScreeningIndex<int>(NameNormaliser.Default);
        for (var i = 0; i < others.Count; i++)
        {
            index.Upsert(IdOf(i), others[i], i);
        }

        var names = new List<PersonName?> { subject.Name, subject.OriginalScriptName };
        names.AddRange(subject.Aliases ?? []);
        IReadOnlyList<string?> nationalities = subject.Nationalities is { Count: > 0 } n ? [.. n] : [null];
        var best = new Dictionary<int, PersonLink>();
        foreach (var name in names.OfType<PersonName>())
        {
            var written = $"{name.FamilyName} {name.Forenames}".Trim();
            if (written.Length == 0)
            {
                continue;
            }

            foreach (var nationality in nationalities)
            {
                var query = new ScreeningQuery(written, subject.DateOfBirth, subject.Sex, nationality);
                foreach (var hit in index.Search(query, _ => true, threshold, others.Count, discountKnownNames: false))
                {
                    if (!best.TryGetValue(hit.Payload, out var known) || hit.Score > known.Score)
                    {
                        best[hit.Payload] = new PersonLink(hit.Payload, hit.Score, ScreeningMessages.Link(written, hit.Score, hit.Explanation));
                    }
                }
            }
        }

        return [.. best.Values.OrderByDescending(l => l.Score).ThenBy(l => l.Index)];
    }

    private static Guid IdOf(int i) => new(i, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
