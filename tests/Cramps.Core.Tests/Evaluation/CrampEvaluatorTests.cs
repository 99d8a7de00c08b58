using Cramps.Core.Configuration;
using Cramps.Core.Tests.Support;
using Microsoft.Extensions.Options;
using static Cramps.Core.Tests.Support.Requests;

namespace Cramps.Core.Tests.Evaluation;

public sealed class CrampEvaluatorTests
{
    private static readonly CrampEvaluator Evaluator = new();

    [Fact]
    public void Evaluate_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Evaluator.Evaluate(null!));
    }

    [Fact]
    public void Evaluate_NullOptions_Throws()
    {
        var error = Assert.Throws<ArgumentNullException>(() => Evaluator.Evaluate(new AssessmentRequest(), null!));

        Assert.Equal("options", error.ParamName);
    }

    [Fact]
    public void Constructor_NullThresholds_Throws()
    {
        Assert.Equal("thresholds", Assert.Throws<ArgumentNullException>(() => new CrampEvaluator((CrampThresholds)null!)).ParamName);
    }

    [Fact]
    public void Evaluate_ContractExample_GivesTheSpecifiedFindings()
    {
        var assessment = Evaluator.Evaluate(TestFiles.ContractExample);

        Assert.Equal(Urgency.Soon, assessment.Urgency);
        Assert.Equal(["flag-new-medicine", "flag-frequent"], assessment.UrgencyReasons);
        Assert.Equal(
            ["older-age", "chronic-kidney-disease", "heart-failure", "restricted-diet", "high-caffeine", "diuretic-thiazide", "statin", "new-medicine-temporal", "hypokalemia", "hypomagnesemia"],
            assessment.RiskFactors.Select(f => f.Id));
        Assert.Equal(["flag-new-medicine", "flag-frequent"], assessment.RedFlags.Select(f => f.Id));
        Assert.Equal(
            // medication-induced first: its red flag flag-new-medicine (soon) ranks it ahead of higher scores; the
            // category of exclusion, idiopathic-nocturnal, comes after every other.
            [("medication-induced", 9.0), ("electrolyte-disturbance", 11), ("renal-dialysis", 3), ("cardiovascular", 2), ("volume-depletion-heat", 1.5), ("lifestyle-positional", 1), ("idiopathic-nocturnal", 8)],
            assessment.CauseCategories.Select(c => (c.Id, c.Score)));
        Assert.Equal(
            ["restricted-diet", "hypokalemia", "hypomagnesemia", "chronic-kidney-disease", "heart-failure", "diuretic-thiazide"],
            assessment.CauseCategories[1].RiskFactors);
        Assert.Equal(
            ["advice-stretch-during", "advice-massage", "advice-stretch-bedtime", "advice-caffeine-alcohol", "advice-medicine-review", "advice-follow-up", "advice-no-quinine"],
            assessment.Advice.Select(a => a.Id));
        Assert.Equal(["q-repetitive-motion", "q-all-medicines", "q-activity-posture"], assessment.OpenQuestions.Select(q => q.Id));
        Assert.False(assessment.InterviewComplete);
        Assert.Empty(assessment.UnrecognisedInputs);
    }

    [Fact]
    public void Evaluate_ContractExample_ExplainsFindingsWithPathsValuesAndSources()
    {
        var assessment = Evaluator.Evaluate(TestFiles.ContractExample);

        var thiazide = Assert.Single(assessment.RiskFactors, f => f.Id == "diuretic-thiazide");
        Assert.Equal("Thiazide or thiazide-like diuretic", thiazide.Name);
        Assert.Equal("medication-induced", thiazide.Category);
        Assert.Equal(EvidenceStrength.Moderate, thiazide.Strength);
        Assert.Equal(["S1", "S7"], thiazide.Sources);
        Assert.Equal(("$.patient.medications[0]", "hydrochlorothiazide"), Only(thiazide.Evidence));

        var magnesium = Assert.Single(assessment.RiskFactors, f => f.Id == "hypomagnesemia");
        Assert.Equal(("$.patient.labs[1]", "1.6 mg/dL (0.658 mmol/L)"), Only(magnesium.Evidence));

        var newMedicine = Assert.Single(assessment.RedFlags, f => f.Id == "flag-new-medicine");
        Assert.Equal(("$.patient.medications[0].startedOn", "2026-10-14 (37 days before 2026-11-20)"), Only(newMedicine.Evidence));
        Assert.Equal(["S13"], newMedicine.Sources);
    }

    [Fact]
    public void Evaluate_Trace_HasOneEntryPerRuleInTableOrder()
    {
        var assessment = Evaluator.Evaluate(TestFiles.ContractExample, EvaluationOptions.WithTrace);

        Assert.Equal(Evaluator.KnowledgeBase.Rules.Select(r => r.Id), assessment.Trace!.Select(t => t.Rule));
        var statin = Assert.Single(assessment.Trace!, t => t.Rule == "statin");
        Assert.Equal(RuleOutcome.Present, statin.Outcome);
        Assert.Equal(["$.patient.medications[1]"], statin.Inputs);
        var loop = Assert.Single(assessment.Trace!, t => t.Rule == "diuretic-loop");
        Assert.Equal(RuleOutcome.Absent, loop.Outcome);
        Assert.Equal(["$.patient.medications"], loop.Inputs);
        var pregnancy = Assert.Single(assessment.Trace!, t => t.Rule == "pregnancy");
        Assert.Equal(RuleOutcome.Unknown, pregnancy.Outcome);
        Assert.Equal(["$.patient.pregnant"], pregnancy.Missing);
    }

    [Fact]
    public void Evaluate_AnyRequest_CarriesTheDisclaimerAndIdentity()
    {
        var assessment = Evaluator.Evaluate(Of());

        Assert.Equal(Evaluator.KnowledgeBase.Disclaimer, assessment.Disclaimer);
        Assert.Same(Evaluator.Identity, assessment.KnowledgeBase);
        Assert.Equal("1", assessment.SchemaVersion);
        Assert.Empty(assessment.KnowledgeBase.Overrides);
    }

    [Fact]
    public void Constructor_Overrides_AreListedAndChangeTheContentHash()
    {
        var evaluator = new CrampEvaluator(new CrampThresholds { PotassiumLow = 3.4, OlderAgeYears = 60 });

        Assert.Equal(["olderAgeYears", "potassiumLow"], evaluator.Identity.Overrides.Keys);
        Assert.Equal(3.4, evaluator.Identity.Overrides["potassiumLow"]);
        Assert.NotEqual(Evaluator.Identity.ContentHash, evaluator.Identity.ContentHash);
        Assert.Equal(evaluator.Identity.ContentHash, new CrampEvaluator(new CrampThresholds { PotassiumLow = 3.4, OlderAgeYears = 60 }).Identity.ContentHash);
    }

    [Fact]
    public void Constructor_Overrides_ChangeOutcomes()
    {
        var evaluator = new CrampEvaluator(new CrampThresholds { OlderAgeYears = 65 });

        Assert.DoesNotContain(evaluator.Evaluate(Of(Nothing with { AgeYears = 64 })).RiskFactors, f => f.Id == "older-age");
        Assert.Contains(Evaluator.Evaluate(Of(Nothing with { AgeYears = 64 })).RiskFactors, f => f.Id == "older-age");
    }

    [Fact]
    public void Constructor_InvalidThresholds_ThrowsWithEveryFailure()
    {
        var thresholds = new CrampThresholds { PotassiumUrgent = 2.4, TshLow = 5, EgfrLow = -1 };

        var exception = Assert.Throws<OptionsValidationException>(() => new CrampEvaluator(thresholds));

        Assert.Contains("potassiumEmergency (2.5) must be less than potassiumUrgent (2.4).", exception.Failures);
        Assert.Contains("tshLow (5) must be less than tshHigh (4.5).", exception.Failures);
        Assert.Contains(exception.Failures, f => f.Contains(nameof(CrampThresholds.EgfrLow), StringComparison.Ordinal));
        Assert.Equal(3, exception.Failures.Count());
    }


    private static (string Path, string Value) Only(IReadOnlyList<Evidence> evidence)
    {
        var single = Assert.Single(evidence);
        return (single.Path, single.Value);
    }
}
