using System.Globalization;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Redress;

namespace FairNotice.Domain.Transparency;

/// <summary>Where a submitted request ended up, for the statistics (drafts never count).</summary>
public enum StatOutcome
{
    /// <summary>Submitted, under review or sent back for information.</summary>
    Pending,
    /// <summary>Published (or, for a diffusion, circulating) and still valid or suspended.</summary>
    Published,
    /// <summary>Refused on Constitution Art. 2 (human rights, refugee policy).</summary>
    RefusedArticle2,
    /// <summary>Refused on Constitution Art. 3 (neutrality).</summary>
    RefusedArticle3,
    /// <summary>Refused on the RPD Art. 83 criteria.</summary>
    RefusedArticle83,
    /// <summary>Refused for data quality.</summary>
    RefusedDataQuality,
    /// <summary>Withdrawn by its source.</summary>
    Withdrawn,
    /// <summary>Cancelled by the Secretariat.</summary>
    Cancelled,
    /// <summary>Deleted after a Commission decision ("not compliant").</summary>
    DeletedByCommission,
    /// <summary>Reached the end of its validity.</summary>
    Expired,
}

/// <summary>One submitted request, as the statistics see it: no names, no content.</summary>
/// <param name="Year">Year of submission.</param>
/// <param name="Country">Requesting member (ISO alpha-2).</param>
/// <param name="Kind">Notice or diffusion.</param>
/// <param name="Colour">Colour.</param>
/// <param name="Outcome">Where it ended up.</param>
/// <param name="ReviewDays">Days from submission to the review decision, when decided.</param>
/// <param name="RepeatedAttempt">True when the automated check found an earlier refused request for the same person from the same member.</param>
public sealed record RequestFact(int Year, string Country, NoticeKind Kind, NoticeColour Colour, StatOutcome Outcome, double? ReviewDays, bool RepeatedAttempt);

/// <summary>One request to the Commission, as the statistics see it.</summary>
/// <param name="Year">Year of receipt.</param>
/// <param name="Type">Access, correction/deletion or revision.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Outcome">The decision, if decided.</param>
public sealed record RedressFact(int Year, RedressType Type, RedressStatus Status, RedressOutcome? Outcome);

/// <summary>A published yearly total from outside sources (the long-term series).</summary>
/// <param name="Year">Year.</param>
/// <param name="RedNotices">Red Notices issued, if known.</param>
/// <param name="Diffusions">Wanted-person diffusions, if known.</param>
/// <param name="RefusedOrCancelled">Refused or cancelled in all, if known.</param>
/// <param name="RefusedArticle2">Of which on Art. 2, if known.</param>
/// <param name="RefusedArticle3">Of which on Art. 3, if known.</param>
/// <param name="Source">Where the figures come from.</param>
public sealed record PublishedTotal(int Year, int? RedNotices, int? Diffusions, int? RefusedOrCancelled, int? RefusedArticle2, int? RefusedArticle3, string Source);

/// <summary>A table ready to show or export: each cell is a string, an int, a double or null; small counts are already "&lt;5".</summary>
/// <param name="Name">Stable name used in download URLs.</param>
/// <param name="Title">What it shows.</param>
/// <param name="Columns">Column headings.</param>
/// <param name="Rows">The rows.</param>
public sealed record StatTable(string Name, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>Small-cell suppression: a count from 1 to 4 could single out a person, so it is shown as "&lt;5".</summary>
public static class SmallCells
{
    /// <summary>Counts below this (and above zero) are suppressed.</summary>
    public const int Threshold = 5;

    /// <summary>The suppressed marker.</summary>
    public const string Marker = "<5";

    /// <summary>The count, or "&lt;5" for 1 to 4.</summary>
    /// <param name="count">A count.</param>
    public static object Count(int count) => count is > 0 and < Threshold ? Marker : count;

    /// <summary>A rate shown only when neither its numerator nor its denominator is a small cell.</summary>
    /// <param name="part">Numerator.</param>
    /// <param name="whole">Denominator.</param>
    public static object? Rate(int part, int whole) =>
        whole == 0 ? null : (part is > 0 and < Threshold) || whole < Threshold ? Marker : Math.Round((double)part / whole, 3);
}

/// <summary>The transparency tables, computed from facts that carry no personal data.</summary>
public static class Statistics
{
    private static readonly StatOutcome[] Refusals = [StatOutcome.RefusedArticle2, StatOutcome.RefusedArticle3, StatOutcome.RefusedArticle83, StatOutcome.RefusedDataQuality];

    private static readonly string[] OutcomeColumns =
        ["submitted", "published", "refused Art. 2", "refused Art. 3", "refused Art. 83", "refused data quality", "withdrawn", "cancelled", "deleted (Commission)", "expired", "pending"];

    /// <summary>Requests by year and kind, with every outcome.</summary>
    /// <param name="facts">The requests.</param>
    public static StatTable ByYear(IEnumerable<RequestFact> facts) =>
        Outcomes("by-year", "Requests by year of submission and outcome", ["year", "kind"], facts,
            f => [f.Year, f.Kind.ToString()]);

    /// <summary>Requests by requesting member and kind, with every outcome.</summary>
    /// <param name="facts">The requests.</param>
    public static StatTable ByMember(IEnumerable<RequestFact> facts) =>
        Outcomes("by-member", "Requests by requesting member and outcome", ["member", "kind"], facts,
            f => [f.Country, f.Kind.ToString()]);

    /// <summary>Requests by colour, with every outcome.</summary>
    /// <param name="facts">The requests.</param>
    public static StatTable ByColour(IEnumerable<RequestFact> facts) =>
        Outcomes("by-colour", "Requests by colour and outcome", ["colour", "kind"], facts,
            f => [f.Colour.ToString(), f.Kind.ToString()]);

    /// <summary>Days from submission to review decision, by year and kind: median and 90th percentile.</summary>
    /// <param name="facts">The requests.</param>
    public static StatTable ReviewTimes(IEnumerable<RequestFact> facts)
    {
        var rows = facts.Where(f => f.ReviewDays is not null).GroupBy(f => (f.Year, f.Kind)).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Kind)
            .Select(g =>
            {
                var days = g.Select(f => f.ReviewDays!.Value).Order().ToArray();
                // With fewer than five decisions a percentile would describe single cases.
                object? median = days.Length < SmallCells.Threshold ? SmallCells.Marker : Math.Round(Percentile(days, 0.5), 1);
                object? p90 = days.Length < SmallCells.Threshold ? SmallCells.Marker : Math.Round(Percentile(days, 0.9), 1);
                return (IReadOnlyList<object?>)[g.Key.Year, g.Key.Kind.ToString(), SmallCells.Count(days.Length), median, p90];
            }).ToList();
        return new StatTable("review-times", "Review times: days from submission to the Secretariat's decision", ["year", "kind", "decided", "median days", "90th percentile days"], rows);
    }

    /// <summary>Requests to the Commission by year and type, with admissibility and outcomes.</summary>
    /// <param name="facts">The requests.</param>
    public static StatTable Commission(IEnumerable<RedressFact> facts)
    {
        var rows = facts.GroupBy(f => (f.Year, f.Type)).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Type)
            .Select(g => (IReadOnlyList<object?>)[g.Key.Year, g.Key.Type.ToString(), SmallCells.Count(g.Count()),
                SmallCells.Count(g.Count(f => f.Status is RedressStatus.Admissible or RedressStatus.Decided)),
                SmallCells.Count(g.Count(f => f.Status == RedressStatus.Inadmissible)),
                SmallCells.Count(g.Count(f => f.Outcome == RedressOutcome.Compliant)),
                SmallCells.Count(g.Count(f => f.Outcome == RedressOutcome.CompliantWithUpdate)),
                SmallCells.Count(g.Count(f => f.Outcome == RedressOutcome.NotCompliant)),
                SmallCells.Count(g.Count(f => f.Outcome == RedressOutcome.ConditionsForRevisionNotMet)),
                SmallCells.Count(g.Count(f => f.Status is RedressStatus.Received or RedressStatus.Admissible))]).ToList();
        return new StatTable("commission", "Requests to the Commission by year of receipt, type and outcome",
            ["year", "type", "received", "admissible", "inadmissible", "compliant", "compliant with update", "not compliant", "revision conditions not met", "open"], rows);
    }

    /// <summary>Per-member indicators, ranked: refusal rate, then repeated attempts, then Commission deletions.</summary>
    /// <param name="facts">The requests.</param>
    public static StatTable MemberIndicators(IEnumerable<RequestFact> facts)
    {
        var members = facts.GroupBy(f => f.Country).Select(g =>
        {
            var (refused, rate) = RefusalRate(g);
            return (Country: g.Key, Requests: g.Count(), Refused: refused, Rate: rate,
                Repeated: g.Count(f => f.RepeatedAttempt), Deleted: g.Count(f => f.Outcome == StatOutcome.DeletedByCommission));
        }).ToList();
        // Only publishable rates are ranked: ranking a withheld rate between two shown ones would give it away.
        var ranked = members.Where(m => m.Rate is double).OrderByDescending(m => (double)m.Rate!).ThenByDescending(m => m.Repeated).ThenByDescending(m => m.Deleted)
            .ThenBy(m => m.Country, StringComparer.Ordinal).ToList();
        var unranked = members.Where(m => m.Rate is not double).OrderBy(m => m.Country, StringComparer.Ordinal);
        var rows = ranked.Select((m, i) => (Rank: (int?)(i + 1), M: m)).Concat(unranked.Select(m => (Rank: (int?)null, M: m)))
            .Select(x => (IReadOnlyList<object?>)[x.Rank, x.M.Country, SmallCells.Count(x.M.Requests), SmallCells.Count(x.M.Refused), x.M.Rate,
                SmallCells.Count(x.M.Repeated), SmallCells.Count(x.M.Deleted)]).ToList();
        return new StatTable("member-indicators", "Per-member indicators, ranked by refusal rate (then repeated attempts, then Commission deletions); members whose rate is withheld are listed unranked",
            ["rank", "member", "requests", "refused", "refusal rate", "repeated attempts", "deleted (Commission)"], rows);
    }

    /// <summary>True for a refusal on any ground.</summary>
    /// <param name="outcome">An outcome.</param>
    public static bool IsRefusal(StatOutcome outcome) => Refusals.Contains(outcome);

    /// <summary>Refusals and the refusal rate of decided requests (withdrawn and pending ones are not decided); the rate
    /// is withheld ("&lt;5") when built on a small cell.</summary>
    /// <param name="facts">One member's requests.</param>
    public static (int Refused, object? Rate) RefusalRate(IEnumerable<RequestFact> facts)
    {
        var list = facts.ToList();
        var decided = list.Count(f => f.Outcome is not (StatOutcome.Pending or StatOutcome.Withdrawn));
        var refused = list.Count(f => IsRefusal(f.Outcome));
        return (refused, SmallCells.Rate(refused, decided));
    }

    /// <summary>The long-term series of published yearly totals, as loaded (public figures; no suppression needed).</summary>
    /// <param name="totals">The totals.</param>
    public static StatTable PublishedTotals(IEnumerable<PublishedTotal> totals) =>
        new("published-totals", "Published yearly totals (outside sources; they disagree in places)",
            ["year", "Red Notices issued", "wanted-person diffusions", "refused or cancelled", "refused Art. 2", "refused Art. 3", "source"],
            [.. totals.OrderBy(t => t.Year).Select(t => (IReadOnlyList<object?>)[t.Year, t.RedNotices, t.Diffusions, t.RefusedOrCancelled, t.RefusedArticle2, t.RefusedArticle3, t.Source])]);

    /// <summary>The p-th quantile by linear interpolation between closest ranks.</summary>
    /// <param name="sorted">Values in ascending order.</param>
    /// <param name="p">0 to 1.</param>
    public static double Percentile(double[] sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = p * (sorted.Length - 1);
        var lo = (int)Math.Floor(rank);
        var hi = (int)Math.Ceiling(rank);
        return sorted[lo] + ((sorted[hi] - sorted[lo]) * (rank - lo));
    }

    /// <summary>Reads the published yearly totals CSV (header: year, red_notices_issued, wanted_person_diffusions,
    /// refused_or_cancelled_total, refused_art2, refused_art3, source); empty cells are unknown.</summary>
    /// <param name="rows">Parsed CSV records, header first.</param>
    /// <returns>The totals, or an error naming the line and column.</returns>
    public static Result<IReadOnlyList<PublishedTotal>> ParseTotals(IReadOnlyList<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        string[] expected = ["year", "red_notices_issued", "wanted_person_diffusions", "refused_or_cancelled_total", "refused_art2", "refused_art3", "source"];
        if (rows.Count == 0 || !rows[0].Select(h => h.Trim()).SequenceEqual(expected, StringComparer.OrdinalIgnoreCase))
        {
            return new InvalidError("stats.header", "Unexpected header.", new Dictionary<string, string[]> { ["line 1"] = [$"Expected: {string.Join(",", expected)}."] });
        }

        var list = new List<PublishedTotal>();
        for (var i = 1; i < rows.Count; i++)
        {
            var r = rows[i];
            if (r.Length == 1 && string.IsNullOrWhiteSpace(r[0]))
            {
                continue;
            }

            if (r.Length != expected.Length)
            {
                return Bad(i, "columns", $"{r.Length} columns, expected {expected.Length}.");
            }

            if (!int.TryParse(r[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100)
            {
                return Bad(i, "year", $"'{r[0]}' is not a year.");
            }

            var numbers = new int?[5];
            for (var c = 1; c <= 5; c++)
            {
                if (string.IsNullOrWhiteSpace(r[c]))
                {
                    continue;
                }

                if (!int.TryParse(r[c], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    return Bad(i, expected[c], $"'{r[c]}' is not a whole number.");
                }

                numbers[c - 1] = n;
            }

            list.Add(new PublishedTotal(year, numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], r[6].Trim()));
        }

        var duplicate = list.GroupBy(t => t.Year).FirstOrDefault(g => g.Count() > 1);
        return duplicate is not null ? Bad(0, "year", $"{duplicate.Key} appears more than once.") : list;
    }

    private static InvalidError Bad(int line, string column, string message) =>
        new("stats.invalid", "The file has an invalid value.", new Dictionary<string, string[]> { [$"line {line + 1}, {column}"] = [message] });

    private static StatTable Outcomes(string name, string title, string[] keys, IEnumerable<RequestFact> facts, Func<RequestFact, object[]> key)
    {
        var rows = facts.GroupBy(f => string.Join('\u001f', key(f)), StringComparer.Ordinal)
            .Select(g => (Key: key(g.First()), Facts: g.ToList()))
            .OrderBy(g => g.Key[0] is int y ? y.ToString("D4", CultureInfo.InvariantCulture) : g.Key[0].ToString(), StringComparer.Ordinal)
            .ThenBy(g => g.Key[1].ToString(), StringComparer.Ordinal)
            .Select(g =>
            {
                var row = new List<object?>(g.Key) { SmallCells.Count(g.Facts.Count) };
                foreach (var o in new[] { StatOutcome.Published, StatOutcome.RefusedArticle2, StatOutcome.RefusedArticle3, StatOutcome.RefusedArticle83,
                             StatOutcome.RefusedDataQuality, StatOutcome.Withdrawn, StatOutcome.Cancelled, StatOutcome.DeletedByCommission, StatOutcome.Expired, StatOutcome.Pending })
                {
                    row.Add(SmallCells.Count(g.Facts.Count(f => f.Outcome == o)));
                }

                return (IReadOnlyList<object?>)row;
            }).ToList();
        return new StatTable(name, title, [.. keys, .. OutcomeColumns], rows);
    }
}
