using FairNotice.Domain.Notices;
using FairNotice.Domain.Redress;
using FairNotice.Domain.Transparency;

namespace FairNotice.Domain.Tests;

public sealed class StatisticsTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, "<5")]
    [InlineData(4, "<5")]
    [InlineData(5, 5)]
    [InlineData(123, 123)]
    public void Count_FromOneToFour_IsSuppressed(int n, object shown) => Assert.Equal(shown, SmallCells.Count(n));

    [Theory]
    [InlineData(0, 10, 0.0)]
    [InlineData(5, 10, 0.5)]
    [InlineData(3, 10, "<5")] // numerator is a small cell
    [InlineData(0, 4, "<5")] // denominator too small to publish a rate
    [InlineData(0, 0, null)]
    public void Rate_BuiltOnASmallCell_IsWithheld(int part, int whole, object? shown) => Assert.Equal(shown, SmallCells.Rate(part, whole));

    private static RequestFact F(int year, string country, StatOutcome outcome, double? days = 10, bool repeated = false, NoticeKind kind = NoticeKind.Notice) =>
        new(year, country, kind, NoticeColour.Red, outcome, days, repeated);

    [Fact]
    public void ByYear_CountsEveryOutcome_AndSuppressesSmallCells()
    {
        var facts = Enumerable.Repeat(F(2025, "FR", StatOutcome.Published), 7)
            .Concat(Enumerable.Repeat(F(2025, "RU", StatOutcome.RefusedArticle3), 6))
            .Append(F(2025, "RU", StatOutcome.RefusedArticle2))
            .Append(F(2026, "FR", StatOutcome.DeletedByCommission)).ToList();
        var table = Statistics.ByYear(facts);
        var row2025 = table.Rows.Single(r => (int)r[0]! == 2025);
        Assert.Equal(14, row2025[table.Columns.ToList().IndexOf("submitted")]);
        Assert.Equal(7, row2025[table.Columns.ToList().IndexOf("published")]);
        Assert.Equal(6, row2025[table.Columns.ToList().IndexOf("refused Art. 3")]);
        Assert.Equal("<5", row2025[table.Columns.ToList().IndexOf("refused Art. 2")]);
        var row2026 = table.Rows.Single(r => (int)r[0]! == 2026);
        Assert.Equal("<5", row2026[table.Columns.ToList().IndexOf("deleted (Commission)")]);
        Assert.Equal("<5", row2026[table.Columns.ToList().IndexOf("submitted")]);
    }

    [Fact]
    public void MemberIndicators_RankOnlyPublishableRates_HighestFirst()
    {
        var facts = new List<RequestFact>();
        facts.AddRange(Enumerable.Repeat(F(2026, "RU", StatOutcome.RefusedArticle3), 10));
        facts.AddRange(Enumerable.Repeat(F(2026, "RU", StatOutcome.Published), 10));
        facts.AddRange(Enumerable.Repeat(F(2026, "FR", StatOutcome.Published, repeated: false), 20));
        facts.AddRange(Enumerable.Repeat(F(2026, "AU", StatOutcome.RefusedDataQuality), 2)); // 2 of 3: rate withheld
        facts.Add(F(2026, "AU", StatOutcome.Published));
        var table = Statistics.MemberIndicators(facts);
        Assert.Equal(["RU", "FR", "AU"], table.Rows.Select(r => (string)r[1]!));
        Assert.Equal([1, 2, null], table.Rows.Select(r => (int?)r[0]));
        Assert.Equal(0.5, table.Rows[0][4]);
        Assert.Equal("<5", table.Rows[2][4]);
    }

    [Fact]
    public void ReviewTimes_MedianAndP90_OnlyFromFiveDecisions()
    {
        var facts = new[] { 1.0, 2, 3, 4, 10 }.Select(d => F(2026, "FR", StatOutcome.Published, d))
            .Concat(new[] { 5.0, 6 }.Select(d => F(2025, "FR", StatOutcome.Published, d))).ToList();
        var table = Statistics.ReviewTimes(facts);
        var y2026 = table.Rows.Single(r => (int)r[0]! == 2026);
        Assert.Equal(3.0, y2026[3]);
        Assert.Equal(7.6, y2026[4]);
        Assert.Equal("<5", table.Rows.Single(r => (int)r[0]! == 2025)[3]);
    }

    [Fact]
    public void Commission_CountsTypesAndOutcomes()
    {
        var facts = Enumerable.Repeat(new RedressFact(2026, RedressType.CorrectionDeletion, RedressStatus.Decided, RedressOutcome.NotCompliant), 6)
            .Append(new RedressFact(2026, RedressType.CorrectionDeletion, RedressStatus.Received, null)).ToList();
        var row = Statistics.Commission(facts).Rows.Single();
        Assert.Equal(7, row[2]);
        Assert.Equal(6, row[7]);
        Assert.Equal("<5", row[9]);
    }

    [Fact]
    public void ParseTotals_ReadsThePublishedFile_EmptyCellsUnknown()
    {
        var rows = new List<string[]>
        {
            new[] { "year", "red_notices_issued", "wanted_person_diffusions", "refused_or_cancelled_total", "refused_art2", "refused_art3", "source" },
            new[] { "2011", "8136", "20130", "", "", "", "Fair Trials 2013" },
            new[] { "2024", "15548", "", "2462", "111", "194", "Red Notice Monitor" },
        };
        var totals = Statistics.ParseTotals(rows).Value;
        Assert.Equal(2, totals.Count);
        Assert.Equal(new PublishedTotal(2011, 8136, 20130, null, null, null, "Fair Trials 2013"), totals[0]);
        Assert.Equal(194, totals[1].RefusedArticle3);
    }

    [Theory]
    [InlineData("20x1", "line 2, year")]
    [InlineData("2011", "line 2, red_notices_issued", "many")]
    public void ParseTotals_BadValue_NamesLineAndColumn(string year, string field, string red = "1")
    {
        var rows = new List<string[]>
        {
            new[] { "year", "red_notices_issued", "wanted_person_diffusions", "refused_or_cancelled_total", "refused_art2", "refused_art3", "source" },
            new[] { year, red, "", "", "", "", "x" },
        };
        var error = Assert.IsType<InvalidError>(Statistics.ParseTotals(rows).Error);
        Assert.Contains(field, error.Fields.Keys);
    }

    [Fact]
    public void ParseTotals_ThePublishedFileInTheRepository_Loads()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "interpol-yearly-totals.csv");
        var rows = File.ReadAllLines(path).Select(SplitCsv).ToList();
        var totals = Statistics.ParseTotals(rows).Value;
        Assert.Contains(totals, t => t.Year == 1997 && t.RedNotices == 737);
        Assert.Contains(totals, t => t.Year == 2024 && t.RedNotices == 15548 && t.RefusedOrCancelled == 2462);
    }

    // The repository file quotes only its last column.
    private static string[] SplitCsv(string line)
    {
        var quote = line.IndexOf('"', StringComparison.Ordinal);
        return quote < 0 ? line.Split(',') : [.. line[..(quote - 1)].Split(','), line[(quote + 1)..^1].Replace("\"\"", "\"", StringComparison.Ordinal)];
    }
}
