using FairNotice.Domain.Access;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Tests;

public class NoticeLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public enum Who { SourceOfficer, SourceSupervisor, OtherNcbSupervisor, Reviewer, System, Auditor, Commission }

    private static Actor Make(Who who) => who switch
    {
        Who.SourceOfficer => new("u1", Affiliation.Ncb, "FR", new HashSet<Role> { Role.NcbOfficer }),
        Who.SourceSupervisor => new("u2", Affiliation.Ncb, "FR", new HashSet<Role> { Role.NcbSupervisor }),
        Who.OtherNcbSupervisor => new("u3", Affiliation.Ncb, "DE", new HashSet<Role> { Role.NcbSupervisor }),
        Who.Reviewer => new("u4", Affiliation.Secretariat, null, new HashSet<Role> { Role.SecretariatReviewer }),
        Who.System => Actor.System,
        Who.Auditor => new("u5", Affiliation.Secretariat, null, new HashSet<Role> { Role.Auditor }),
        Who.Commission => new("u6", Affiliation.Commission, null, new HashSet<Role> { Role.CommissionMember }),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    // The specification, written independently of the implementation: (from, action) → (to, who may).
    // Sources: issue #2 lifecycle; RPD Art. 81 (suspension, withdrawal, cancellation); Art. 50 (five-year retention, renewal).
    private static readonly Dictionary<(NoticeStatus, NoticeAction), (NoticeStatus To, Who[] May)> Spec = new()
    {
        [(NoticeStatus.Draft, NoticeAction.Submit)] = (NoticeStatus.Submitted, [Who.SourceOfficer, Who.SourceSupervisor]),
        [(NoticeStatus.InformationRequested, NoticeAction.Submit)] = (NoticeStatus.Submitted, [Who.SourceOfficer, Who.SourceSupervisor]),
        [(NoticeStatus.UnderReview, NoticeAction.RequestInformation)] = (NoticeStatus.InformationRequested, [Who.Reviewer]),
        [(NoticeStatus.InformationRequested, NoticeAction.Withdraw)] = (NoticeStatus.Withdrawn, [Who.SourceOfficer, Who.SourceSupervisor]),
        [(NoticeStatus.Submitted, NoticeAction.StartReview)] = (NoticeStatus.UnderReview, [Who.Reviewer, Who.System]),
        [(NoticeStatus.UnderReview, NoticeAction.Publish)] = (NoticeStatus.Published, [Who.Reviewer]),
        [(NoticeStatus.UnderReview, NoticeAction.Refuse)] = (NoticeStatus.Refused, [Who.Reviewer]),
        [(NoticeStatus.Published, NoticeAction.Suspend)] = (NoticeStatus.Suspended, [Who.SourceSupervisor]),
        [(NoticeStatus.Suspended, NoticeAction.Resume)] = (NoticeStatus.Published, [Who.SourceSupervisor]),
        [(NoticeStatus.Submitted, NoticeAction.Withdraw)] = (NoticeStatus.Withdrawn, [Who.SourceOfficer, Who.SourceSupervisor]),
        [(NoticeStatus.UnderReview, NoticeAction.Withdraw)] = (NoticeStatus.Withdrawn, [Who.SourceOfficer, Who.SourceSupervisor]),
        [(NoticeStatus.Published, NoticeAction.Withdraw)] = (NoticeStatus.Withdrawn, [Who.SourceOfficer, Who.SourceSupervisor]),
        [(NoticeStatus.Suspended, NoticeAction.Withdraw)] = (NoticeStatus.Withdrawn, [Who.SourceOfficer, Who.SourceSupervisor]),
        [(NoticeStatus.Published, NoticeAction.Cancel)] = (NoticeStatus.Cancelled, [Who.Reviewer]),
        [(NoticeStatus.Suspended, NoticeAction.Cancel)] = (NoticeStatus.Cancelled, [Who.Reviewer]),
    };

    public static TheoryData<NoticeStatus, NoticeAction, Who> AllCombinations()
    {
        var data = new TheoryData<NoticeStatus, NoticeAction, Who>();
        foreach (var s in Enum.GetValues<NoticeStatus>())
        {
            foreach (var a in Enum.GetValues<NoticeAction>().Where(a => a is not (NoticeAction.Expire or NoticeAction.Renew)))
            {
                foreach (var w in Enum.GetValues<Who>())
                {
                    data.Add(s, a, w);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void Decide_EveryStatusActionAndActor_MatchesTheSpecification(NoticeStatus from, NoticeAction action, Who who)
    {
        var facts = new LifecycleFacts(from, "FR", from is NoticeStatus.Published or NoticeStatus.Suspended ? Now.AddYears(3) : null);
        var result = NoticeLifecycle.Decide(facts, action, Make(who), Now);
        if (Spec.TryGetValue((from, action), out var rule))
        {
            if (rule.May.Contains(who))
            {
                Assert.True(result.IsOk, result.Error?.Message);
                Assert.Equal(rule.To, result.Value.To);
            }
            else
            {
                Assert.IsType<ForbiddenError>(result.Error);
            }
        }
        else
        {
            Assert.IsType<ConflictError>(result.Error);
        }
    }

    [Fact]
    public void Decide_Publish_SetsFiveYearValidity()
    {
        var t = NoticeLifecycle.Decide(new(NoticeStatus.UnderReview, "FR", null), NoticeAction.Publish, Make(Who.Reviewer), Now).Value;
        Assert.Equal(Now.AddYears(5), t.ExpiresAt);
    }

    [Theory]
    [InlineData(-7, false, "not yet open: more than six months before expiry")]
    [InlineData(-6, true, "opens exactly six months before expiry (RPD Art. 50)")]
    [InlineData(-1, true, "inside the window")]
    [InlineData(0, false, "validity has run out")]
    public void Decide_Renew_OnlyInTheSixMonthsBeforeExpiry(int monthsFromExpiry, bool allowed, string why)
    {
        var expires = Now.AddMonths(-monthsFromExpiry);
        var result = NoticeLifecycle.Decide(new(NoticeStatus.Published, "FR", expires), NoticeAction.Renew, Make(Who.SourceSupervisor), Now);
        Assert.True(allowed == result.IsOk, why);
        if (allowed)
        {
            Assert.Equal(NoticeStatus.Published, result.Value.To);
            Assert.Equal(expires.AddYears(5), result.Value.ExpiresAt);
        }
    }

    [Fact]
    public void Decide_RenewByOfficerOrOtherCountry_IsForbidden()
    {
        var facts = new LifecycleFacts(NoticeStatus.Published, "FR", Now.AddMonths(2));
        Assert.IsType<ForbiddenError>(NoticeLifecycle.Decide(facts, NoticeAction.Renew, Make(Who.SourceOfficer), Now).Error);
        Assert.IsType<ForbiddenError>(NoticeLifecycle.Decide(facts, NoticeAction.Renew, Make(Who.OtherNcbSupervisor), Now).Error);
        Assert.IsType<ForbiddenError>(NoticeLifecycle.Decide(facts, NoticeAction.Renew, Make(Who.Reviewer), Now).Error);
    }

    [Theory]
    [InlineData(NoticeStatus.Published)]
    [InlineData(NoticeStatus.Suspended)]
    public void Decide_Expire_OnlyOnceValidityHasRunOut(NoticeStatus status)
    {
        var early = NoticeLifecycle.Decide(new(status, "FR", Now.AddDays(1)), NoticeAction.Expire, Actor.System, Now);
        Assert.IsType<ConflictError>(early.Error);
        var due = NoticeLifecycle.Decide(new(status, "FR", Now), NoticeAction.Expire, Actor.System, Now);
        Assert.Equal(NoticeStatus.Expired, due.Value.To);
        Assert.IsType<ForbiddenError>(NoticeLifecycle.Decide(new(status, "FR", Now), NoticeAction.Expire, Make(Who.SourceSupervisor), Now).Error);
    }

    [Fact]
    public void Decide_ResumeAfterExpiry_IsConflict() =>
        Assert.IsType<ConflictError>(NoticeLifecycle.Decide(new(NoticeStatus.Suspended, "FR", Now.AddDays(-1)), NoticeAction.Resume, Make(Who.SourceSupervisor), Now).Error);

    [Theory]
    [InlineData(NoticeStatus.Refused)]
    [InlineData(NoticeStatus.Withdrawn)]
    [InlineData(NoticeStatus.Cancelled)]
    [InlineData(NoticeStatus.Expired)]
    public void Available_TerminalStatus_OffersNothingToAnyone(NoticeStatus status)
    {
        foreach (var who in Enum.GetValues<Who>())
        {
            Assert.Empty(NoticeLifecycle.Available(new(status, "FR", Now.AddDays(-1)), Make(who), Now));
        }
    }
}
