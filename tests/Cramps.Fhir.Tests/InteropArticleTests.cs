using System.Text.Json;
using Cramps.Core;
using Cramps.Core.Serialization;
using Cramps.Fhir.Tests.Support;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir.Tests;

/// <summary>The worked example of docs/articles/interop.md, run as written; every output the article shows is checked here.</summary>
public sealed class InteropArticleTests
{
    [Fact]
    public void WorkedExample_ProducesWhatTheArticleShows()
    {
        var bundleJson = TestData.Text("vignettes-fhir", "p03-claudication.json");

        // The article's code, as written.
        var read = FhirRequestReader.Read(bundleJson, asOf: new DateOnly(2026, 11, 25));
        Assert.True(read.IsValid);
        Assert.Empty(read.Unmapped);

        var request = new AssessmentRequest(
            read.Request.Patient with { Symptoms = new Symptoms { LegPainWithWalkingEasedByRest = true } },
            read.Request.Episodes,
            read.Request.AsOf);

        var assessment = new CrampEvaluator().Evaluate(request);
        string riskAssessment = RiskAssessmentWriter.Write(assessment, read.Context);
        string cdsResponse = CdsHooksWriter.Write(assessment, read.Context);

        // The request the article shows.
        Assert.Equal(
            """{"schemaVersion":"1","asOf":"2026-11-25","patient":{"ageYears":71,"sex":"male","conditions":[{"system":"icd-10-cm","code":"I73.9","display":"Peripheral vascular disease, unspecified"}]},"episodes":[]}""",
            CrampJson.Serialize(read.Request));
        Assert.Equal(Urgency.Soon, assessment.Urgency);
        Assert.Equal(["flag-claudication"], assessment.RedFlags.Select(f => f.Id));

        // The RiskAssessment the article shows (abridged there).
        var risk = FhirOutput.ParseValid<R4.RiskAssessment>(riskAssessment);
        Assert.Equal("Patient/p03", risk.Subject!.Reference);
        Assert.Equal("2026-11-25", ((R4.FhirDateTime)risk.Occurrence!).Value);
        Assert.Equal(["Patient/p03", "Condition/p03-pad"], risk.Basis.Select(b => b.Reference));
        Assert.Equal(
            [
                ("idiopathic-nocturnal", "moderate", "Score 3 from risk factors Older age (older-age)."),
                ("cardiovascular", "moderate", "Score 3 from risk factors Peripheral artery disease (peripheral-artery-disease)."),
                ("mimic-not-cramp", "moderate", "Score 3 from red flags Leg pain on walking that eases with rest (flag-claudication)."),
            ],
            risk.Prediction.Select(p => (p.Outcome!.Coding[0].Code, p.QualitativeRisk!.Coding[0].Code, p.Rationale)));
        Assert.Equal("Urgency: soon. See a clinician within a few days. Reasons: flag-claudication.", risk.Note[0].Text);

        // The cards the article shows.
        using var response = JsonDocument.Parse(cdsResponse);
        var cards = response.RootElement.GetProperty("cards").EnumerateArray().ToList();
        Assert.Equal(
            [
                ("warning", "Leg pain on walking that eases with rest: See a clinician within a few days.", "Cramps knowledge base 2026.1 (S13, S15)"),
                ("warning", "Muscle cramp assessment: soon. See a clinician within a few days. Red flags: 1.", "Cramps knowledge base 2026.1"),
            ],
            cards.Select(c => (c.GetProperty("indicator").GetString(), c.GetProperty("summary").GetString(), c.GetProperty("source").GetProperty("label").GetString())));
        Assert.Contains("- `$.patient.conditions[0]`: I73.9 (from Condition/p03-pad)", cards[1].GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
