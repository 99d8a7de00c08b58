using static Cramps.Core.Tests.Support.Requests;

namespace Cramps.Core.Tests.Evaluation;

/// <summary>The result's warnings: inconsistent inputs reported with their paths, in the order of the knowledge base.</summary>
public sealed class WarningTests
{
    private static readonly CrampEvaluator Evaluator = new();

    private static List<(string Code, string Path)> WarningsOf(AssessmentRequest request) =>
        [.. Evaluator.Evaluate(request).Warnings.Select(w => (w.Code, w.Path))];

    [Fact]
    public void Warnings_ConsistentRequest_AreEmpty()
    {
        Assert.Empty(WarningsOf(Of(Nothing with { Pregnant = true, Sex = Sex.Female, AgeYears = 30 })));
        Assert.Empty(WarningsOf(Of()));
    }

    [Theory]
    [InlineData(9, true)]
    [InlineData(10, false)]
    [InlineData(60, false)]
    [InlineData(61, true)]
    public void PregnantAge_BelowTenOrAboveSixty_IsWarned(int age, bool warned)
    {
        var warnings = WarningsOf(Of(Nothing with { Pregnant = true, AgeYears = age }));

        Assert.Equal(warned, warnings.Contains((WarningCodes.PregnantAge, "$.patient.ageYears")));
        Assert.Empty(WarningsOf(Of(Nothing with { Pregnant = false, AgeYears = age })));
    }

    [Fact]
    public void PregnantNotFemale_OnlyForMale()
    {
        Assert.Equal([(WarningCodes.PregnantNotFemale, "$.patient.pregnant")], WarningsOf(Of(Nothing with { Pregnant = true, Sex = Sex.Male, AgeYears = 30 })));
        Assert.Empty(WarningsOf(Of(Nothing with { Pregnant = true, Sex = Sex.Other, AgeYears = 30 })));
        Assert.Empty(WarningsOf(Of(Nothing with { Pregnant = false, Sex = Sex.Male })));
    }

    [Fact]
    public void UndatedLabCounted_WhenARuleRestsOnTheUndatedResultAlone()
    {
        // An undated potassium of 2.3 beside a normal one from 2021: hypokalemia and flag-severe-potassium rest on it.
        var patient = WithLabs(Lab("potassium", 4.1, "mmol/L") with { CollectedOn = new DateOnly(2021, 3, 1) }, Lab("potassium", 2.3, "mmol/L"));

        var assessment = Evaluator.Evaluate(Of(patient));

        Assert.Equal(Urgency.Emergency, assessment.Urgency);
        Assert.Equal([(WarningCodes.UndatedLabCounted, "$.patient.labs[1]")], assessment.Warnings.Select(w => (w.Code, w.Path)));
    }

    [Fact]
    public void UndatedLabCounted_WhenARedFlagsLevelRestsOnTheUndatedResultAlone()
    {
        // The dated potassium of 2.9 makes flag-severe-potassium urgent (below 3.0); the undated 2.4 alone makes it an
        // emergency (below 2.5). The flag is present either way, but its level rests on the undated result.
        var patient = WithLabs(Lab("potassium", 2.9, "mmol/L") with { CollectedOn = new DateOnly(2026, 11, 1) }, Lab("potassium", 2.4, "mmol/L"));

        var assessment = Evaluator.Evaluate(Of(patient));

        Assert.Equal(Urgency.Emergency, assessment.Urgency);
        Assert.Equal([(WarningCodes.UndatedLabCounted, "$.patient.labs[1]")], assessment.Warnings.Select(w => (w.Code, w.Path)));
    }

    [Fact]
    public void UndatedLabCounted_NotWhenTheDatedResultGivesTheSameLevel()
    {
        var patient = WithLabs(Lab("potassium", 2.4, "mmol/L") with { CollectedOn = new DateOnly(2026, 11, 1) }, Lab("potassium", 2.3, "mmol/L"));

        Assert.Empty(WarningsOf(Of(patient)));
    }

    [Fact]
    public void UndatedLabCounted_NotWhenADatedResultMakesTheRulePresentToo()
    {
        var patient = WithLabs(Lab("potassium", 3.2, "mmol/L") with { CollectedOn = new DateOnly(2026, 11, 1) }, Lab("potassium", 3.3, "mmol/L"));

        Assert.Empty(WarningsOf(Of(patient)));
    }

    [Fact]
    public void UndatedLabCounted_NotForAnUndatedNormalResult()
    {
        Assert.Empty(WarningsOf(Of(WithLabs(Lab("potassium", 4.0, "mmol/L")))));
    }

    [Fact]
    public void UndatedLabCounted_OnlyTheResultARuleRestsOn_NotAnotherUndatedResult()
    {
        // An undated magnesium of 0.6 (below 0.70) makes hypomagnesemia present; the undated potassium of 4.0 is normal.
        var patient = WithLabs(Lab("magnesium", 0.6, "mmol/L"), Lab("potassium", 4.0, "mmol/L"));

        Assert.Equal([(WarningCodes.UndatedLabCounted, "$.patient.labs[0]")], WarningsOf(Of(patient)));
    }

    [Fact]
    public void UndatedLabCounted_EveryRuleCitingAnUndatedResultIsCheckedAgain_NotOnlyTheLast()
    {
        // hypokalemia (earlier in table order) stays present on the dated 3.2 without the undated 3.3, so that undated
        // result is not warned; hypomagnesemia (later) rests on its undated result alone.
        var patient = WithLabs(
            Lab("potassium", 3.2, "mmol/L") with { CollectedOn = new DateOnly(2026, 11, 1) },
            Lab("potassium", 3.3, "mmol/L"),
            Lab("magnesium", 0.6, "mmol/L"));

        Assert.Equal([(WarningCodes.UndatedLabCounted, "$.patient.labs[2]")], WarningsOf(Of(patient)));
    }

    [Fact]
    public void UndatedLabCounted_NotWhenARedFlagStaysPresentOnADatedResult()
    {
        // flag-severe-potassium (potassium at or above 6.5) cites both results and stays present on the dated one.
        var patient = WithLabs(Lab("potassium", 6.8, "mmol/L") with { CollectedOn = new DateOnly(2026, 11, 1) }, Lab("potassium", 6.9, "mmol/L"));

        var assessment = Evaluator.Evaluate(Of(patient));

        Assert.Contains(assessment.RedFlags, f => f.Id == "flag-severe-potassium" && f.Evidence.Count == 2);
        Assert.Empty(assessment.Warnings);
    }

    [Fact]
    public void UndatedLabCounted_NamesOnlyTheUndatedResult_NotADatedOneTheRuleAlsoCites()
    {
        // Corrected calcium reads the undated calcium of 1.95 with the dated albumin of 40 g/L: hypocalcemia cites both,
        // and without the undated calcium it is unknown, so only the calcium is warned.
        var patient = WithLabs(Lab("calcium", 1.95, "mmol/L"), Lab("albumin", 40, "g/L") with { CollectedOn = new DateOnly(2026, 11, 1) });

        var assessment = Evaluator.Evaluate(Of(patient));

        Assert.Contains(assessment.RiskFactors, f => f.Id == "hypocalcemia" && f.Evidence.Any(e => e.Path == "$.patient.labs[1]"));
        Assert.Equal([(WarningCodes.UndatedLabCounted, "$.patient.labs[0]")], assessment.Warnings.Select(w => (w.Code, w.Path)));
    }

    [Fact]
    public void UndatedLabCounted_TheContextWithoutUndatedResults_KeepsOnlyTestsWithADatedResult()
    {
        // Potassium has a dated and an undated result, magnesium an undated one only, calcium none.
        var request = Of(WithLabs(Lab("potassium", 3.2, "mmol/L") with { CollectedOn = new DateOnly(2026, 11, 1) }, Lab("potassium", 3.3, "mmol/L"), Lab("magnesium", 0.6, "mmol/L")));
        var knowledgeBase = Cramps.Core.Knowledge.KnowledgeBase.Default;
        var (potassium, magnesium, calcium) = (knowledgeBase.FindLabTest("potassium")!, knowledgeBase.FindLabTest("magnesium")!, knowledgeBase.FindLabTest("calcium")!);
        var context = new Cramps.Core.Evaluation.EvaluationContext(request, knowledgeBase, [.. knowledgeBase.Thresholds.Select(t => t.DefaultValue)], tracing: true);
        var labs = context.Labs!;

        var without = context.WithoutUndated();

        Assert.Equal((true, true, false), (context.Lab(potassium).Any, context.Lab(magnesium).Any, context.Lab(calcium).Any));
        Assert.Equal((true, false, false), (without.Lab(potassium).Any, without.Lab(magnesium).Any, without.Lab(calcium).Any));
        Assert.Equal(new DateOnly(2026, 11, 1), without.Lab(potassium).Date);
        Assert.Equal((false, true), (context.IgnoresUndated, without.IgnoresUndated));
        Assert.Equal([true, true, true], labs.Select((lab, i) => context.Counts(lab, i < 2 ? potassium : magnesium, context.Lab(lab.KnownTest!))));
        Assert.Equal([true, false, false], labs.Select((lab, i) => without.Counts(lab, i < 2 ? potassium : magnesium, without.Lab(lab.KnownTest!))));
        Assert.NotSame(context.Rules, without.Rules);
        Assert.NotNull(context.Traces);
        Assert.Null(without.Traces);
        Assert.Same(context.RequestSummary, without.RequestSummary);
        Assert.Equal((context.Patient, context.Episodes, context.Conditions, context.Medications, context.Labs), (without.Patient, without.Episodes, without.Conditions, without.Medications, without.Labs));
        Assert.Equal(context.Threshold(knowledgeBase.Thresholds[0]), without.Threshold(knowledgeBase.Thresholds[0]));
        without.Release();
        context.Release();
    }

    [Fact]
    public void MedicineAfterEpisodes_NamesTheStartDateOfEachSuchMedicine()
    {
        var patient = WithMedications(
            new Medication("lisinopril") { StartedOn = new DateOnly(2026, 11, 22) },
            new Medication("atorvastatin") { StartedOn = new DateOnly(2026, 11, 1) },
            new Medication("furosemide") { StartedOn = new DateOnly(2026, 11, 24) });
        var episode = Episode() with { StartedAt = At(2026, 11, 20, 3, 0) };

        var assessment = Evaluator.Evaluate(Of(patient, episode));

        Assert.Equal(
            [(WarningCodes.MedicineAfterEpisodes, "$.patient.medications[0].startedOn"), (WarningCodes.MedicineAfterEpisodes, "$.patient.medications[2].startedOn")],
            assessment.Warnings.Select(w => (w.Code, w.Path)));
        Assert.Empty(WarningsOf(Of(patient)));
    }

    [Fact]
    public void Warnings_AreInTheKnowledgeBasesOrder_AndNeverEchoValues()
    {
        var patient = Nothing with
        {
            Pregnant = true,
            Sex = Sex.Male,
            AgeYears = 70,
            Labs = [Lab("magnesium", 0.3, "mmol/L")],
            Medications = [new Medication("secret-name") { StartedOn = new DateOnly(2026, 11, 24) }],
        };

        var warnings = Evaluator.Evaluate(Of(patient, Episode() with { StartedAt = At(2026, 11, 20, 3, 0) })).Warnings;

        Assert.Equal(
            [WarningCodes.PregnantNotFemale, WarningCodes.PregnantAge, WarningCodes.UndatedLabCounted, WarningCodes.MedicineAfterEpisodes],
            warnings.Select(w => w.Code));
        Assert.All(warnings, w => Assert.DoesNotContain("secret-name", w.Message, StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.DoesNotContain("0.3", w.Message, StringComparison.Ordinal));
    }
    [Fact]
    public void Messages_NameTheFieldsTheyAreAbout()
    {
        // Knowledge base, warnings: "Messages name the fields, never echo free-text values."
        var patient = Nothing with
        {
            Pregnant = true,
            Sex = Sex.Male,
            AgeYears = 70,
            Labs = [Lab("magnesium", 0.3, "mmol/L")],
            Medications = [new Medication("lisinopril") { StartedOn = new DateOnly(2026, 11, 24) }],
        };

        var messages = Evaluator.Evaluate(Of(patient, Episode() with { StartedAt = At(2026, 11, 20, 3, 0) })).Warnings
            .ToDictionary(w => w.Code, w => w.Message);

        Assert.Contains("pregnant", messages[WarningCodes.PregnantNotFemale], StringComparison.Ordinal);
        Assert.Contains("sex", messages[WarningCodes.PregnantNotFemale], StringComparison.Ordinal);
        Assert.Contains("pregnant", messages[WarningCodes.PregnantAge], StringComparison.Ordinal);
        Assert.Contains("ageYears", messages[WarningCodes.PregnantAge], StringComparison.Ordinal);
        Assert.Contains("collectedOn", messages[WarningCodes.UndatedLabCounted], StringComparison.Ordinal);
        Assert.Contains("startedOn", messages[WarningCodes.MedicineAfterEpisodes], StringComparison.Ordinal);
    }

    [Fact]
    public void MedicineAfterEpisodes_NotForAMedicineStartedOnTheDayOfTheLastEpisode()
    {
        // "startedOn after the last recorded episode": the same day is not after it.
        var patient = WithMedications(new Medication("lisinopril") { StartedOn = new DateOnly(2026, 11, 20) });

        Assert.Empty(WarningsOf(Of(patient, Episode() with { StartedAt = At(2026, 11, 20, 3, 0) })));
    }

    [Fact]
    public void MedicineAfterEpisodes_ComparesWithTheLastEpisode_NotTheFirst()
    {
        // Started between two episodes: after the first but not after the last, so it may have caused the second.
        var patient = WithMedications(new Medication("lisinopril") { StartedOn = new DateOnly(2026, 11, 15) });
        var episodes = new[] { Episode() with { StartedAt = At(2026, 11, 20, 3, 0) }, Episode() with { StartedAt = At(2026, 11, 10, 3, 0) } };

        Assert.Empty(WarningsOf(Of(patient, episodes)));
    }
}
