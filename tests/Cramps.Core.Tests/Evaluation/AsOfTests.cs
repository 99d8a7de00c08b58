using static Cramps.Core.Tests.Support.Requests;

namespace Cramps.Core.Tests.Evaluation;

/// <summary>"Today" comes from the request: asOf, else the latest episode, else the latest lab or medicine date.</summary>
public sealed class AsOfTests
{
    private static readonly int[] TwoDays = [19, 25];

    private static readonly CrampEvaluator Evaluator = new();

    private static RuleOutcome Outcome(AssessmentRequest request, string rule) =>
        Assert.Single(Evaluator.Evaluate(request, EvaluationOptions.WithTrace).Trace!, t => t.Rule == rule).Outcome;

    [Fact]
    public void AsOfAbsent_LatestEpisodeIsToday()
    {
        var episodes = Enumerable.Range(0, 12).Select(i => Episode() with { StartedAt = At(2026, 3, 1 + i, 3, 0) }).ToArray();

        Assert.Equal(RuleOutcome.Present, Outcome(new AssessmentRequest(null, episodes), "flag-frequent"));
    }

    [Fact]
    public void AsOfAbsent_NoEpisodes_LatestLabOrMedicineDateIsToday()
    {
        var medicine = new Medication("lisinopril") { StartedOn = new DateOnly(2026, 1, 10) };
        var lab = Lab("sodium", 140, "mmol/L") with { CollectedOn = new DateOnly(2026, 6, 1) };

        Assert.Equal(RuleOutcome.Present, Outcome(new AssessmentRequest(WithMedications(medicine)), "new-medicine-temporal"));
        Assert.Equal(RuleOutcome.Absent, Outcome(new AssessmentRequest(WithMedications(medicine) with { Labs = [lab] }), "new-medicine-temporal"));
    }

    [Fact]
    public void AsOfAbsent_NoEpisodes_TheLatestLabDateIsToday_WhateverTheOrderOfTheResults()
    {
        // Today is 2026-06-01 from the first result, so the medicine of 2026-01-10 is not new; a later result collected
        // earlier, or undated, does not move today back.
        var medicine = new Medication("lisinopril") { StartedOn = new DateOnly(2026, 1, 10) };
        var latest = Lab("sodium", 140, "mmol/L") with { CollectedOn = new DateOnly(2026, 6, 1) };
        var earlier = Lab("potassium", 4.1, "mmol/L") with { CollectedOn = new DateOnly(2026, 1, 5) };
        var undated = Lab("magnesium", 0.8, "mmol/L");

        Assert.Equal(RuleOutcome.Absent, Outcome(new AssessmentRequest(WithMedications(medicine) with { Labs = [latest, earlier] }), "new-medicine-temporal"));
        Assert.Equal(RuleOutcome.Absent, Outcome(new AssessmentRequest(WithMedications(medicine) with { Labs = [latest, undated] }), "new-medicine-temporal"));
        Assert.Equal(RuleOutcome.Absent, Outcome(new AssessmentRequest(WithMedications(medicine) with { Labs = [earlier, latest] }), "new-medicine-temporal"));
    }

    [Fact]
    public void AsOfAbsent_NoDateAnywhere_TimeRulesAreUnknown()
    {
        var request = new AssessmentRequest(WithMedications(new Medication("lisinopril")) with { Medications = [new Medication("x") { StartedOn = null }] });

        Assert.Equal(RuleOutcome.Unknown, Outcome(request, "new-medicine-temporal"));
        var undated = new CrampEpisode([MuscleRegion.Calf]);
        Assert.Equal(RuleOutcome.Unknown, Outcome(new AssessmentRequest(null, [undated]), "flag-frequent"));
    }

    [Fact]
    public void Frequency_UndatedEpisodesBelowTheLimit_AreUnknown()
    {
        // Two dated episodes in the last week are 2 a week; the undated one could make it 3.
        var dated = TwoDays.Select(day => Episode() with { StartedAt = At(2026, 11, day, 3, 0) });
        var request = Of([.. dated, new CrampEpisode([MuscleRegion.Calf])]);

        Assert.Equal(RuleOutcome.Unknown, Outcome(request, "flag-frequent"));
    }

    [Fact]
    public void NewMedicine_NoMedicationsAtAll_IsAbsentEvenWithoutADate()
    {
        Assert.Equal(RuleOutcome.Absent, Outcome(new AssessmentRequest(WithMedications()), "new-medicine-temporal"));
    }

    [Fact]
    public void NewMedicine_MedicinesButNoDateToCompare_IsUnknownAndMissesAsOf()
    {
        var request = new AssessmentRequest(WithMedications(new Medication("lisinopril")));
        var trace = Assert.Single(Evaluator.Evaluate(request, EvaluationOptions.WithTrace).Trace!, t => t.Rule == "new-medicine-temporal");

        Assert.Equal(["$.asOf"], trace.Missing);
    }
}
