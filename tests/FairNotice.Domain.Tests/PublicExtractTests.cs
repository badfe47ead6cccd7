using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Tests;

public class PublicExtractTests
{
    private static PublicExtractFacts Red(NoticeStatus status = NoticeStatus.Published, bool requested = true, int excluded = 0, bool blocked = false) =>
        new(NoticeKind.Notice, NoticeColour.Red, status, requested, excluded, blocked);

    // README "Screening and the public extract" and the issue "Exclusions hold on the public extract": published, asked for
    // (UN Special Notices always), not blocked by the Commission, and no member excluded.
    public static TheoryData<string, PublicExtractFacts, bool, bool> Cases => new()
    {
        { "published and asked for", Red(), true, false },
        { "not asked for", Red(requested: false), false, false },
        { "under review", Red(NoticeStatus.UnderReview), false, false },
        { "withdrawn", Red(NoticeStatus.Withdrawn), false, false },
        { "blocked by the Commission", Red(blocked: true), false, false },
        { "one member excluded", Red(excluded: 1), false, true },
        { "one member excluded, not yet published", Red(NoticeStatus.Submitted, excluded: 1), false, true },
        { "members excluded, not asked for", Red(requested: false, excluded: 2), false, false },
        { "UN Special Notice, not asked for", Red(requested: false) with { Colour = NoticeColour.UnSpecial }, true, false },
        { "UN Special Notice with an exclusion", Red(requested: false, excluded: 1) with { Colour = NoticeColour.UnSpecial }, false, true },
        { "diffusion", Red() with { Kind = NoticeKind.Diffusion }, false, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Shows_Table_MatchesTheRule(string scenario, PublicExtractFacts facts, bool shows, bool withheld)
    {
        Assert.True(shows == PublicExtract.Shows(facts), scenario);
        Assert.True(withheld == PublicExtract.WithheldForExclusions(facts), scenario);
    }
}
