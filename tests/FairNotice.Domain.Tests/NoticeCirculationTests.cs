using FairNotice.Domain.Members;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Tests;

/// <summary>The one "is this request in circulation?" rule, who received a request, and its deletion on a Commission decision.</summary>
public class NoticeCirculationTests
{
    // Issue #2 (visibility): a notice reaches others only while published; a diffusion from submission until it leaves
    // circulation, unless held after a blocking automated finding (ADR 0005) — a reviewer's publication overrides the hold.
    [Theory]
    [InlineData(NoticeKind.Notice, NoticeStatus.Published, false, true)]
    [InlineData(NoticeKind.Notice, NoticeStatus.Published, true, true)]
    [InlineData(NoticeKind.Notice, NoticeStatus.Submitted, false, false)]
    [InlineData(NoticeKind.Notice, NoticeStatus.UnderReview, false, false)]
    [InlineData(NoticeKind.Notice, NoticeStatus.Suspended, false, false)]
    [InlineData(NoticeKind.Notice, NoticeStatus.Expired, false, false)]
    [InlineData(NoticeKind.Diffusion, NoticeStatus.Submitted, false, true)]
    [InlineData(NoticeKind.Diffusion, NoticeStatus.UnderReview, false, true)]
    [InlineData(NoticeKind.Diffusion, NoticeStatus.Published, false, true)]
    [InlineData(NoticeKind.Diffusion, NoticeStatus.Submitted, true, false)]
    [InlineData(NoticeKind.Diffusion, NoticeStatus.UnderReview, true, false)]
    [InlineData(NoticeKind.Diffusion, NoticeStatus.Published, true, true)]
    [InlineData(NoticeKind.Diffusion, NoticeStatus.Draft, false, false)]
    [InlineData(NoticeKind.Diffusion, NoticeStatus.InformationRequested, false, false)]
    [InlineData(NoticeKind.Diffusion, NoticeStatus.Withdrawn, false, false)]
    [InlineData(NoticeKind.Diffusion, NoticeStatus.Cancelled, false, false)]
    public void Circulates_KindStatusAndHold_MatchTheVisibilityRule(NoticeKind kind, NoticeStatus status, bool held, bool expected)
    {
        Assert.Equal(expected, NoticeVisibility.Circulates(kind, status, held));
    }

    [Theory]
    [InlineData(NoticeKind.Notice, NoticeStatus.Suspended, false, true)]
    [InlineData(NoticeKind.Notice, NoticeStatus.Expired, false, true)]
    [InlineData(NoticeKind.Notice, NoticeStatus.Published, false, true)]
    [InlineData(NoticeKind.Notice, NoticeStatus.Refused, false, false)]
    [InlineData(NoticeKind.Notice, NoticeStatus.UnderReview, false, false)]
    [InlineData(NoticeKind.Diffusion, NoticeStatus.UnderReview, true, false)]
    // A held diffusion a reviewer published reached its addressees: they must purge too (the deletion used to skip it).
    [InlineData(NoticeKind.Diffusion, NoticeStatus.Published, true, true)]
    public void HasCirculated_AfterPublicationOrWhileCirculating_True(NoticeKind kind, NoticeStatus status, bool held, bool expected)
    {
        Assert.Equal(expected, NoticeVisibility.HasCirculated(kind, status, held));
    }

    private static readonly string[] Members = [.. MemberCatalogue.All.Select(m => m.Iso2)];

    [Fact]
    public void Recipients_PublishedNotice_EveryMemberButTheSourceAndTheRestricted()
    {
        var facts = new VisibilityFacts(NoticeKind.Notice, NoticeStatus.Published, "FR", ["US"], false, []);

        var recipients = NoticeVisibility.Recipients(facts, Members);

        Assert.Equal(Members.Length - 2, recipients.Count);
        Assert.DoesNotContain("FR", recipients);
        Assert.DoesNotContain("US", recipients);
    }

    [Fact]
    public void Recipients_DiffusionToChosenMembers_OnlyThem()
    {
        var facts = new VisibilityFacts(NoticeKind.Diffusion, NoticeStatus.UnderReview, "FR", [], false, ["DE", "BR"]);

        Assert.Equal(["BR", "DE"], NoticeVisibility.Recipients(facts, Members).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(NoticeStatus.Draft)]
    [InlineData(NoticeStatus.Refused)]
    [InlineData(NoticeStatus.Withdrawn)]
    public void Recipients_NeverCirculated_Nobody(NoticeStatus status)
    {
        Assert.Empty(NoticeVisibility.Recipients(new VisibilityFacts(NoticeKind.Notice, status, "FR", [], false, []), Members));
    }

    [Fact]
    public void Recipients_AgreeWithCanSeeWhileCirculating()
    {
        var facts = new VisibilityFacts(NoticeKind.Diffusion, NoticeStatus.Published, "FR", ["DE"], false, ["DE", "US", "JP"]);

        var seeing = Members.Where(m => m != "FR" && NoticeVisibility.CanSee(new Access.Actor("u", Access.Affiliation.Ncb, m, new HashSet<Access.Role> { Access.Role.NcbOfficer }), facts));

        Assert.Equal(seeing.Order(StringComparer.Ordinal), NoticeVisibility.Recipients(facts, Members).Order(StringComparer.Ordinal));
    }

    // CCF Statute Art. 41: the data leave the files — anything open or live is cancelled, an expired request too; a request
    // already refused, withdrawn or cancelled keeps its status.
    [Theory]
    [InlineData(NoticeStatus.Draft, NoticeStatus.Cancelled)]
    [InlineData(NoticeStatus.Submitted, NoticeStatus.Cancelled)]
    [InlineData(NoticeStatus.UnderReview, NoticeStatus.Cancelled)]
    [InlineData(NoticeStatus.InformationRequested, NoticeStatus.Cancelled)]
    [InlineData(NoticeStatus.Published, NoticeStatus.Cancelled)]
    [InlineData(NoticeStatus.Suspended, NoticeStatus.Cancelled)]
    [InlineData(NoticeStatus.Expired, NoticeStatus.Cancelled)]
    [InlineData(NoticeStatus.Refused, NoticeStatus.Refused)]
    [InlineData(NoticeStatus.Withdrawn, NoticeStatus.Withdrawn)]
    [InlineData(NoticeStatus.Cancelled, NoticeStatus.Cancelled)]
    public void DeleteOnCommissionDecision_EveryStatus_LeavesCirculation(NoticeStatus from, NoticeStatus to)
    {
        var expires = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var step = NoticeLifecycle.DeleteOnCommissionDecision(new LifecycleFacts(from, "FR", expires));

        Assert.Equal(new Transition(from, to, expires), step);
        Assert.False(NoticeVisibility.Circulates(NoticeKind.Diffusion, step.To, held: false));
    }

    [Fact]
    public void DeleteOnCommissionDecision_CoversEveryStatus()
    {
        Assert.All(Enum.GetValues<NoticeStatus>(), s => Assert.False(NoticeVisibility.Circulates(NoticeKind.Notice,
            NoticeLifecycle.DeleteOnCommissionDecision(new LifecycleFacts(s, "FR", null)).To, held: false)));
    }
}
