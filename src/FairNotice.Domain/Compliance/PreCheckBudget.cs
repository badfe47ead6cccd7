using FairNotice.Domain.Notices;
using FairNotice.Domain.Screening;

namespace FairNotice.Domain.Compliance;

/// <summary>Whether a member may run one more pre-check about a person, and if not, when it may.</summary>
/// <param name="Allowed">True when the pre-check may run.</param>
/// <param name="RetryAfter">When not allowed: how long until it may.</param>
/// <param name="Earlier">The member's earlier pre-checks within the window that screening links to the person.</param>
public sealed record PreCheckVerdict(bool Allowed, TimeSpan RetryAfter, IReadOnlyList<PriorPreCheck> Earlier);

/// <summary>The budget of pre-checks a member may run about one person, whatever the spelling.</summary>
/// <remarks>
/// A pre-check answers with the requester's view of the assessment, so it reveals nothing restricted; the budget stops
/// a member from trying spellings by the hundred all the same, and the pre-checks are kept (for
/// <see cref="FlagWindow"/>) so that reviewers see the pattern on a later request about the person. "About one person"
/// means linked by the screening matcher (<see cref="PersonLinks"/>), so respelling does not reset the count. The
/// budget is the same for every person: being refused says nothing about who the person is.
/// </remarks>
public static class PreCheckBudget
{
    /// <summary>Pre-checks one member may run about one person within <see cref="Window"/>.</summary>
    public const int PerPersonPerWindow = 5;

    /// <summary>The window the budget applies to.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(1);

    /// <summary>How long pre-checks are kept and shown to reviewers.</summary>
    public static readonly TimeSpan FlagWindow = TimeSpan.FromDays(30);

    /// <summary>Decides whether one more pre-check about the person may run now.</summary>
    /// <param name="person">Whom the pre-check is about.</param>
    /// <param name="earlier">The member's pre-checks (any person, any time; those outside the window are ignored).</param>
    /// <param name="now">Now.</param>
    public static PreCheckVerdict Decide(Person person, IReadOnlyList<PriorPreCheck> earlier, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(earlier);
        var recent = AboutSamePerson(person, [.. earlier.Where(e => e.At > now - Window && e.At <= now)]);
        if (recent.Count < PerPersonPerWindow)
        {
            return new PreCheckVerdict(true, TimeSpan.Zero, recent);
        }

        // The oldest counted pre-check that must leave the window before one more fits.
        var freeing = recent.OrderByDescending(e => e.At).ElementAt(PerPersonPerWindow - 1);
        var wait = freeing.At + Window - now;
        return new PreCheckVerdict(false, wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1), recent);
    }

    /// <summary>The pre-checks that screening links to the person, oldest first.</summary>
    /// <param name="person">The person.</param>
    /// <param name="earlier">Pre-checks about anyone.</param>
    public static IReadOnlyList<PriorPreCheck> AboutSamePerson(Person person, IReadOnlyList<PriorPreCheck> earlier)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(earlier);
        var links = PersonLinks.Find(person, [.. earlier.Select(e => e.Person)]);
        return [.. links.Select(l => earlier[l.Index]).OrderBy(e => e.At)];
    }
}
