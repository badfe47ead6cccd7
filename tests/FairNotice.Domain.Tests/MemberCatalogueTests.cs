using FairNotice.Domain.Members;

namespace FairNotice.Domain.Tests;

public class MemberCatalogueTests
{
    [Fact]
    public void All_Has196MembersWithUniqueCodes()
    {
        // INTERPOL counts 196 member countries (Palau, 2023, the most recent besides Micronesia).
        Assert.Equal(196, MemberCatalogue.All.Count);
        Assert.Equal(196, MemberCatalogue.All.Select(m => m.Iso2).Distinct(StringComparer.Ordinal).Count());
        Assert.All(MemberCatalogue.All, m => Assert.Matches("^[A-Z]{2}$", m.Iso2));
        Assert.All(MemberCatalogue.All, m => Assert.StartsWith("NCB ", m.NcbName, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("FR", Region.Europe)]
    [InlineData("us", Region.Americas)]
    [InlineData("CN", Region.AsiaSouthPacific)]
    [InlineData("NG", Region.Africa)]
    [InlineData("AU", Region.AsiaSouthPacific)]
    [InlineData("RU", Region.Europe)]
    [InlineData("PS", Region.AsiaSouthPacific)]
    [InlineData("VA", Region.Europe)]
    [InlineData("CW", Region.Americas)]
    public void Find_KnownMember_HasItsRegion(string code, Region region) =>
        Assert.Equal(region, MemberCatalogue.Find(code)!.Region);

    [Theory]
    [InlineData("KP")] // UN member, not an INTERPOL member
    [InlineData("TV")]
    [InlineData("TW")]
    [InlineData("XK")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("FRA")]
    public void Find_NonMember_IsNull(string? code) => Assert.Null(MemberCatalogue.Find(code));

    [Fact]
    public void All_EveryRegionIsRepresented() =>
        Assert.Equal(Enum.GetValues<Region>().Length, MemberCatalogue.All.Select(m => m.Region).Distinct().Count());
}
