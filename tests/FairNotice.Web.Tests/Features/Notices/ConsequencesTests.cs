using System.Globalization;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Redress;
using FairNotice.Web.Features.Redress.Commission;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Features.Redress;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Tests.Features.Notices;

/// <summary>
/// What the confirmation step says before a binding step runs. Expected texts follow what the handlers really do:
/// ReviewDecisions' four-eyes rule, NoticeLifecycle's transitions and DecideRedress's deletion (Art. 41).
/// </summary>
public sealed class ConsequencesTests
{
    private static readonly IStringLocalizer L = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance).Create(typeof(SharedResource));

    private static NoticeRecord Record(NoticeKind kind = NoticeKind.Notice, NoticeStatus status = NoticeStatus.UnderReview, bool publicExtract = false)
    {
        var person = new Person(new PersonName("HALVORSEN", "Erik"), null, [], "M", null, null, null, ["US"], [], null, []);
        var record = new NoticeRecord { Kind = kind, Colour = NoticeColour.Red, Status = status, RequestingCountry = "US", Reference = "2026/00002" };
        record.SetContent(new NoticeContent(kind, NoticeColour.Red, person, new CaseFacts(null, null, null, null, [], null, null, null), publicExtract, [], kind == NoticeKind.Diffusion, []));
        return record;
    }

    private static DecisionOutcome Outcome(ReviewDecision decision, bool takesEffect, Ground? ground = null, params string[] restrictions) =>
        new(takesEffect, decision, ground, "reason", restrictions, null);

    [Fact]
    public void OfReview_FirstRefusal_SaysRefuseGroundReasonAndThatASecondReviewerMustConfirm()
    {
        var c = Consequences.OfReview(Record(), Outcome(ReviewDecision.Refuse, takesEffect: false, Ground.DataQuality), "refuse on data quality", confirmsPending: false, L);

        Assert.Equal("You are about to REFUSE Red notice 2026/00002 (HALVORSEN Erik, requested by United States) on the ground Data quality.", c.Headline);
        Assert.Contains("Reason: refuse on data quality", c.Details);
        Assert.Contains(c.Details, d => d.Contains("refused only when a second reviewer records the same decision", StringComparison.Ordinal));
        Assert.Equal("Confirm: refuse", c.ConfirmLabel);
        Assert.Null(c.Warning);
    }

    [Fact]
    public void OfReview_SecondReviewersRefusal_SaysItTakesEffectAtOnce()
    {
        var c = Consequences.OfReview(Record(), Outcome(ReviewDecision.Refuse, takesEffect: true, Ground.Article3), "Agreed.", confirmsPending: true, L);

        Assert.Contains(c.Details, d => d.Contains("takes effect at once", StringComparison.Ordinal));
        Assert.DoesNotContain(c.Details, d => d.Contains("proposal", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("refuse on data quality", true)]
    [InlineData("Reject: no warrant", true)]
    [InlineData("Concrete facts, judicial warrant, serious ordinary-law crime.", false)]
    public void OfReview_PublishWithAReasonThatSpeaksOfRefusing_CarriesAWarning(string reason, bool warned)
    {
        var c = Consequences.OfReview(Record(publicExtract: true), Outcome(ReviewDecision.Publish, takesEffect: true), reason, confirmsPending: false, L);

        Assert.StartsWith("You are about to PUBLISH", c.Headline, StringComparison.Ordinal);
        Assert.Contains(c.Details, d => d.Contains("public extract", StringComparison.Ordinal) && d.Contains("five years", StringComparison.Ordinal));
        Assert.Equal(warned, c.Warning is not null);
    }

    [Fact]
    public void OfReview_RefusalWhoseReasonOnlySpeaksOfPublishing_CarriesAWarning()
    {
        var c = Consequences.OfReview(Record(), Outcome(ReviewDecision.Refuse, takesEffect: false, Ground.Article83), "Fine to publish.", confirmsPending: false, L);

        Assert.NotNull(c.Warning);
    }

    [Fact]
    public void OfReview_Diffusion_IsFoundCompliantAndRefusalStopsCirculation()
    {
        var diffusion = Record(NoticeKind.Diffusion);

        Assert.StartsWith("You are about to FIND COMPLIANT", Consequences.OfReview(diffusion, Outcome(ReviewDecision.Publish, true), "ok", false, L).Headline, StringComparison.Ordinal);
        Assert.Contains(Consequences.OfReview(diffusion, Outcome(ReviewDecision.Refuse, false, Ground.Article3), "no", false, L).Details,
            d => d.Contains("stops circulating", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(NoticeAction.Cancel, null, true)]
    [InlineData(NoticeAction.Withdraw, null, true)]
    [InlineData(NoticeAction.Suspend, null, true)]
    [InlineData(NoticeAction.Resume, null, true)]
    [InlineData(NoticeAction.Renew, null, true)]
    [InlineData(NoticeAction.Expire, null, true)]
    [InlineData(NoticeAction.Submit, Recommendation.Refuse, true)]
    [InlineData(NoticeAction.Submit, Recommendation.Review, false)]
    [InlineData(NoticeAction.Submit, Recommendation.Clear, false)]
    [InlineData(NoticeAction.Submit, null, false)]
    public void NeedsConfirmation_BindingOrIrreversibleActionsAndSubmissionsTheEngineWouldRefuse(NoticeAction action, Recommendation? recommendation, bool expected)
    {
        var check = recommendation is { } r ? new Assessment("test", r, []) : null;

        Assert.Equal(expected, Consequences.NeedsConfirmation(action, check));
    }

    [Fact]
    public void OfAction_Cancel_IsFinalAndCarriesTheReason()
    {
        var c = Consequences.OfAction(Record(status: NoticeStatus.Published), NoticeAction.Cancel, "warrant withdrawn", null, L);

        Assert.StartsWith("You are about to CANCEL Red notice 2026/00002", c.Headline, StringComparison.Ordinal);
        Assert.Contains("Reason: warrant withdrawn", c.Details);
        Assert.Contains(c.Details, d => d.Contains("cannot be undone", StringComparison.Ordinal));
    }

    [Fact]
    public void CommissionNotCompliant_NamesTheNoticesDeletedAndThePurge()
    {
        var file = new RedressRequest { Number = "CCF-2026-00002", Type = RedressType.CorrectionDeletion, Links = [new RedressLink { NoticeReference = "2026/00006" }] };

        var c = DecisionConsequence.Of(file, RedressOutcome.NotCompliant, "Political case, membership only.", null, L);

        Assert.Equal("You are about to decide NOT COMPLIANT on CCF-2026-00002 (Correction or deletion of my data).", c.Headline);
        Assert.Contains(c.Details, d => d.Contains("(2026/00006) is deleted at once", StringComparison.Ordinal) && d.Contains("purge", StringComparison.Ordinal));
        Assert.Equal("Confirm: not compliant", c.ConfirmLabel);
    }

    [Fact]
    public void CommissionCompliant_KeepsTheNoticesAndLiftsAProvisionalMeasure()
    {
        var file = new RedressRequest { Number = "CCF-2026-00003", Type = RedressType.CorrectionDeletion, Links = [new RedressLink { NoticeReference = "2026/00007", BlockedFor = ProvisionalGround.ImminentExtradition }] };

        var c = DecisionConsequence.Of(file, RedressOutcome.Compliant, "The data comply with the rules.", null, L);

        Assert.Contains(c.Details, d => d.Contains("stays as it is", StringComparison.Ordinal) && d.Contains("provisional measure is lifted", StringComparison.Ordinal));
        Assert.DoesNotContain(c.Details, d => d.Contains("deleted", StringComparison.Ordinal));
    }

    /// <summary>Issue #15 item 1: the reviewer and the Commission read the consequence in the page's language, with the
    /// references, the person's name and the articles as they are.</summary>
    [Theory]
    [InlineData("fr", "Vous êtes sur le point de REFUSER la notice 2026/00002 (Rouge ; HALVORSEN Erik, demandée par États-Unis) pour le motif : Qualité des données.", "un second examinateur")]
    [InlineData("es", "Está a punto de DENEGAR la notificación 2026/00002 (Roja; HALVORSEN Erik, solicitada por Estados Unidos) por el motivo: Calidad de los datos.", "segundo revisor")]
    [InlineData("ar", "أنت على وشك رفض النشرة 2026/00002 (حمراء؛ HALVORSEN Erik، بطلب من الولايات المتحدة) على أساس: جودة البيانات.", "مراجع ثانٍ")]
    public void OfReview_InThePageLanguage_SaysItAllInThatLanguage(string culture, string headline, string secondReviewer)
    {
        using var _ = new UiCulture(culture);

        var c = Consequences.OfReview(Record(), Outcome(ReviewDecision.Refuse, takesEffect: false, Ground.DataQuality), "données incomplètes", confirmsPending: false, L);

        Assert.Equal(headline, c.Headline);
        Assert.Contains(c.Details, d => d.Contains(secondReviewer, StringComparison.Ordinal));
        Assert.DoesNotContain(c.Details, d => d.Contains("reviewer", StringComparison.Ordinal) || d.Contains("request", StringComparison.Ordinal));
        Assert.DoesNotContain("Confirm:", c.ConfirmLabel, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "art. 41")]
    [InlineData("es", "art. 41")]
    [InlineData("ar", "المادة 41")]
    public void CommissionNotCompliant_InThePageLanguage_KeepsTheReferencesAndTheArticle(string culture, string article)
    {
        using var _ = new UiCulture(culture);
        var file = new RedressRequest { Number = "CCF-2026-00002", Type = RedressType.CorrectionDeletion, Links = [new RedressLink { NoticeReference = "2026/00006" }] };

        var c = DecisionConsequence.Of(file, RedressOutcome.NotCompliant, "Affaire politique.", null, L);

        Assert.Contains("CCF-2026-00002", c.Headline, StringComparison.Ordinal);
        Assert.DoesNotContain("You are about", c.Headline, StringComparison.Ordinal);
        Assert.Contains(c.Details, d => d.Contains("(2026/00006)", StringComparison.Ordinal) && d.Contains(article, StringComparison.Ordinal));
        Assert.DoesNotContain(c.Details, d => d.Contains("deleted", StringComparison.Ordinal) || d.Contains("binding", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(NoticeAction.Cancel)]
    [InlineData(NoticeAction.Withdraw)]
    [InlineData(NoticeAction.Suspend)]
    [InlineData(NoticeAction.Resume)]
    [InlineData(NoticeAction.Renew)]
    [InlineData(NoticeAction.Expire)]
    public void OfAction_InArabic_HoldsNoEnglishSentence(NoticeAction action)
    {
        using var _ = new UiCulture("ar");

        var c = Consequences.OfAction(Record(status: NoticeStatus.Published), action, "سبب", null, L);

        foreach (var text in c.Details.Append(c.Headline).Append(c.ConfirmLabel))
        {
            Assert.DoesNotMatch("[A-Za-z]{4,}", text.Replace("HALVORSEN", "", StringComparison.Ordinal).Replace("Erik", "", StringComparison.Ordinal));
        }
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _before = CultureInfo.CurrentUICulture;

        public UiCulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

        public void Dispose() => CultureInfo.CurrentUICulture = _before;
    }
}
