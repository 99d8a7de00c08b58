using static Cramps.Core.Tests.Support.Requests;

namespace Cramps.Core.Tests.Evaluation;

/// <summary>
/// The trace: for every rule, the inputs that decided it (present or absent), or the inputs it misses (unknown), each
/// path once, in the order the rule reads them.
/// </summary>
public sealed class TraceTests
{
    private static readonly CrampEvaluator Evaluator = new();

    private static TraceEntry TraceOf(AssessmentRequest request, string rule) =>
        Assert.Single(Evaluator.Evaluate(request, EvaluationOptions.WithTrace).Trace!, t => t.Rule == rule);

    [Fact]
    public void AbsentLabRule_ListsTheResultsItCompared()
    {
        var trace = TraceOf(Of(WithLabs(Lab("sodium", 140, "mmol/L"), Lab("potassium", 4.0, "mmol/L"))), "hypokalemia");

        Assert.Equal(RuleOutcome.Absent, trace.Outcome);
        Assert.Equal(["$.patient.labs[1]"], trace.Inputs);
        Assert.Empty(trace.Missing);
    }

    [Fact]
    public void AbsentCalciumRule_ListsBothCalciumResults()
    {
        var trace = TraceOf(Of(WithLabs(Lab("calcium", 2.3, "mmol/L"), Lab("ionized-calcium", 1.2, "mmol/L"))), "hypocalcemia");

        Assert.Equal(RuleOutcome.Absent, trace.Outcome);
        Assert.Equal(["$.patient.labs[1]", "$.patient.labs[0]"], trace.Inputs);
    }

    [Theory]
    [InlineData("heavy-alcohol")]
    [InlineData("flag-heavy-alcohol")]
    public void InputReadTwice_IsListedOnce(string rule)
    {
        var patient = Nothing with { Sex = Sex.Male, Lifestyle = new Lifestyle { AlcoholDrinksPerWeek = 5 } };

        var trace = TraceOf(Of(patient), rule);

        Assert.Equal(RuleOutcome.Absent, trace.Outcome);
        Assert.Equal(["$.patient.lifestyle.alcoholDrinksPerWeek", "$.patient.sex"], trace.Inputs);
    }

    [Theory]
    [InlineData("heavy-alcohol")]
    [InlineData("flag-heavy-alcohol")]
    public void InputMissedTwice_IsListedOnce(string rule)
    {
        var trace = TraceOf(Of(), rule);

        Assert.Equal(RuleOutcome.Unknown, trace.Outcome);
        Assert.Empty(trace.Inputs);
        Assert.Equal(["$.patient.lifestyle.alcoholDrinksPerWeek", "$.patient.sex"], trace.Missing);
    }

    [Fact]
    public void PresentRule_ListsItsEvidencePathsOnce()
    {
        var patient = Nothing with { Sex = Sex.Female, Lifestyle = new Lifestyle { AlcoholDrinksPerWeek = 20 } };

        var trace = TraceOf(Of(patient), "heavy-alcohol");

        Assert.Equal(RuleOutcome.Present, trace.Outcome);
        Assert.Equal(["$.patient.lifestyle.alcoholDrinksPerWeek", "$.patient.sex"], trace.Inputs);
    }

    [Fact]
    public void UnknownRule_DoesNotMissTheInputsOfABranchAlreadyDecided()
    {
        // No dark urine settles the first branch of rhabdomyolysis, so new weakness no longer matters; the creatine
        // kinase branch is what keeps the flag unknown.
        var patient = With(new Symptoms { DarkOrScantUrine = false });

        var trace = TraceOf(Of(patient), "flag-rhabdomyolysis");

        Assert.Equal(RuleOutcome.Unknown, trace.Outcome);
        Assert.DoesNotContain("$.patient.symptoms.newWeakness", trace.Missing);
        Assert.Contains("$.patient.labs[?(@.test=='creatine-kinase')]", trace.Missing);
    }

    [Fact]
    public void Caffeine_Unknown_MissesBothAnswers()
    {
        var trace = TraceOf(Of(), "high-caffeine");

        Assert.Equal(["$.patient.lifestyle.caffeineMgPerDay", "$.patient.lifestyle.caffeineServingsPerDay"], trace.Missing);
    }

    [Fact]
    public void Caffeine_Absent_ListsBothAnswers()
    {
        var trace = TraceOf(Of(With(new Lifestyle { CaffeineMgPerDay = 100, CaffeineServingsPerDay = 1 })), "high-caffeine");

        Assert.Equal(RuleOutcome.Absent, trace.Outcome);
        Assert.Equal(["$.patient.lifestyle.caffeineMgPerDay", "$.patient.lifestyle.caffeineServingsPerDay"], trace.Inputs);
    }

    [Fact]
    public void NewMedicine_UndatedMedicine_MissesItsStartDate()
    {
        var request = Of(WithMedications(new Medication("atorvastatin") { StartedOn = new DateOnly(2026, 1, 1) }, new Medication("naproxen")));

        var trace = TraceOf(request, "new-medicine-temporal");

        Assert.Equal(RuleOutcome.Unknown, trace.Outcome);
        Assert.Equal(["$.patient.medications[1].startedOn"], trace.Missing);
    }

    [Fact]
    public void NewMedicine_Absent_ListsStartDatesAndTheReferenceDate()
    {
        var request = Of(WithMedications(new Medication("atorvastatin") { StartedOn = new DateOnly(2026, 1, 1) }));

        var trace = TraceOf(request, "new-medicine-temporal");

        Assert.Equal(RuleOutcome.Absent, trace.Outcome);
        Assert.Equal(["$.patient.medications[0].startedOn", "$.asOf"], trace.Inputs);
    }

    [Fact]
    public void NewMedicine_Absent_ListsTheFirstDatedEpisodeAsReference()
    {
        var request = Of(
            WithMedications(new Medication("atorvastatin") { StartedOn = new DateOnly(2026, 1, 1) }),
            Episode() with { StartedAt = null },
            Episode() with { StartedAt = At(2026, 11, 12, 3, 0) },
            Episode() with { StartedAt = At(2026, 11, 14, 3, 0) });

        var trace = TraceOf(request, "flag-new-medicine");

        Assert.Equal(["$.patient.medications[0].startedOn", "$.episodes[1].startedAt"], trace.Inputs);
    }

    [Fact]
    public void NewMedicine_NoMedicines_ListsTheEmptyList()
    {
        var trace = TraceOf(Of(WithMedications()), "new-medicine-temporal");

        Assert.Equal(RuleOutcome.Absent, trace.Outcome);
        Assert.Equal(["$.patient.medications"], trace.Inputs);
    }

    [Fact]
    public void NewMedicine_TwoEpisodesOnTheFirstDate_ListsTheEarlierInTheDiary()
    {
        var request = Of(
            WithMedications(new Medication("atorvastatin") { StartedOn = new DateOnly(2026, 1, 1) }),
            Episode() with { StartedAt = At(2026, 11, 14, 3, 0) },
            Episode() with { StartedAt = At(2026, 11, 12, 3, 0) },
            Episode() with { StartedAt = At(2026, 11, 12, 5, 0) });

        var trace = TraceOf(request, "flag-new-medicine");

        Assert.Equal(["$.patient.medications[0].startedOn", "$.episodes[1].startedAt"], trace.Inputs);
    }

    [Fact]
    public void NewMedicine_ManyUndatedMedicines_MissesEveryStartDate()
    {
        var medicines = Enumerable.Range(0, 12).Select(_ => new Medication("naproxen")).ToArray();

        var assessment = Evaluator.Evaluate(Of(WithMedications(medicines)), EvaluationOptions.WithTrace);

        var trace = Assert.Single(assessment.Trace!, t => t.Rule == "new-medicine-temporal");
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"$.patient.medications[{i}].startedOn"), trace.Missing);
        Assert.Contains("new-medicine-temporal", Assert.Single(assessment.OpenQuestions, q => q.Id == "q-all-medicines").CouldReveal);
    }

    [Fact]
    public void Unrelieved_AbsentFromTheDiary_ListsTheEpisodesThatDecidedIt()
    {
        var request = Of(
            Episode() with { DurationSeconds = 60, RelievedByStretching = true },
            Episode() with { DurationSeconds = 30, RelievedByStretching = true });

        var trace = TraceOf(request, "flag-prolonged-or-unrelieved");

        Assert.Equal(RuleOutcome.Absent, trace.Outcome);
        Assert.Equal(["$.episodes[0].durationSeconds", "$.episodes[0].relievedByStretching"], trace.Inputs);
    }

    [Fact]
    public void Unrelieved_AbsentFromTheSelfReport_ListsTheAnswers()
    {
        var request = Of(
            With(new CrampPattern { LongestMinutes = 5, RelievedByStretching = true }),
            Episode() with { DurationSeconds = 60 },
            Episode() with { DurationSeconds = 30 });

        var trace = TraceOf(request, "flag-prolonged-or-unrelieved");

        Assert.Equal(["$.patient.crampPattern.longestMinutes", "$.patient.crampPattern.relievedByStretching"], trace.Inputs);
    }

    [Fact]
    public void RuleOfRules_UnknownDependency_MissesItsInputs()
    {
        var trace = TraceOf(Of(With(new Symptoms { OneSidedLegSwelling = true })), "flag-leg-clot");

        // Urgent fires on the swelling alone; the emergency level's chest rule being unknown does not matter.
        Assert.Equal(RuleOutcome.Present, trace.Outcome);
        Assert.Equal(["$.patient.symptoms.oneSidedLegSwelling"], trace.Inputs);
    }

    [Fact]
    public void RuleOfRules_Unknown_MissesTheReferencedRulesInputs()
    {
        var trace = TraceOf(Of(With(new Symptoms { ConfusionOrFainting = true, HighTemperature = false })), "flag-heat-stroke");

        Assert.Equal(RuleOutcome.Unknown, trace.Outcome);
        Assert.Equal(
            ["$.patient.lifestyle.heatOrHeavySweating", "$.patient.lifestyle.recentVomitingOrDiarrhea"],
            trace.Missing);
    }
}
