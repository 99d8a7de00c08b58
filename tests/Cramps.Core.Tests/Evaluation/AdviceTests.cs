using static Cramps.Core.Tests.Support.Requests;

namespace Cramps.Core.Tests.Evaluation;

/// <summary>Section 8: each advice item's condition, and the fixed order.</summary>
public sealed class AdviceTests
{
    private static readonly CrampEvaluator Evaluator = new();

    private static readonly CrampEpisode NightCalf = Episode() with { Setting = EpisodeSetting.Asleep, DurationSeconds = 120, RelievedByStretching = true };

    private static List<string> AdviceFor(PatientHistory patient, params CrampEpisode[] episodes) =>
        [.. Evaluator.Evaluate(Of(patient, episodes.Length == 0 ? [NightCalf] : episodes)).Advice.Select(a => a.Id)];

    [Fact]
    public void Advice_SelfCareWithNothingElse_IsStretchingAndNoQuinine()
    {
        Assert.Equal(["advice-stretch-during", "advice-stretch-bedtime", "advice-no-quinine"], AdviceFor(Nothing));
    }

    [Fact]
    public void Advice_Emergency_OnlyCallEmergencyServices()
    {
        // Principle 8: at emergency nothing but the emergency advice (and its first aid) is shown.
        var advice = AdviceFor(With(new Symptoms { ChestPainOrBreathlessness = true }));

        Assert.Equal(["advice-emergency"], advice);
    }

    [Fact]
    public void Advice_Urgent_ContactADoctorTodayAndNoSelfCare()
    {
        // Principle 8: at urgent, self-care advice (levels up to soon) is withheld.
        var advice = AdviceFor(With(new Symptoms { NewWeakness = true }));

        Assert.Equal(["advice-urgent"], advice);
    }

    [Fact]
    public void Advice_Hydration_WhenHeatOrExerciseWithoutFluidRestriction()
    {
        Assert.Contains("advice-hydration", AdviceFor(With(new CrampPattern { AfterExercise = true })));
        Assert.Contains("advice-hydration", AdviceFor(With(new Lifestyle { HeatOrHeavySweating = true })));
        Assert.DoesNotContain("advice-hydration", AdviceFor(With(new Lifestyle { HeatOrHeavySweating = true, FluidRestriction = true })));
        Assert.DoesNotContain("advice-hydration", AdviceFor(Nothing));
    }

    [Fact]
    public void Advice_HeatRest_WhenFluidLossOrHeat()
    {
        Assert.Contains("advice-heat-rest", AdviceFor(Nothing, NightCalf with { Setting = EpisodeSetting.InHeat }));
        Assert.DoesNotContain("advice-heat-rest", AdviceFor(With(new CrampPattern { AfterExercise = true })));
    }

    [Fact]
    public void Advice_CaffeineAlcohol_WhenEitherIsHigh()
    {
        Assert.Contains("advice-caffeine-alcohol", AdviceFor(With(new Lifestyle { CaffeineMgPerDay = 500 })));
        Assert.Contains("advice-caffeine-alcohol", AdviceFor(With(new Lifestyle { AlcoholDrinksPerWeek = 20 })));
        Assert.DoesNotContain("advice-caffeine-alcohol", AdviceFor(With(new Lifestyle { CaffeineMgPerDay = 100, AlcoholDrinksPerWeek = 1 })));
    }

    [Fact]
    public void Advice_MedicineReview_WhenAnyMedicineFactorIsPresent()
    {
        Assert.Contains("advice-medicine-review", AdviceFor(WithMedications(new Medication("naproxen"))));
        Assert.DoesNotContain("advice-medicine-review", AdviceFor(WithMedications(new Medication("paracetamol"))));
    }

    [Fact]
    public void Advice_FluidRestriction_WhenRestrictedOrOnDialysis()
    {
        Assert.Contains("advice-fluid-restriction", AdviceFor(With(new Lifestyle { FluidRestriction = true })));
        Assert.Contains("advice-fluid-restriction", AdviceFor(WithConditions(new Condition("hemodialysis"))));
        Assert.DoesNotContain("advice-fluid-restriction", AdviceFor(With(new Lifestyle { FluidRestriction = false })));
    }

    [Fact]
    public void Advice_Pregnancy_WhenPregnant()
    {
        Assert.Contains("advice-pregnancy", AdviceFor(Nothing with { Pregnant = true }));
        Assert.DoesNotContain("advice-pregnancy", AdviceFor(Nothing with { Pregnant = false }));
    }

    [Fact]
    public void Advice_Posture_WhenSittingOrDeconditioned()
    {
        Assert.Contains("advice-posture", AdviceFor(With(new Lifestyle { ProlongedSittingOrStanding = true })));
        Assert.Contains("advice-posture", AdviceFor(With(new Lifestyle { RegularExerciseOrStretching = false })));
        Assert.DoesNotContain("advice-posture", AdviceFor(With(new Lifestyle { ProlongedSittingOrStanding = false, RegularExerciseOrStretching = true })));
    }

    [Fact]
    public void Advice_FollowUp_WhenRoutineOrHigherOrFrequent()
    {
        Assert.Contains("advice-follow-up", AdviceFor(WithConditions(new Condition("diabetes"))));
        Assert.Contains("advice-follow-up", AdviceFor(With(new CrampPattern { EpisodesPerWeek = 4 })));
        Assert.DoesNotContain("advice-follow-up", AdviceFor(Nothing));
    }

    [Fact]
    public void Advice_Magnesium_WhenOlderWithoutElectrolyteFactor()
    {
        Assert.Contains("advice-magnesium", AdviceFor(Nothing with { AgeYears = 70 }));
        Assert.DoesNotContain("advice-magnesium", AdviceFor(Nothing with { AgeYears = 70, Labs = [Lab("magnesium", 0.5, "mmol/L")] }));
        Assert.DoesNotContain("advice-magnesium", AdviceFor(Nothing with { AgeYears = 40 }));
    }

    [Fact]
    public void Advice_NoQuinine_IsAlwaysGivenAndNothingRecommendsQuinine()
    {
        var assessment = Evaluator.Evaluate(Of());

        Assert.Contains(assessment.Advice, a => a.Id == "advice-no-quinine");
        // Only two items mention quinine: one warns against it, one asks to tell the clinician it was taken.
        Assert.Equal(
            ["advice-quinine-taken", "advice-no-quinine"],
            Evaluator.KnowledgeBase.Advice.Where(a => a.Text.Contains("quinine", StringComparison.OrdinalIgnoreCase)).Select(a => a.Id));
        Assert.StartsWith("Do not take quinine", Evaluator.KnowledgeBase.Advice.Single(a => a.Id == "advice-no-quinine").Text, StringComparison.Ordinal);
        Assert.StartsWith("Tell your doctor that you have taken quinine", Evaluator.KnowledgeBase.Advice.Single(a => a.Id == "advice-quinine-taken").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Advice_Order_FollowsTheKnowledgeBase()
    {
        var advice = Evaluator.Evaluate(TestFilesContract()).Advice.Select(a => a.Id).ToList();
        var order = Evaluator.KnowledgeBase.Advice.Select(a => a.Id).ToList();

        Assert.Equal(advice.OrderBy(order.IndexOf), advice);
    }

    private static AssessmentRequest TestFilesContract() => Support.TestFiles.ContractExample;
}
