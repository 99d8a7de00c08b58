using static Cramps.Core.Tests.Support.Requests;

namespace Cramps.Core.Tests.Evaluation;

/// <summary>Section 3: category scores (strong 4, moderate 3, weak 2, expert 1, red flag 3, points-to half), order and ties.</summary>
public sealed class CategoryRankingTests
{
    private static readonly CrampEvaluator Evaluator = new();

    private static readonly CrampEpisode NightCalf = Episode() with { Setting = EpisodeSetting.Asleep, DurationSeconds = 120, RelievedByStretching = true };

    [Fact]
    public void Categories_NothingPresent_NoneListed()
    {
        Assert.Empty(Evaluator.Evaluate(Of()).CauseCategories);
    }

    [Fact]
    public void Categories_BenignPatternAlone_ListsIdiopathicWithWeight2()
    {
        var category = Assert.Single(Evaluator.Evaluate(Of(NightCalf)).CauseCategories);

        Assert.Equal("idiopathic-nocturnal", category.Id);
        Assert.Equal(2, category.Score);
        Assert.Empty(category.RiskFactors);
        Assert.Equal([(CategoryContribution.BenignEpisodePattern, 2.0)], category.Contributions.Select(c => (c.Source, c.Weight)));
    }

    [Theory]
    [InlineData(MuscleRegion.Thigh, EpisodeSetting.Asleep, 120, true)]
    [InlineData(MuscleRegion.Calf, EpisodeSetting.Working, 120, true)]
    [InlineData(MuscleRegion.Calf, EpisodeSetting.Asleep, 601, true)]
    [InlineData(MuscleRegion.Calf, EpisodeSetting.Asleep, 120, false)]
    public void Categories_PatternNotBenign_NoIdiopathicListing(MuscleRegion muscle, EpisodeSetting setting, int seconds, bool relieved)
    {
        var episode = new CrampEpisode([muscle]) { StartedAt = At(2026, 11, 20, 14, 0), Setting = setting, DurationSeconds = seconds, RelievedByStretching = relieved };

        Assert.DoesNotContain(Evaluator.Evaluate(Of(episode)).CauseCategories, c => c.Id == "idiopathic-nocturnal");
    }

    [Fact]
    public void Categories_NightStartWithSettingUnknown_CountsAsBenign_ButAnotherSettingDoesNot()
    {
        var episode = new CrampEpisode([MuscleRegion.Foot]) { StartedAt = At(2026, 11, 20, 22, 30) };

        Assert.Contains(Evaluator.Evaluate(Of(episode)).CauseCategories, c => c.Id == "idiopathic-nocturnal");
        Assert.DoesNotContain(Evaluator.Evaluate(Of(episode with { Setting = EpisodeSetting.Working })).CauseCategories, c => c.Id == "idiopathic-nocturnal");
    }

    [Fact]
    public void Categories_StrengthWeightsRedFlagsAndPointsTo_AddUp()
    {
        // loop diuretic (weak 2, points 1 to electrolytes and to fluid loss) + hypokalemia (moderate 3)
        // + flag-severe-potassium (3 toward electrolytes) = 7 for electrolyte-disturbance.
        var patient = WithMedications(new Medication("furosemide")) with { Labs = [Lab("potassium", 2.9, "mmol/L")] };

        var categories = Evaluator.Evaluate(Of(patient)).CauseCategories;

        var electrolytes = categories[0];
        Assert.Equal("electrolyte-disturbance", electrolytes.Id);
        Assert.Equal(7, electrolytes.Score);
        Assert.Equal(["hypokalemia", "diuretic-loop"], electrolytes.RiskFactors);
        Assert.Equal(["flag-severe-potassium"], electrolytes.RedFlags);
        Assert.Equal([("hypokalemia", 3.0), ("diuretic-loop", 1.0), ("flag-severe-potassium", 3.0)], electrolytes.Contributions.Select(c => (c.Source, c.Weight)));
        Assert.Equal(("medication-induced", 2.0), (categories[1].Id, categories[1].Score));
        Assert.Equal(("volume-depletion-heat", 1.0), (categories[2].Id, categories[2].Score));
    }

    [Fact]
    public void Categories_EqualScores_KeepTableOrder()
    {
        // pregnancy (strong 4, pregnancy-associated) and cirrhosis (strong 4, hepatic-cirrhosis) and exercise-related (strong 4).
        var patient = Nothing with { Pregnant = true, Conditions = [new Condition("cirrhosis")], CrampPattern = new CrampPattern { AfterExercise = true } };

        var categories = Evaluator.Evaluate(Of(patient)).CauseCategories;

        Assert.Equal(["exercise-associated", "pregnancy-associated", "hepatic-cirrhosis"], categories.Select(c => c.Id));
        Assert.All(categories, c => Assert.Equal(4, c.Score));
    }

    [Fact]
    public void Categories_HigherScore_RanksFirstWhateverTheTableOrder()
    {
        var patient = Nothing with { FamilyHistoryOfCramps = true, Conditions = [new Condition("motor-neuron-disease")] };

        var categories = Evaluator.Evaluate(Of(patient)).CauseCategories;

        Assert.Equal(["motor-neuron-disease", "idiopathic-nocturnal"], categories.Select(c => c.Id));
    }

    [Fact]
    public void Categories_UrgeToMoveLegs_AddsMimicWithWeight2()
    {
        var category = Assert.Single(Evaluator.Evaluate(Of(With(new Symptoms { UrgeToMoveLegs = true }))).CauseCategories);

        Assert.Equal("mimic-not-cramp", category.Id);
        Assert.Equal(2, category.Score);
        Assert.Equal(CategoryContribution.RestlessLegs, Assert.Single(category.Contributions).Source);
    }

    [Theory]
    [InlineData(EpisodeSetting.Asleep, 14, 0, 120, true)]
    [InlineData(EpisodeSetting.Resting, 14, 0, 120, true)]
    [InlineData(EpisodeSetting.OnWaking, 14, 0, 120, true)]
    [InlineData(null, 21, 0, 120, true)]
    [InlineData(null, 20, 59, 120, false)]
    [InlineData(null, 7, 59, 120, true)]
    [InlineData(null, 8, 0, 120, false)]
    [InlineData(EpisodeSetting.Working, 22, 0, 120, false)]
    [InlineData(EpisodeSetting.InHeat, 3, 0, 120, false)]
    [InlineData(EpisodeSetting.Asleep, 2, 40, 600, true)]
    [InlineData(EpisodeSetting.Asleep, 2, 40, 601, false)]
    public void Categories_BenignPattern_SettingOrNightStartAndAtMost600Seconds(EpisodeSetting? setting, int hour, int minute, int seconds, bool benign)
    {
        // Asleep, resting or on-waking, or with the setting unknown a local start 21:00–07:59 (any other setting is
        // not benign); lasting ≤ 600 s when known.
        var episode = new CrampEpisode([MuscleRegion.Calf]) { StartedAt = At(2026, 11, 20, hour, minute), Setting = setting, DurationSeconds = seconds };

        var categories = Evaluator.Evaluate(Of(episode)).CauseCategories;

        Assert.Equal(benign, categories.Any(c => c.Contributions.Any(x => x.Source == CategoryContribution.BenignEpisodePattern)));
    }

    [Fact]
    public void Categories_Contributions_ListOnlyWhatAddsUp()
    {
        // older-age (moderate 3) to idiopathic-nocturnal, without a benign pattern; restless legs to the mimic category.
        var patient = Nothing with { AgeYears = 70, Symptoms = new Symptoms { UrgeToMoveLegs = true } };

        var categories = Evaluator.Evaluate(Of(patient)).CauseCategories;

        // idiopathic-nocturnal, the category of exclusion, comes after every other listed category.
        Assert.Equal([("mimic-not-cramp", 2.0), ("idiopathic-nocturnal", 3.0)], categories.Select(c => (c.Id, c.Score)));
        Assert.Equal([("older-age", 3.0)], categories[1].Contributions.Select(c => (c.Source, c.Weight)));
        Assert.Equal([(CategoryContribution.RestlessLegs, 2.0)], categories[0].Contributions.Select(c => (c.Source, c.Weight)));
        Assert.All(categories, c => Assert.Equal(c.Score, c.Contributions.Sum(x => x.Weight)));
    }

    [Fact]
    public void Categories_BenignPatternAndRestlessLegs_EachAddToTheirOwnCategory()
    {
        var patient = Nothing with { AgeYears = 70, Symptoms = new Symptoms { UrgeToMoveLegs = true } };

        var categories = Evaluator.Evaluate(Of(patient, NightCalf)).CauseCategories;

        Assert.Equal(
            [("older-age", 3.0), (CategoryContribution.BenignEpisodePattern, 2.0)],
            categories.Single(c => c.Id == "idiopathic-nocturnal").Contributions.Select(c => (c.Source, c.Weight)));
        Assert.Equal(
            [(CategoryContribution.RestlessLegs, 2.0)],
            categories.Single(c => c.Id == "mimic-not-cramp").Contributions.Select(c => (c.Source, c.Weight)));
    }

    [Fact]
    public void Categories_Finding_ExposesItsDefinition()
    {
        var category = Evaluator.Evaluate(Of(NightCalf)).CauseCategories[0];

        Assert.Equal("Idiopathic night / rest cramps", category.Name);
        Assert.Same(Evaluator.KnowledgeBase.Categories[0], category.Definition);
    }
}
