using static Cramps.Core.Tests.Support.Requests;

namespace Cramps.Core.Tests.Evaluation;

/// <summary>Unrecognised codes and names are warnings with paths, never errors, and otherwise ignored.</summary>
public sealed class UnrecognisedInputTests
{
    private static readonly CrampEvaluator Evaluator = new();

    [Fact]
    public void Unrecognised_EveryKind_ListedWithPathValueAndReason()
    {
        var patient = Nothing with
        {
            Conditions = [new Condition("gout"), Icd("I10"), new Condition("heart-failure")],
            Medications = [new Medication("zzz"), Atc("C09AA05"), new Medication("furosemide")],
            Labs = [Lab("ferritin", 30, "ng/mL"), new LabResult(null, "0000-0", 1, "x"), Lab("potassium", 4, "mmol/L")],
        };

        var assessment = Evaluator.Evaluate(Of(patient));

        Assert.Equal(
            [
                ("$.patient.conditions[0]", "gout", "unknown condition id"),
                ("$.patient.conditions[1]", "I10", "code not in the knowledge base"),
                ("$.patient.medications[0]", "zzz", "unknown medicine name"),
                ("$.patient.medications[1]", "C09AA05", "ATC code not in the knowledge base"),
                ("$.patient.labs[0]", "ferritin", "unknown lab test id"),
                ("$.patient.labs[1]", "0000-0", "unknown LOINC code"),
            ],
            assessment.UnrecognisedInputs.Select(u => (u.Path, u.Value, u.Reason)));
        Assert.Contains(assessment.RiskFactors, f => f.Id == "heart-failure");
        Assert.Contains(assessment.RiskFactors, f => f.Id == "diuretic-loop");
    }

    [Fact]
    public void Unrecognised_NameRecognisedButCodeNot_IsRecognised()
    {
        var assessment = Evaluator.Evaluate(Of(WithMedications(new Medication("atorvastatin", MedicationCodeSystem.Atc, "X99"))));

        Assert.Empty(assessment.UnrecognisedInputs);
        Assert.Contains(assessment.RiskFactors, f => f.Id == "statin");
    }

    [Fact]
    public void Unrecognised_ConditionListWithOnlyUnknownCodes_StillMakesConditionRulesAbsent()
    {
        var trace = Evaluator.Evaluate(Of(WithConditions(Icd("I10"))), EvaluationOptions.WithTrace).Trace!;

        Assert.Equal(RuleOutcome.Absent, Assert.Single(trace, t => t.Rule == "heart-failure").Outcome);
    }
}
