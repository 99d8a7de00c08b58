using static Cramps.Core.Tests.Support.Requests;

namespace Cramps.Core.Tests.Evaluation;

/// <summary>Section 4: highest urgency wins; the baseline rule; the reasons behind the urgency.</summary>
public sealed class UrgencyTests
{
    private static readonly CrampEvaluator Evaluator = new();

    private static readonly CrampEpisode NightCalf = Episode() with { Setting = EpisodeSetting.Asleep, DurationSeconds = 120, RelievedByStretching = true };

    [Fact]
    public void Urgency_SeveralFlags_HighestWins()
    {
        var patient = With(new Symptoms { ChestPainOrBreathlessness = true, LegPainWithWalkingEasedByRest = true });

        var assessment = Evaluator.Evaluate(Of(patient, NightCalf));

        Assert.Equal(Urgency.Emergency, assessment.Urgency);
        Assert.Equal(["flag-chest-or-breathing", "flag-claudication"], assessment.UrgencyReasons);
    }

    [Fact]
    public void Baseline_BenignCategories_AreTheFourOfSection4()
    {
        // Section 4 names four; no moderate or strong factor of lifestyle-positional exists in this edition, so only
        // the list itself shows that category is there.
        var policies = Cramps.Core.Knowledge.KnowledgeBase.Default.Policies;
        Assert.Equal(["idiopathic-nocturnal", "exercise-associated", "lifestyle-positional", "pregnancy-associated"], policies.BaselineBenignCategories);
        Assert.All(policies.BaselineBenignCategories, id => Assert.Contains(Cramps.Core.Knowledge.KnowledgeBase.Default.Categories, c => c.Id == id));
    }

    [Theory]
    [InlineData("older-age")]
    [InlineData("pregnancy")]
    [InlineData("exercise-related")]
    [InlineData("repetitive-motion-fatigue")]
    public void Urgency_ModerateOrStrongFactorOfABenignCategory_IsSelfCare(string factor)
    {
        var patient = factor switch
        {
            "older-age" => Nothing with { AgeYears = 80 },
            "pregnancy" => Nothing with { Pregnant = true },
            "exercise-related" => With(new CrampPattern { AfterExercise = true }),
            _ => With(new Lifestyle { RepetitiveMotionFatigue = true }),
        };

        // A fresh evaluator: the benign categories are resolved when it is built.
        var assessment = new CrampEvaluator().Evaluate(Of(patient, NightCalf));

        Assert.Contains(assessment.RiskFactors, f => f.Id == factor);
        Assert.Equal(Urgency.SelfCare, assessment.Urgency);
    }

    [Fact]
    public void Urgency_SeveralEpisodesOutsideCalfOrFoot_GiveTheReasonOnce()
    {
        var thigh = new CrampEpisode([MuscleRegion.Thigh]) { StartedAt = NightCalf.StartedAt, Setting = EpisodeSetting.Asleep };

        // Two episodes: fewer than three a week, so flag-frequent stays out of the reasons.
        var assessment = Evaluator.Evaluate(Of(thigh, thigh));

        Assert.Equal([BaselineReasons.EpisodeSite], assessment.UrgencyReasons);
    }

    [Fact]
    public void Urgency_OnlyBenignCategoryFactors_IsSelfCare()
    {
        var patient = Nothing with { AgeYears = 80, Pregnant = true, Lifestyle = new Lifestyle { RepetitiveMotionFatigue = true, ProlongedSittingOrStanding = true } };

        var assessment = Evaluator.Evaluate(Of(patient, NightCalf));

        Assert.Equal(Urgency.SelfCare, assessment.Urgency);
        Assert.Empty(assessment.UrgencyReasons);
    }

    [Fact]
    public void Urgency_ModerateFactorOutsideBenignCategories_IsRoutineWithBaselineFactorAsReason()
    {
        var assessment = Evaluator.Evaluate(Of(WithConditions(new Condition("diabetes")), NightCalf));

        Assert.Equal(Urgency.Routine, assessment.Urgency);
        Assert.Equal([BaselineReasons.Factor], assessment.UrgencyReasons);
    }

    [Fact]
    public void Urgency_WeakFactorOutsideBenignCategories_StaysSelfCare()
    {
        var assessment = Evaluator.Evaluate(Of(WithConditions(new Condition("heart-failure")), NightCalf));

        Assert.Equal(Urgency.SelfCare, assessment.Urgency);
    }

    [Fact]
    public void Urgency_EpisodeOutsideCalfOrFoot_IsRoutine()
    {
        var assessment = Evaluator.Evaluate(Of(new CrampEpisode([MuscleRegion.Thigh]) { StartedAt = NightCalf.StartedAt, Setting = EpisodeSetting.Asleep }));

        Assert.Equal(Urgency.Routine, assessment.Urgency);
        Assert.Equal([BaselineReasons.EpisodeSite], assessment.UrgencyReasons);
    }

    [Fact]
    public void Urgency_NothingKnownAboutTheEpisodes_IsRoutine()
    {
        var assessment = Evaluator.Evaluate(Of(Nothing with { AgeYears = 30, Sex = Sex.Male }));

        Assert.Equal(Urgency.Routine, assessment.Urgency);
        Assert.Equal([BaselineReasons.NothingKnown], assessment.UrgencyReasons);
    }

    [Fact]
    public void Urgency_EmptyRequest_IsRoutine()
    {
        var assessment = Evaluator.Evaluate(new AssessmentRequest());

        Assert.Equal(Urgency.Routine, assessment.Urgency);
    }

    [Fact]
    public void Urgency_CrampPatternAnswered_CountsAsKnowingTheEpisodes()
    {
        var assessment = Evaluator.Evaluate(Of(With(new CrampPattern { EpisodesPerWeek = 1 })));

        Assert.Equal(Urgency.SelfCare, assessment.Urgency);
    }

    [Fact]
    public void Urgency_RoutineFlagWithBaselineReasons_ListsOnlyFlags()
    {
        var patient = WithConditions(new Condition("diabetes")) with { CrampPattern = new CrampPattern { EpisodesPerWeek = 5 } };

        var assessment = Evaluator.Evaluate(Of(patient));

        Assert.Equal(Urgency.Routine, assessment.Urgency);
        Assert.Equal(["flag-frequent"], assessment.UrgencyReasons);
    }
}
