using FairNotice.Domain.Redress;

namespace FairNotice.Domain.Tests;

public sealed class RedressTests
{
    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // Each row: received, the admissibility deadline, and the article that sets it.
    [Theory]
    [InlineData("2026-01-15", "2026-02-15", "CCF Statute Art. 32")]
    [InlineData("2026-01-31", "2026-02-28", "CCF Statute Art. 32")] // clamped at the end of a short month
    [InlineData("2028-01-31", "2028-02-29", "CCF Statute Art. 32")] // leap year
    [InlineData("2026-12-20", "2027-01-20", "CCF Statute Art. 32")] // across the year end
    public void Admissibility_IsOneMonthAfterReceipt(string received, string due, string citation)
    {
        var d = CommissionDeadlines.Admissibility(D(received));
        Assert.Equal(D(due), d.Due);
        Assert.Equal(citation, d.Citation);
    }

    [Theory]
    [InlineData(RedressType.Access, "2026-03-10", "2026-07-10", "CCF Statute Art. 40(1)")]
    [InlineData(RedressType.Access, "2026-10-31", "2027-02-28", "CCF Statute Art. 40(1)")]
    [InlineData(RedressType.CorrectionDeletion, "2026-03-10", "2026-12-10", "CCF Statute Art. 40(2)")]
    [InlineData(RedressType.CorrectionDeletion, "2026-05-31", "2027-02-28", "CCF Statute Art. 40(2)")]
    [InlineData(RedressType.Revision, "2026-03-10", "2026-12-10", "CCF Statute Art. 40(2), applied to revision by FairNotice")]
    public void Decision_IsFourOrNineMonthsAfterAdmissibility(RedressType type, string admissible, string due, string citation)
    {
        var d = CommissionDeadlines.Decision(type, D(admissible));
        Assert.Equal(D(due), d.Due);
        Assert.Equal(citation, d.Citation);
    }

    [Theory]
    [InlineData("2026-11-23", "2026-12-23")]
    [InlineData("2027-01-31", "2027-02-28")]
    public void Deletion_IsImplementedWithinOneMonth_Art41(string decided, string due)
    {
        var d = CommissionDeadlines.Deletion(D(decided));
        Assert.Equal(D(due), d.Due);
        Assert.Equal("CCF Statute Art. 41", d.Citation);
    }

    // Art. 42: revision within six months of discovering the new fact, and never before it.
    [Theory]
    [InlineData("2026-01-10", "2026-07-10", true)]
    [InlineData("2026-01-10", "2026-07-11", false)]
    [InlineData("2026-08-31", "2027-02-28", true)]
    [InlineData("2026-08-31", "2027-03-01", false)]
    [InlineData("2026-05-01", "2026-04-30", false)]
    public void Revision_MustBeFiledWithinSixMonthsOfDiscovery_Art42(string discovered, string filed, bool inTime) =>
        Assert.Equal(inTime, CommissionDeadlines.RevisionInTime(D(discovered), D(filed)));

    [Theory]
    [InlineData("2026-12-23", "2026-11-23", ClockState.OnTime)]
    [InlineData("2026-12-23", "2026-12-09", ClockState.DueSoon)]
    [InlineData("2026-12-23", "2026-12-23", ClockState.DueSoon)]
    [InlineData("2026-12-23", "2026-12-24", ClockState.Overdue)]
    public void State_WarnsFourteenDaysBefore_AndFlagsOverdue(string due, string today, ClockState expected) =>
        Assert.Equal(expected, CommissionDeadlines.State(D(due), D(today)));

    [Fact]
    public void Disclosure_RestrictedOrUnanswered_IsNeverHinted()
    {
        var restricted = new DisclosableItem("2026/00001", "red notice", DisclosureRestriction.ConfidentialInvestigation, true);
        var unanswered = new DisclosableItem("2026/00002", "red notice", null, false);
        var allowed = new DisclosableItem("2026/00003", "diffusion", null, true);

        // Nothing disclosable: the standard reply, identical to the reply when no data exist at all.
        Assert.Equal([Disclosure.StandardReply], Disclosure.ForApplicant([restricted]));
        Assert.Equal([Disclosure.StandardReply], Disclosure.ForApplicant([unanswered]));
        Assert.Equal(Disclosure.ForApplicant([]), Disclosure.ForApplicant([restricted, unanswered]));

        // Something disclosable: only that, with no count or mention of the rest.
        var lines = Disclosure.ForApplicant([restricted, allowed, unanswered]);
        Assert.Equal(["2026/00003: diffusion"], lines);
        Assert.DoesNotContain(lines, l => l.Contains("00001", StringComparison.Ordinal) || l.Contains("00002", StringComparison.Ordinal));
    }
}
