using Cramps.Core.Configuration;
using static Cramps.Core.Tests.Support.Requests;

namespace Cramps.Core.Tests.Evaluation;

/// <summary>
/// The evidence of present findings: the JSON path of each input that made a rule present, with its value as the
/// request gave it (lab results with their canonical value when the unit differs), and nothing else.
/// </summary>
public sealed class EvidenceTests
{
    private static readonly CrampEvaluator Evaluator = new();

    private static (string Path, string Value)[] EvidenceOf(AssessmentRequest request, string rule, CrampEvaluator? evaluator = null)
    {
        var assessment = (evaluator ?? Evaluator).Evaluate(request);
        var evidence = assessment.RiskFactors.SingleOrDefault(f => f.Id == rule)?.Evidence
            ?? assessment.RedFlags.SingleOrDefault(f => f.Id == rule)?.Evidence
            ?? throw new Xunit.Sdk.XunitException(rule + " is not present");
        return [.. evidence.Select(e => (e.Path, e.Value))];
    }

    [Theory]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    public void YesNoAnswer_IsCitedAsGiven(bool answer, string text)
    {
        // family-history fires on true, deconditioning on "regular exercise" = false.
        var lifestyle = new Lifestyle { RegularExerciseOrStretching = answer };
        var patient = Nothing with { FamilyHistoryOfCramps = answer, Lifestyle = lifestyle };

        var rule = answer ? "family-history" : "deconditioning";
        var path = answer ? "$.patient.familyHistoryOfCramps" : "$.patient.lifestyle.regularExerciseOrStretching";
        Assert.Equal([(path, text)], EvidenceOf(Of(patient), rule));
    }

    [Theory]
    [InlineData("Atorvastatin calcium 20 mg tablet", "statin", "Atorvastatin calcium 20 mg tablet (matches atorvastatin)")]
    [InlineData("tablet of conjugated estrogens", "estrogen", "tablet of conjugated estrogens (matches conjugated estrogens)")]
    [InlineData("Estrogens, Conjugated 0.625 MG", "estrogen", "Estrogens, Conjugated 0.625 MG (matches estrogens conjugated)")]
    [InlineData("Premarin 0.625 mg", "estrogen", "Premarin 0.625 mg (matches Premarin)")]
    [InlineData("LIPITOR", "statin", "LIPITOR")]
    public void AMedicineMatchedByName_IsCitedWithTheNameThatMatched(string name, string rule, string value)
    {
        Assert.Equal([("$.patient.medications[0]", value)], EvidenceOf(Of(WithMedications(new Medication(name))), rule));
    }

    [Fact]
    public void AMedicineMatchedByItsCodeAlone_IsCitedByItsNameAsGiven()
    {
        var medication = new Medication("house brand water pill", MedicationCodeSystem.Atc, "C03AA03");

        Assert.Equal([("$.patient.medications[0]", "house brand water pill")], EvidenceOf(Of(WithMedications(medication)), "diuretic-thiazide"));
    }

    [Fact]
    public void TwoAnswersWithTheSameValue_AreBothCited()
    {
        var patient = With(new Lifestyle { RestrictedDiet = true, LowSaltDiet = true });

        Assert.Equal(
            [("$.patient.lifestyle.restrictedDiet", "true"), ("$.patient.lifestyle.lowSaltDiet", "true")],
            EvidenceOf(Of(patient), "restricted-diet"));
    }

    [Fact]
    public void SameInputReachedTwice_IsCitedOnce()
    {
        // Above the men's limit and, for a woman, above hers: both branches cite the same answer.
        var patient = Nothing with { Sex = Sex.Female, Lifestyle = new Lifestyle { AlcoholDrinksPerWeek = 20 } };

        Assert.Equal(
            [("$.patient.lifestyle.alcoholDrinksPerWeek", "20"), ("$.patient.sex", "female")],
            EvidenceOf(Of(patient), "heavy-alcohol"));
        Assert.Equal(
            [("$.patient.lifestyle.alcoholDrinksPerWeek", "20"), ("$.patient.sex", "female")],
            EvidenceOf(Of(patient), "flag-heavy-alcohol"));
    }

    [Fact]
    public void ConditionNamedTwice_ByIdAndByCode_CitesBothEntries()
    {
        var patient = WithConditions(new Condition("heart-failure"), Icd("E11.9"), Icd("I50.9"));

        Assert.Equal(
            [("$.patient.conditions[0]", "heart-failure"), ("$.patient.conditions[2]", "I50.9")],
            EvidenceOf(Of(patient), "heart-failure"));
    }

    [Fact]
    public void MedicineClassNamedTwice_ByNameAndByCode_CitesBothEntries()
    {
        var patient = WithMedications(new Medication("hydrochlorothiazide"), new Medication("atorvastatin"), Atc("C03AA03"));

        Assert.Equal(
            [("$.patient.medications[0]", "hydrochlorothiazide"), ("$.patient.medications[2]", "C03AA03")],
            EvidenceOf(Of(patient), "diuretic-thiazide"));
    }

    [Fact]
    public void Calcium_WithoutAlbumin_SaysItIsUncorrected()
    {
        Assert.Equal(
            [("$.patient.labs[0]", "2 mmol/L; albumin unknown, uncorrected")],
            EvidenceOf(Of(WithLabs(Lab("calcium", 2.0, "mmol/L"))), "hypocalcemia"));
    }

    [Fact]
    public void Calcium_WithAlbumin_CitesTheCorrectedValueAndTheAlbumin()
    {
        // 1.5 mmol/L + 0.8 × (4.0 − 3.5) g/dL × 0.2495 = 1.5998 → 1.6 mmol/L, below calciumUrgent 1.75.
        var patient = WithLabs(Lab("albumin", 3.5, "g/dL"), Lab("calcium", 1.5, "mmol/L"));

        (string, string)[] expected = [("$.patient.labs[1]", "1.5 mmol/L; corrected 1.6 mmol/L"), ("$.patient.labs[0]", "3.5 g/dL")];
        Assert.Equal(expected, EvidenceOf(Of(patient), "hypocalcemia"));
        Assert.Equal(expected, EvidenceOf(Of(patient), "flag-severe-calcium"));
    }

    [Fact]
    public void Calcium_LowAlbumin_CorrectsUpward()
    {
        // 2.0 mmol/L + 0.8 × (4.0 − 2.0) × 0.2495 = 2.3992 mmol/L: not below calciumLow 2.12.
        var patient = WithLabs(Lab("calcium", 2.0, "mmol/L"), Lab("albumin", 2.0, "g/dL"));

        var assessment = Evaluator.Evaluate(Of(patient));

        Assert.DoesNotContain(assessment.RiskFactors, f => f.Id == "hypocalcemia");
    }

    [Theory]
    [InlineData(MuscleRegion.Chest, "flag-chest-or-breathing", "chest")]
    [InlineData(MuscleRegion.Neck, "flag-atypical-site", "neck")]
    public void EpisodeSite_CitesTheEpisodesMuscles(MuscleRegion muscle, string rule, string text)
    {
        var request = Of(Episode(), Episode(MuscleRegion.Calf, muscle));

        Assert.Equal([("$.episodes[1].muscles", text)], EvidenceOf(request, rule));
    }

    [Fact]
    public void EpisodeSetting_CitesTheEpisodesSetting()
    {
        var request = Of(Episode(), Episode() with { Setting = EpisodeSetting.InHeat });

        Assert.Equal([("$.episodes[1].setting", "in-heat")], EvidenceOf(request, "fluid-loss-heat"));
    }

    [Fact]
    public void DiaryFact_FromTheSelfReport_CitesTheAnswer()
    {
        var patient = With(new CrampPattern { AfterExercise = true, RelievedByStretching = false });

        Assert.Equal([("$.patient.crampPattern.afterExercise", "true")], EvidenceOf(Of(patient), "exercise-related"));
        Assert.Equal([("$.patient.crampPattern.relievedByStretching", "false")], EvidenceOf(Of(patient), "flag-prolonged-or-unrelieved"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void DiaryFact_FromAnEpisode_CitesTheEpisode(int index)
    {
        var episodes = new[] { Episode(), Episode() };
        episodes[index] = episodes[index] with { Setting = EpisodeSetting.AfterExercise, RelievedByStretching = false };

        var request = Of(episodes);

        Assert.Equal([($"$.episodes[{index}].setting", "after-exercise")], EvidenceOf(request, "exercise-related"));
        Assert.Equal([($"$.episodes[{index}].relievedByStretching", "false")], EvidenceOf(request, "flag-prolonged-or-unrelieved"));
    }

    [Fact]
    public void DialysisEpisode_CitesTheSetting()
    {
        var request = Of(WithConditions(new Condition("hemodialysis")), Episode(), Episode() with { Setting = EpisodeSetting.DuringDialysis });

        (string, string)[] expected = [("$.patient.conditions[0]", "hemodialysis"), ("$.episodes[1].setting", "during-dialysis")];
        Assert.Equal(expected, EvidenceOf(request, "hemodialysis"));
        Assert.Equal(expected, EvidenceOf(request, "flag-dialysis-cramps"));
    }

    [Fact]
    public void LongestEpisode_FromTheSelfReport_CitesMinutes()
    {
        var request = Of(With(new CrampPattern { LongestMinutes = 15 }), Episode() with { DurationSeconds = 30 }, Episode() with { DurationSeconds = 60 });

        Assert.Equal([("$.patient.crampPattern.longestMinutes", "15 min")], EvidenceOf(request, "flag-prolonged-or-unrelieved"));
    }

    [Fact]
    public void LongestEpisode_SelfReportEqualToAnEpisode_CitesTheSelfReport()
    {
        // The diary replaces the self-report only when longer (section 9).
        var request = Of(With(new CrampPattern { LongestMinutes = 11 }), Episode() with { DurationSeconds = 660 });

        Assert.Equal([("$.patient.crampPattern.longestMinutes", "11 min")], EvidenceOf(request, "flag-prolonged-or-unrelieved"));
    }

    [Theory]
    [InlineData(0, 700, 800, "$.episodes[1].durationSeconds", "800 s")]
    [InlineData(0, 800, 700, "$.episodes[0].durationSeconds", "800 s")]
    [InlineData(0, 800, 800, "$.episodes[0].durationSeconds", "800 s")]
    [InlineData(10, 700, 800, "$.episodes[1].durationSeconds", "800 s")]
    public void LongestEpisode_FromTheDiary_CitesTheFirstLongestEpisode(double selfReportMinutes, int first, int second, string path, string text)
    {
        var pattern = selfReportMinutes > 0 ? new CrampPattern { LongestMinutes = selfReportMinutes } : CrampPattern.Unknown;
        var request = Of(With(pattern), Episode() with { DurationSeconds = first }, Episode() with { DurationSeconds = second });

        Assert.Equal([(path, text)], EvidenceOf(request, "flag-prolonged-or-unrelieved"));
    }

    [Fact]
    public void Caffeine_InMilligrams_CitesMilligramsPerDay()
    {
        var patient = With(new Lifestyle { CaffeineMgPerDay = 450 });

        Assert.Equal([("$.patient.lifestyle.caffeineMgPerDay", "450 mg/day")], EvidenceOf(Of(patient), "high-caffeine"));
    }

    [Fact]
    public void Caffeine_InServings_CitesServingsAndTheirMilligrams()
    {
        // 5 servings × caffeineMgPerServing 95 = 475 mg ≥ 400.
        var patient = With(new Lifestyle { CaffeineServingsPerDay = 5, CaffeineMgPerDay = 100 });

        Assert.Equal([("$.patient.lifestyle.caffeineServingsPerDay", "5 servings/day (475 mg)")], EvidenceOf(Of(patient), "high-caffeine"));
    }

    [Fact]
    public void Caffeine_ServingsExactlyAtTheLimit_Count()
    {
        var evaluator = new CrampEvaluator(new CrampThresholds { CaffeineMgPerServing = 100 });

        Assert.Equal(
            [("$.patient.lifestyle.caffeineServingsPerDay", "4 servings/day (400 mg)")],
            EvidenceOf(Of(With(new Lifestyle { CaffeineServingsPerDay = 4 })), "high-caffeine", evaluator));
    }

    [Fact]
    public void NewMedicine_CitesTheStartDateAgainstTheFirstDatedEpisode()
    {
        var medicine = new Medication("atorvastatin") { StartedOn = new DateOnly(2026, 10, 14) };
        var request = Of(
            WithMedications(medicine),
            Episode() with { StartedAt = At(2026, 11, 20, 2, 0) },
            Episode() with { StartedAt = null },
            Episode() with { StartedAt = At(2026, 11, 10, 1, 0) },
            Episode() with { StartedAt = At(2026, 11, 10, 23, 0) });

        Assert.Equal([("$.patient.medications[0].startedOn", "2026-10-14 (27 days before 2026-11-10)")], EvidenceOf(request, "new-medicine-temporal"));
    }

    [Fact]
    public void Widespread_CitesTheFirstMuscleOfEachBodyArea()
    {
        // Leg (calf first), then trunk (back first); the later abdomen is the same area as the back.
        var request = Of(Episode(MuscleRegion.Calf), Episode(MuscleRegion.Thigh, MuscleRegion.Back), Episode(MuscleRegion.Abdomen, MuscleRegion.Foot));

        Assert.Equal(
            [("$.episodes[0].muscles", "calf"), ("$.episodes[1].muscles", "back")],
            EvidenceOf(request, "flag-widespread"));
    }

    [Fact]
    public void Widespread_SameRegionInEveryEpisode_DoesNotFire()
    {
        var request = Of(Episode(MuscleRegion.Calf), Episode(MuscleRegion.Calf, MuscleRegion.Foot), Episode(MuscleRegion.Foot));

        Assert.DoesNotContain(Evaluator.Evaluate(request).RedFlags, f => f.Id == "flag-widespread");
    }

    [Fact]
    public void Rhabdomyolysis_CitesOnlyTheBranchThatFired()
    {
        // Dark urine with severe pain unknown and no weakness leaves the first branch unknown: its answers do not
        // explain the flag. The second branch fires: CK ≥ 5 × 200 with dark urine.
        var patient = Nothing with
        {
            Symptoms = new Symptoms { DarkOrScantUrine = true, NewWeakness = false },
            Labs = [Lab("creatine-kinase", 1000, "U/L")],
        };

        Assert.Equal(
            [("$.patient.labs[0]", "1000 U/L"), ("$.patient.symptoms.darkOrScantUrine", "true")],
            EvidenceOf(Of(patient), "flag-rhabdomyolysis"));
    }

    [Fact]
    public void Rhabdomyolysis_DarkUrineWithPain_CitesBothAnswers()
    {
        var patient = Nothing with
        {
            Symptoms = new Symptoms { SevereMusclePainOrSwelling = true, DarkOrScantUrine = true },
        };

        Assert.Equal(
            [("$.patient.symptoms.darkOrScantUrine", "true"), ("$.patient.symptoms.severeMusclePainOrSwelling", "true")],
            EvidenceOf(Of(patient), "flag-rhabdomyolysis"));
    }

    [Fact]
    public void LaterLevel_CitesOnlyItsOwnInputs()
    {
        // flag-leg-clot: the emergency level needs chest pain too; without it the urgent level fires on the swelling alone.
        var patient = With(new Symptoms { OneSidedLegSwelling = true, ChestPainOrBreathlessness = false });

        Assert.Equal([("$.patient.symptoms.oneSidedLegSwelling", "true")], EvidenceOf(Of(patient), "flag-leg-clot"));
    }

    [Fact]
    public void DiaryFrequency_CitesTheCountAndWindow()
    {
        // Twelve episodes from 2026-11-13 to 2026-11-24: a rate over the 13 days from the earliest to asOf.
        var episodes = Enumerable.Range(0, 12).Select(i => Episode() with { StartedAt = At(2026, 11, 24 - i, 2, 0) }).ToArray();

        Assert.Equal([("$.episodes", "12 episodes in the 13 days to 2026-11-25")], EvidenceOf(Of(episodes), "flag-frequent"));
    }
}
