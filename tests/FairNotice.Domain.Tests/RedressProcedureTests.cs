using FairNotice.Domain.Redress;

namespace FairNotice.Domain.Tests;

public class RedressProcedureTests
{
    // The specification, written independently of the implementation: (from, action) → to.
    // Sources: CCF Statute Art. 32 (admissibility), Arts. 34–35 (consultation), Art. 37 (provisional measures),
    // Art. 40(3) (deadline notice), Art. 26 (binding decision). Anything not listed is refused.
    private static readonly Dictionary<(RedressStatus, RedressAction), RedressStatus> Spec = new()
    {
        [(RedressStatus.Received, RedressAction.DeclareAdmissible)] = RedressStatus.Admissible,
        [(RedressStatus.Received, RedressAction.DeclareInadmissible)] = RedressStatus.Inadmissible,
        [(RedressStatus.Received, RedressAction.LinkNotice)] = RedressStatus.Received,
        [(RedressStatus.Admissible, RedressAction.LinkNotice)] = RedressStatus.Admissible,
        [(RedressStatus.Received, RedressAction.ProvisionalMeasure)] = RedressStatus.Received,
        [(RedressStatus.Admissible, RedressAction.ProvisionalMeasure)] = RedressStatus.Admissible,
        [(RedressStatus.Received, RedressAction.AnswerConsultation)] = RedressStatus.Received,
        [(RedressStatus.Admissible, RedressAction.AnswerConsultation)] = RedressStatus.Admissible,
        [(RedressStatus.Admissible, RedressAction.DeadlineNotice)] = RedressStatus.Admissible,
        [(RedressStatus.Admissible, RedressAction.Decide)] = RedressStatus.Decided,
    };

    public static TheoryData<RedressStatus, RedressAction> Every()
    {
        var data = new TheoryData<RedressStatus, RedressAction>();
        foreach (var s in Enum.GetValues<RedressStatus>())
        {
            foreach (var a in Enum.GetValues<RedressAction>())
            {
                data.Add(s, a);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Every))]
    public void Apply_EveryStatusAndAction_MatchesTheSpecification(RedressStatus from, RedressAction action)
    {
        var result = RedressProcedure.Apply(from, action);

        if (Spec.TryGetValue((from, action), out var to))
        {
            Assert.True(result.IsOk, result.Error?.Code);
            Assert.Equal(to, result.Value);
        }
        else
        {
            Assert.IsType<ConflictError>(result.Error);
        }
    }

    [Theory]
    [InlineData(RedressStatus.Inadmissible)]
    [InlineData(RedressStatus.Decided)]
    public void Apply_ClosedRequest_RefusesEveryAction(RedressStatus closed)
    {
        Assert.All(Enum.GetValues<RedressAction>(), a => Assert.False(RedressProcedure.Apply(closed, a).IsOk));
    }

    [Theory]
    [InlineData(RedressAction.DeclareAdmissible, "redress.admissibility_decided")]
    [InlineData(RedressAction.LinkNotice, "redress.closed")]
    [InlineData(RedressAction.ProvisionalMeasure, "redress.closed")]
    [InlineData(RedressAction.DeadlineNotice, "redress.no_running_deadline")]
    [InlineData(RedressAction.AnswerConsultation, "consultation.closed")]
    [InlineData(RedressAction.Decide, "redress.not_admissible")]
    public void Apply_OnADecidedRequest_AnswersTheStableCode(RedressAction action, string code)
    {
        Assert.Equal(code, RedressProcedure.Apply(RedressStatus.Decided, action).Error!.Code);
    }

    [Theory]
    // Art. 42: only a revision can fail the revision conditions.
    [InlineData(RedressType.Access, RedressOutcome.ConditionsForRevisionNotMet, false, "redress.invalid")]
    [InlineData(RedressType.CorrectionDeletion, RedressOutcome.ConditionsForRevisionNotMet, false, "redress.invalid")]
    [InlineData(RedressType.Revision, RedressOutcome.ConditionsForRevisionNotMet, false, null)]
    // Art. 35: an access request waits for every consulted source; the other types do not.
    [InlineData(RedressType.Access, RedressOutcome.Compliant, true, "redress.sources_pending")]
    [InlineData(RedressType.Access, RedressOutcome.Compliant, false, null)]
    [InlineData(RedressType.CorrectionDeletion, RedressOutcome.NotCompliant, true, null)]
    [InlineData(RedressType.Revision, RedressOutcome.CompliantWithUpdate, true, null)]
    public void Decide_OutcomeRules_RefuseOrDecide(RedressType type, RedressOutcome outcome, bool sourcesPending, string? code)
    {
        var result = RedressProcedure.Decide(RedressStatus.Admissible, type, outcome, sourcesPending);

        Assert.Equal(code, result.Error?.Code);
        if (code is null)
        {
            Assert.Equal(RedressStatus.Decided, result.Value);
        }
    }

    [Fact]
    public void Decide_NotYetAdmissible_RefusesBeforeLookingAtTheOutcome()
    {
        var result = RedressProcedure.Decide(RedressStatus.Received, RedressType.Access, RedressOutcome.ConditionsForRevisionNotMet, true);

        Assert.Equal("redress.not_admissible", result.Error!.Code);
    }
}
