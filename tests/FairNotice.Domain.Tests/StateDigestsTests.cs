using FairNotice.Domain.Audit;

namespace FairNotice.Domain.Tests;

public class StateDigestsTests
{
    [Fact]
    public void Of_FieldBoundariesAndNullsMatter()
    {
        Assert.NotEqual(StateDigests.Of(["ab", "c"]), StateDigests.Of(["a", "bc"]));
        Assert.NotEqual(StateDigests.Of([null]), StateDigests.Of([""]));
        Assert.NotEqual(StateDigests.Of(["Restricted:RU", "Restricted:CN"]), StateDigests.Of(["Restricted:CN"]));
        Assert.Equal(StateDigests.Of(["x", null]), StateDigests.Of(["x", null]));
        Assert.Equal(64, StateDigests.Of([]).Length);
    }

    [Fact]
    public void Field_TimeIsUtcToTheMillisecond()
    {
        var local = new DateTimeOffset(2026, 1, 1, 10, 0, 0, 123, TimeSpan.FromHours(2)).AddTicks(4567);
        Assert.Equal("2026-01-01T08:00:00.123Z", StateDigests.Field(local));
        Assert.Null(StateDigests.Field(null));
    }

    private static Dictionary<string, RecordedState> Recorded(params (string Id, long Seq, string Digest)[] rows) =>
        rows.ToDictionary(r => r.Id, r => new RecordedState(r.Seq, r.Digest), StringComparer.Ordinal);

    private static Dictionary<string, string> Current(params (string Id, string Digest)[] rows) =>
        rows.ToDictionary(r => r.Id, r => r.Digest, StringComparer.Ordinal);

    [Fact]
    public void Compare_SameStates_IsIntact()
    {
        var verdict = StateDigests.Compare(Recorded(("a", 3, "d1"), ("b", 4, "d2"), ("c", 5, StateDigests.Deleted)), Current(("a", "d1"), ("b", "d2")));
        Assert.True(verdict.Intact, verdict.Message);
        Assert.Equal(2, verdict.ObjectsChecked);
    }

    [Theory]
    [InlineData("altered", "b", 4L)]
    [InlineData("deleted", "b", 4L)]
    [InlineData("unrecorded", "z", null)]
    [InlineData("resurrected", "c", 5L)]
    public void Compare_EachKindOfTampering_NamesTheObject(string tampering, string id, long? sequence)
    {
        var recorded = Recorded(("a", 3, "d1"), ("b", 4, "d2"), ("c", 5, StateDigests.Deleted));
        var current = Current(("a", "d1"), ("b", "d2"));
        switch (tampering)
        {
            case "altered": current["b"] = "other"; break;
            case "deleted": current.Remove("b"); break;
            case "unrecorded": current["z"] = "d9"; break;
            case "resurrected": current["c"] = "d3"; break;
        }

        var verdict = StateDigests.Compare(recorded, current);
        Assert.False(verdict.Intact);
        Assert.Equal(id, verdict.ObjectId);
        Assert.Equal(sequence, verdict.Sequence);
    }
}
