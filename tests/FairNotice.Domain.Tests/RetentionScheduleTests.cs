using FairNotice.Domain.Notices;
using FairNotice.Domain.Retention;

namespace FairNotice.Domain.Tests;

/// <summary>Issue #18 item 2: the retention schedule is data with a source per rule; the erasure keeps nothing personal.</summary>
public class RetentionScheduleTests
{
    [Fact]
    public void Default_EverySubjectHasOneRuleWithASource()
    {
        var schedule = RetentionSchedule.Default;
        Assert.All(Enum.GetValues<RetentionSubject>(), s => Assert.False(string.IsNullOrWhiteSpace(schedule.For(s).Source)));
        Assert.Equal(schedule.Rules.Count, schedule.Rules.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    // EUDPR (Regulation (EU) 2018/1725) Art. 88: logs deleted after three years.
    [InlineData(RetentionSubject.AuditEntries, 1095)]
    [InlineData(RetentionSubject.PurgeRecords, 1095)]
    // The source's own deletion takes effect at once.
    [InlineData(RetentionSubject.WithdrawnRequests, 0)]
    // The repeated pre-check signal's window (PreCheckBudget.FlagWindow).
    [InlineData(RetentionSubject.PreChecks, 30)]
    public void Default_PeriodsFromARule_AreThatRulesNumber(RetentionSubject subject, int days)
    {
        var rule = RetentionSchedule.Default.For(subject);
        Assert.Equal(days, rule.Days);
        Assert.False(rule.Proposal);
    }

    [Fact]
    public void Parse_MissingSubjectOrSource_Refused()
    {
        Assert.Throws<FormatException>(() => RetentionSchedule.Parse("""{"version":"v","rules":[]}"""));
        Assert.Throws<FormatException>(() => RetentionSchedule.Parse(
            "{\"version\":\"v\",\"rules\":[" + string.Join(',', Enum.GetNames<RetentionSubject>().Select(s => $"{{\"id\":\"{s}\",\"subject\":\"{s}\",\"days\":1,\"from\":\"x\",\"source\":\"\"}}")) + "]}"));
    }

    [Fact]
    public void IsDue_HeldByAnOpenFileOrBeforeItsPeriod_NotDue()
    {
        var rule = RetentionSchedule.Default.For(RetentionSubject.CancelledRequests);
        var since = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.False(rule.IsDue(since, since.AddDays(rule.Days - 1)));
        Assert.True(rule.IsDue(since, since.AddDays(rule.Days)));
        Assert.False(rule.IsDue(since, since.AddDays(rule.Days), heldByOpenFile: true));
        Assert.False(rule.IsDue(null, since.AddYears(50)));
    }

    [Fact]
    public void Erase_KeepsOnlyWhatTheDecisionAndStatisticsNeed()
    {
        var content = new NoticeContent(NoticeKind.Notice, NoticeColour.Red,
            new Person(new PersonName("DUPONT", "Marc"), new PersonName("ДЮПОН", null), [new PersonName("DUPOND", "Marc")], "M", new PartialDate(1975, 3, 14), "Lyon", "FR",
                ["FR"], [new IdentityDocument("Passport", "12AB34567", "FR")], new PhysicalDescription(180, 80, "blue", "brown", "scar"), ["FRA"]),
            new CaseFacts("He ran a fraud in Lyon.", "2019", "Lyon", WantedFor.Prosecution, [new Charge("Organised fraud by DUPONT", "Code pénal art. 313-2", 120)], 12, 6,
                new JudicialDocument("ArrestWarrant", "Tribunal", null, "MA-2021-0457")),
            true, ["RU"], false, []);

        var erased = NoticeErasure.Erase(content);
        var json = System.Text.Json.JsonSerializer.Serialize(erased);

        foreach (var gone in new[] { "DUPONT", "DUPOND", "Marc", "12AB34567", "Lyon", "1975", "scar", "MA-2021-0457", "fraud" })
        {
            Assert.DoesNotContain(gone, json, StringComparison.Ordinal);
        }

        Assert.Equal(NoticeColour.Red, erased.Colour);
        Assert.Equal(["RU"], erased.RestrictedCountries);
        Assert.Equal("Code pénal art. 313-2", Assert.Single(erased.Case.Charges).Law);
        Assert.False(erased.PublicExtract);
        Assert.Equal(json, System.Text.Json.JsonSerializer.Serialize(NoticeErasure.Erase(erased)));
    }
}
