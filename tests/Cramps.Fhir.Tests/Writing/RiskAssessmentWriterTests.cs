using Cramps.Core;
using Cramps.Core.Configuration;
using Cramps.Core.Knowledge;
using Cramps.Fhir.Tests.Support;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir.Tests.Writing;

/// <summary>The RiskAssessment: status, method, one prediction per category with its band, basis, mitigation, notes.</summary>
public sealed class RiskAssessmentWriterTests
{
    private static readonly CrampEvaluator Evaluator = new();

    private static (CrampAssessment Assessment, ValidRead Read) Example()
    {
        var read = TestData.Bundle("older-woman-on-thiazide.json");
        return (Evaluator.Evaluate(read.Request), read);
    }

    [Fact]
    public void Build_NullAssessment_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => RiskAssessmentWriter.Build(null!));
        Assert.Throws<ArgumentNullException>(() => RiskAssessmentWriter.Write(null!));
    }

    [Fact]
    public void Build_Example_FinalAboutThePatientAsOfTheDate()
    {
        var (assessment, read) = Example();

        var risk = RiskAssessmentWriter.Build(assessment, read.Context);

        Assert.Equal(R4.ObservationStatus.Final, risk.Status);
        Assert.Equal("Patient/pat-1", risk.Subject!.Reference);
        Assert.Equal("2026-11-25", Assert.IsType<R4.FhirDateTime>(risk.Occurrence).Value);
    }

    [Fact]
    public void Build_Example_MethodNamesTheEditionAndHash()
    {
        var (assessment, read) = Example();

        var method = RiskAssessmentWriter.Build(assessment, read.Context).Method!;

        var coding = Assert.Single(method.Coding);
        Assert.Equal((FhirSystems.KnowledgeBase, KnowledgeBase.KnowledgeBaseId, KnowledgeBase.CurrentEdition), (coding.System, coding.Code, coding.Version));
        Assert.Equal("cramps-kb edition 2026.2, content hash " + KnowledgeBase.Default.ContentHash, method.Text);
    }

    [Fact]
    public void Build_OverriddenThreshold_NamedInTheMethod()
    {
        var read = TestData.Bundle("older-woman-on-thiazide.json");
        var assessment = new CrampEvaluator(new CrampThresholds { PotassiumLow = 3.6 }).Evaluate(read.Request);

        var method = RiskAssessmentWriter.Build(assessment, read.Context).Method!;

        Assert.EndsWith("thresholds overridden: potassiumLow = 3.6", method.Text, StringComparison.Ordinal);
        Assert.Contains(assessment.KnowledgeBase.ContentHash, method.Text, StringComparison.Ordinal);
        Assert.NotEqual(KnowledgeBase.Default.ContentHash, assessment.KnowledgeBase.ContentHash);
    }

    [Fact]
    public void Build_Example_OnePredictionPerCategoryInRankWithItsBand()
    {
        // Spec section 3 weights: electrolyte 3+3 (K, Mg) + 1.5 (CKD) + 1 (HF) + 1.5 (thiazide) = 10;
        // medicines 3 + 2 + 1 + 3 (flag-new-medicine) = 9; idiopathic 3 + 2 = 5; renal 3; endocrine 3; cardiovascular 2; volume 1.5.
        // Order (2026.2): medicines first (a red flag of urgency soon), then by score, and idiopathic-nocturnal, a diagnosis
        // of exclusion, after every other listed category whatever its score.
        var (assessment, read) = Example();

        var predictions = RiskAssessmentWriter.Build(assessment, read.Context).Prediction;

        Assert.Equal(
            [
                ("medication-induced", "high"),
                ("electrolyte-disturbance", "high"),
                ("renal-dialysis", "moderate"),
                ("endocrine-metabolic", "moderate"),
                ("cardiovascular", "low"),
                ("volume-depletion-heat", "low"),
                ("idiopathic-nocturnal", "moderate"),
            ],
            predictions.Select(p => (Code(p.Outcome!, FhirSystems.CauseCategory), Code(p.QualitativeRisk!, FhirSystems.RiskProbability))));
        Assert.Equal("Medicines", predictions[0].Outcome!.Text);
    }

    [Fact]
    public void Build_Example_RationaleNamesScoreRiskFactorsAndRedFlags()
    {
        var (assessment, read) = Example();

        var medicines = RiskAssessmentWriter.Build(assessment, read.Context).Prediction[0];

        Assert.Equal(
            "Score 9 from risk factors Thiazide or thiazide-like diuretic (diuretic-thiazide), Statin (statin), "
            + "Medicine started shortly before the cramps (new-medicine-temporal); red flags Cramps soon after starting a medicine (flag-new-medicine).",
            medicines.Rationale);
    }

    [Fact]
    public void Build_BenignEpisodePattern_NamedInTheRationale()
    {
        var assessment = Evaluator.Evaluate(new AssessmentRequest(
            null,
            [new CrampEpisode([MuscleRegion.Calf]) { StartedAt = new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero), Setting = EpisodeSetting.Asleep }],
            TestData.Today));

        var prediction = Assert.Single(RiskAssessmentWriter.Build(assessment).Prediction);

        Assert.Equal("idiopathic-nocturnal", Code(prediction.Outcome!, FhirSystems.CauseCategory));
        Assert.Equal("low", Code(prediction.QualitativeRisk!, FhirSystems.RiskProbability));
        Assert.StartsWith("Score 2 from a benign episode pattern", prediction.Rationale, StringComparison.Ordinal);
    }

    public static TheoryData<double, string> Bands() => new()
    {
        { 0.5, "low" },
        { 2.5, "low" },
        { 2.999, "low" },
        { 3, "moderate" },
        { 5.5, "moderate" },
        { 6, "high" },
        { 14, "high" },
    };

    [Theory]
    [MemberData(nameof(Bands))]
    public void Band_Score_GivesQualitativeRisk(double score, string band)
    {
        Assert.Equal(band, RiskAssessmentWriter.Band(score).Code);
    }

    [Fact]
    public void Build_Example_BasisIsTheResourcesBehindTheEvidence()
    {
        var (assessment, read) = Example();

        var basis = RiskAssessmentWriter.Build(assessment, read.Context).Basis;

        string[] expected =
        [
            "Patient/pat-1", "Condition/hf", "Condition/ckd", "Condition/thyroid", "MedicationStatement/hctz", "MedicationRequest/statin",
            "Observation/k", "Observation/mg", "Observation/tsh", "Observation/egfr",
        ];
        Assert.Equal(expected.Order(), basis.Select(b => b.Reference).Order());
        Assert.Equal(basis.Count, basis.Select(b => b.Reference).Distinct().Count());
        Assert.DoesNotContain(basis, b => b.Reference is "Observation/na" or "Observation/k-old" or "Condition/htn");
    }

    [Fact]
    public void Build_Example_MitigationIsTheAdvice()
    {
        var (assessment, read) = Example();

        var mitigation = RiskAssessmentWriter.Build(assessment, read.Context).Mitigation;

        Assert.Equal(assessment.Advice.Select(a => a.Text), mitigation!.Split('\n'));
        Assert.Contains("Do not take quinine", mitigation, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Example_NotesAreTheUrgencyThenTheDisclaimer()
    {
        var (assessment, read) = Example();

        var notes = RiskAssessmentWriter.Build(assessment, read.Context).Note;

        Assert.Equal(
            ["Urgency: soon. See a doctor or nurse within a few days. Reasons: flag-new-medicine.", KnowledgeBase.Default.Disclaimer],
            notes.Select(n => n.Text));
    }

    [Fact]
    public void Build_InconsistentInputs_WarningsNotedBetweenTheUrgencyAndTheDisclaimer()
    {
        var assessment = Evaluator.Evaluate(TestData.Request("""{"schemaVersion":"1","patient":{"sex":"male","pregnant":true}}"""));

        var notes = RiskAssessmentWriter.Build(assessment).Note.Select(n => n.Text).ToList();

        // Knowledge base section 9: pregnant-not-female, at the path of pregnant; reported, never resolved.
        Assert.Equal(3, notes.Count);
        Assert.StartsWith("Urgency: ", notes[0], StringComparison.Ordinal);
        Assert.StartsWith("`$.patient.pregnant` (pregnant-not-female): ", notes[1], StringComparison.Ordinal);
        Assert.Equal(KnowledgeBase.Default.Disclaimer, notes[2]);
    }

    [Fact]
    public void Build_WithoutContext_SubjectByDisplayNoBasisNoDate()
    {
        var (assessment, _) = Example();

        var risk = RiskAssessmentWriter.Build(assessment);

        Assert.Null(risk.Subject!.Reference);
        Assert.Equal("Patient not identified in the input", risk.Subject.Display);
        Assert.Empty(risk.Basis);
        Assert.Null(risk.Occurrence);
    }

    [Fact]
    public void Build_ResourceWithoutReference_CitedByDisplay()
    {
        var read = TestData.Bundle("none-stated-ips.json");
        var assessment = Evaluator.Evaluate(read.Request);

        var risk = RiskAssessmentWriter.Build(assessment, read.Context);

        Assert.Equal("urn:uuid:0f3c2d51-8e77-4b0e-a1c4-5d2e9b7f3a10", risk.Subject!.Reference);
        Assert.Empty(risk.Basis);
    }

    public static TheoryData<string> Bundles() => [.. TestData.Files("bundles")];

    [Theory]
    [MemberData(nameof(Bundles))]
    public void Write_EveryExample_ParsesBackStrictlyAndValidates(string file)
    {
        var read = TestData.Bundle(file);
        var assessment = Evaluator.Evaluate(read.Request);

        var risk = FhirOutput.ParseValid<R4.RiskAssessment>(RiskAssessmentWriter.Write(assessment, read.Context, pretty: true));

        Assert.Equal(assessment.CauseCategories.Count, risk.Prediction.Count);
        Assert.Equal(KnowledgeBase.Default.Disclaimer, risk.Note[^1].Text);
    }

    [Fact]
    public void Write_NothingKnown_ParsesBackAndValidates()
    {
        var assessment = Evaluator.Evaluate(new AssessmentRequest());

        var risk = FhirOutput.ParseValid<R4.RiskAssessment>(RiskAssessmentWriter.Write(assessment));

        Assert.Empty(risk.Prediction);
        Assert.StartsWith("Urgency: routine.", risk.Note[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SameAssessment_ByteIdentical()
    {
        var (assessment, read) = Example();
        var again = Evaluator.Evaluate(TestData.Bundle("older-woman-on-thiazide.json").Request);

        Assert.Equal(RiskAssessmentWriter.Write(assessment, read.Context), RiskAssessmentWriter.Write(again, read.Context));
    }

    private static string? Code(R4.CodeableConcept concept, string system) => concept.Coding.Single(c => c.System == system).Code;
}
