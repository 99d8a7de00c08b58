using Cramps.Core.Tests.Support;
using CsCheck;

namespace Cramps.Core.Tests.Evaluation;

/// <summary>
/// The safety properties of edition 2026.2, over generated requests: advice never contradicts the urgency, nothing is
/// asked at an emergency, no massage while a clot is possible, no text recommends quinine or stopping a medicine, and
/// an abnormal lab result, dated or not, never lowers the urgency.
/// </summary>
public sealed class SafetyPropertyTests
{
    private static readonly int Iterations = Budget.Iterations(400);
    private static readonly CrampEvaluator Evaluator = new();

    /// <summary>Advice that may be shown at urgent or emergency (principle 8); everything else is self-care advice.</summary>
    private static readonly Dictionary<Urgency, string[]> AllowedAtHighUrgency = new()
    {
        [Urgency.Urgent] = ["advice-urgent", "advice-leg-clot", "advice-medicine-review", "advice-quinine-taken", "advice-fluid-restriction"],
        [Urgency.Emergency] = ["advice-emergency", "advice-heat-stroke-first-aid", "advice-leg-clot"],
    };

    /// <summary>Abnormal results, one per lab rule, in the units the generators use.</summary>
    private static readonly LabResult[] AbnormalLabs =
    [
        new("potassium", 2.3, "mmol/L"), new("potassium", 6.7, "mmol/L"), new("sodium", 118, "mmol/L"), new("magnesium", 0.3, "mmol/L"),
        new("calcium", 1.6, "mmol/L"), new("ionized-calcium", 0.7, "mmol/L"), new("creatine-kinase", 2500, "U/L"), new("egfr", 25, "mL/min/1.73m2"),
        new("tsh", 9, "mIU/L"),
    ];

    private static readonly Gen<(AssessmentRequest Request, LabResult Lab)> WithAbnormalLab =
        Gen.Select(Generators.Request, Gen.OneOf(AbnormalLabs), Generators.PastDate, (request, lab, date) => (request, lab with { CollectedOn = date }));

    [Fact]
    public void AdviceAtUrgentOrEmergency_IsOnlyAdviceOfThoseLevels()
    {
        Generators.Request.Sample(
            request =>
            {
                var assessment = Evaluator.Evaluate(request);
                if (AllowedAtHighUrgency.TryGetValue(assessment.Urgency, out var allowed))
                {
                    Assert.All(assessment.Advice, a => Assert.Contains(a.Id, allowed));
                }

                Assert.All(assessment.Advice, a => Assert.Contains(assessment.Urgency, Evaluator.KnowledgeBase.Advice.Single(r => r.Id == a.Id).Levels));
            },
            iter: Iterations);
    }

    [Fact]
    public void Emergency_HasNoOpenQuestionAndACompleteInterview()
    {
        Generators.Request.Sample(
            request =>
            {
                var assessment = Evaluator.Evaluate(request);
                if (assessment.Urgency == Urgency.Emergency)
                {
                    Assert.Empty(assessment.OpenQuestions);
                    Assert.True(assessment.InterviewComplete);
                    Assert.Contains(assessment.Advice, a => a.Id == "advice-emergency");
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Massage_OnlyWhenOneSidedLegSwellingIsDenied()
    {
        Generators.Request.Sample(
            request =>
            {
                var massage = Evaluator.Evaluate(request).Advice.Any(a => a.Id == "advice-massage");
                Assert.True(!massage || request.Patient.Symptoms.OneSidedLegSwelling == false);
            },
            iter: Iterations);
    }

    [Fact]
    public void NoOutputText_RecommendsQuinineOrStoppingAMedicine()
    {
        Generators.Request.Sample(
            request =>
            {
                var assessment = Evaluator.Evaluate(request);
                string[] texts = [.. assessment.Advice.Select(a => a.Text), .. assessment.OpenQuestions.Select(q => q.Text), assessment.Disclaimer];
                foreach (var text in texts)
                {
                    // Quinine appears only in "Do not take quinine …" and "Tell your doctor that you have taken quinine …".
                    Assert.DoesNotContain("take quinine", text.Replace("not take quinine", string.Empty, StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
                    Assert.DoesNotContain("stop taking", text, StringComparison.OrdinalIgnoreCase);
                    Assert.DoesNotContain("stop your", text, StringComparison.OrdinalIgnoreCase);
                }

                foreach (var advice in assessment.Advice.Where(a => a.Text.Contains("medicine", StringComparison.OrdinalIgnoreCase) && a.Text.Contains("stop", StringComparison.OrdinalIgnoreCase)))
                {
                    Assert.Contains("Do not stop it on your own", advice.Text, StringComparison.Ordinal);
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void AddingAnAbnormalLab_NeverLowersUrgency()
    {
        WithAbnormalLab.Sample(
            pair =>
            {
                var (request, lab) = pair;
                var before = Evaluator.Evaluate(request).Urgency;
                var patient = request.Patient with { Labs = [.. request.Patient.Labs ?? [], lab] };
                var after = Evaluator.Evaluate(new AssessmentRequest(patient, request.Episodes, request.AsOf)).Urgency;
                Assert.True(after >= before, $"{before} became {after} after adding {lab.Test} {lab.Value}");
            },
            iter: Iterations);
    }

    [Fact]
    public void AnUndatedAbnormalLab_NeverLowersUrgencyAgainstLeavingItOut()
    {
        WithAbnormalLab.Sample(
            pair =>
            {
                var (request, lab) = pair;
                var without = Evaluator.Evaluate(request);
                var patient = request.Patient with { Labs = [.. request.Patient.Labs ?? [], lab with { CollectedOn = null }] };
                var with = Evaluator.Evaluate(new AssessmentRequest(patient, request.Episodes, request.AsOf));
                Assert.True(with.Urgency >= without.Urgency, $"{without.Urgency} became {with.Urgency} with an undated {lab.Test} {lab.Value}");
            },
            iter: Iterations);
    }

    [Fact]
    public void PregnantMale_IsWarnedAndTheStatedValuesAreStillUsed()
    {
        // Principle 10: the inconsistency is reported, never silently resolved.
        Generators.Request.Sample(
            request =>
            {
                var flagged = request.Patient with { Pregnant = true, Sex = Sex.Male };
                var consistent = request.Patient with { Pregnant = true, Sex = Sex.Female };
                var asMale = Evaluator.Evaluate(new AssessmentRequest(flagged, request.Episodes, request.AsOf));
                var asFemale = Evaluator.Evaluate(new AssessmentRequest(consistent, request.Episodes, request.AsOf));
                Assert.Contains(asMale.Warnings, w => w.Code == WarningCodes.PregnantNotFemale && w.Path == "$.patient.pregnant");
                Assert.DoesNotContain(asFemale.Warnings, w => w.Code == WarningCodes.PregnantNotFemale);
                Assert.Contains(asMale.RiskFactors, f => f.Id == "pregnancy");
                Assert.All(asMale.Warnings, w => Assert.StartsWith("$.", w.Path, StringComparison.Ordinal));
            },
            iter: Iterations);
    }
}
