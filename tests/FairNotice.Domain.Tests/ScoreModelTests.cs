using FairNotice.Domain.Notices;
using FairNotice.Domain.Screening;

namespace FairNotice.Domain.Tests;

// The screening score as a fitted logistic regression (issue #11, item 3).
public sealed class ScoreModelTests
{
    [Fact]
    public void Default_ProbabilityAtItsMidpointIsOneHalf_AndEveryEvidenceKindHasAWeight()
    {
        var model = ScoreModel.Default;
        Assert.Equal(0.5, model.Probability(model.Weights.Threshold), 6);
        Assert.All(Enum.GetNames<DateEvidence>(), d => Assert.True(model.Weights.Date.ContainsKey(d), d));
        Assert.NotEmpty(model.Weights.Fitted ?? []);
        Assert.NotEmpty(model.Weights.Calibration ?? []);
    }

    [Fact]
    public void Default_ExactDateOfBirthCountsMoreThanNone_AndIncompatibleDatesCountAgainst()
    {
        var w = ScoreModel.Default.Weights.Date;
        Assert.True(w["Exact"] > w["Unknown"]);
        Assert.True(w["Different"] < w["Unknown"] - 0.2);
        Assert.True(ScoreModel.Default.Weights.Sex["Differs"] < 0);
    }

    [Fact]
    public void Score_AgreeingDateDoesNotRescueAWeakestPartBelowTheFloor()
    {
        var model = ScoreModel.Default;
        var spelling = new Evidence(0.80, DateEvidence.Exact, 1, Agreement.NotCompared, Agreement.NotCompared, WeakestPart: 0.85);
        var otherName = spelling with { WeakestPart = 0.6 };
        Assert.True(model.Score(spelling) >= model.Score(otherName));
        // Below the floor an exact date adds no more than the hand-set prior's +0.07 over a name-only query.
        var nameOnly = otherName with { Date = DateEvidence.Unknown };
        Assert.True(model.Score(otherName) - model.Score(nameOnly) <= 0.0701);
    }

    [Fact]
    public void Fit_RecoversTheWeightsThatGeneratedTheData()
    {
        // Data drawn from a known model: slope 30, threshold 0.9, exact date +0.15, unknown −0.03, same year +0.05, one year
        // apart −0.1 (each kind with both outcomes in the data, so each weight is identified).
        var truth = new Dictionary<DateEvidence, double> { [DateEvidence.Unknown] = -0.03, [DateEvidence.Exact] = 0.15, [DateEvidence.SameYear] = 0.05, [DateEvidence.OneYearApart] = -0.1 };
        var random = new Random(11);
        var data = new List<LabelledEvidence>();
        for (var i = 0; i < 20_000; i++)
        {
            var date = truth.Keys.ElementAt(random.Next(truth.Count));
            var name = 0.6 + (0.4 * random.NextDouble());
            var p = 1 / (1 + Math.Exp(-30 * (name + truth[date] - 0.9)));
            data.Add(new LabelledEvidence(new Evidence(name, date, 1, Agreement.NotCompared, Agreement.NotCompared), random.NextDouble() < p));
        }

        var fitted = ScoreModelFit.Fit(data, ScoreModelWeights.Prior, 40, priorSd: 1, threshold: 0.9, operatingPoint: null, "test", "synthetic");

        Assert.InRange(fitted.Slope, 26, 34);
        Assert.Equal(0.9, fitted.Threshold);
        foreach (var (date, weight) in truth)
        {
            Assert.InRange(fitted.Date[date.ToString()], weight - 0.02, weight + 0.02);
        }
    }

    [Fact]
    public void Fit_KeepsThePriorWhereTheDataHaveNoEvidence_AndSaysSo()
    {
        var random = new Random(5);
        var data = Enumerable.Range(0, 2_000).Select(_ =>
        {
            var name = 0.6 + (0.4 * random.NextDouble());
            return new LabelledEvidence(new Evidence(name, DateEvidence.Unknown, 1, Agreement.NotCompared, Agreement.NotCompared), name > 0.9);
        }).ToList();

        var fitted = ScoreModelFit.Fit(data, ScoreModelWeights.Prior, 40, 0.05, 0.9, null, "test", "synthetic");

        // Transposed dates never occur: the weight keeps the prior's distance from the name-only weight (+0.05).
        Assert.Equal(0.05, fitted.Date["Transposed"] - fitted.Date["Unknown"], 3);
        Assert.DoesNotContain("date Transposed", fitted.Fitted!);
        Assert.Contains("slope (name)", fitted.Fitted!);
    }

    [Fact]
    public void Fit_OperatingPointIsShiftedOntoTheThreshold()
    {
        var random = new Random(3);
        var data = Enumerable.Range(0, 3_000).Select(_ =>
        {
            var name = 0.6 + (0.4 * random.NextDouble());
            return new LabelledEvidence(new Evidence(name, DateEvidence.Unknown, 1, Agreement.NotCompared, Agreement.NotCompared), name > 0.85);
        }).ToList();

        var unshifted = ScoreModelFit.Fit(data, ScoreModelWeights.Prior, 40, 0.05, 0.9, null, "t", "s");
        var shifted = ScoreModelFit.Fit(data, ScoreModelWeights.Prior, 40, 0.05, 0.9, _ => 0.95, "t", "s");

        // A candidate at 0.95 on the unshifted scale sits on the threshold of the shifted one; probabilities are unchanged.
        var e = new Evidence(0.95 - unshifted.Date["Unknown"], DateEvidence.Unknown, 1, Agreement.NotCompared, Agreement.NotCompared);
        Assert.Equal(0.9, new ScoreModel(shifted).Score(e), 3);
        Assert.Equal(new ScoreModel(unshifted).Probability(new ScoreModel(unshifted).Score(e)), new ScoreModel(shifted).Probability(new ScoreModel(shifted).Score(e)), 3);
    }

    [Fact]
    public void Calibrate_CountsCandidatesPerBandAndTheObservedShare()
    {
        var model = ScoreModel.Default;
        var at = (double score) => new Evidence(score - model.Weights.Date["Unknown"], DateEvidence.Unknown, 1, Agreement.NotCompared, Agreement.NotCompared);
        var data = new List<LabelledEvidence> { new(at(0.95), true), new(at(0.96), false), new(at(0.5), false) };

        var bands = ScoreModelFit.Calibrate(model, data, [0.0, 0.9, 1.0]);

        Assert.Equal(2, bands.Count);
        Assert.Equal(2, bands[1].Candidates);
        Assert.Equal(0.5, bands[1].Observed);
    }

    [Fact]
    public void Search_HitCarriesItsEvidenceAndProbability()
    {
        var index = new ScreeningIndex<string>(NameNormaliser.Default);
        index.Upsert(Guid.NewGuid(), new Person(new PersonName("Kowalski", "Jan"), null, [], "M", new PartialDate(1970, 1, 2), null, null, ["PL"], [], null, []), "JK");

        var hit = Assert.Single(index.Search(new ScreeningQuery("Jan Kowalski", new PartialDate(1970, 1, 2), "M", "PL"), _ => true));

        Assert.Equal(DateEvidence.Exact, hit.Evidence.Date);
        Assert.Equal(Agreement.Agrees, hit.Evidence.Nationality);
        Assert.True(hit.Probability > 0.99);
    }
}
