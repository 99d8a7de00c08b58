using System.Text.Json;
using System.Text.Json.Nodes;
using Cramps.Core;
using Cramps.Core.Serialization;
using Cramps.Docs.Snippets;
using Cramps.Docs.Tests.Support;
using Hl7.Fhir.Serialization;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Docs.Tests;

/// <summary>docs/articles/interop.md: the worked example, run as written; every output the article shows is checked here.</summary>
[Collection(ConsoleTests.Name)]
public sealed class InteropArticleTests
{
    private const string Bundle = "tests/Cramps.Fhir.Tests/TestData/vignettes-fhir/p03-claudication.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, IndentSize = 2 };

    private static Interop.Outputs Run()
    {
        Interop.Outputs? outputs = null;
        var (_, error) = ConsoleOutput.Capture(() => outputs = Interop.WorkedExample(Repository.Text(Bundle)));
        Assert.Empty(error);   // nothing invalid, nothing unmapped
        return Assert.IsType<Interop.Outputs>(outputs);
    }

    [Fact]
    public void WorkedExample_ReadsBothResourcesAndShowsTheRequestTheArticleShows()
    {
        var outputs = Run();

        Assert.True(outputs.Read.IsValid);
        Assert.Empty(outputs.Read.Unmapped);
        var request = CrampJson.Serialize(outputs.Read.Request);
        Assert.Equal(
            """{"schemaVersion":"1","asOf":"2026-11-25","patient":{"ageYears":71,"sex":"male","conditions":[{"system":"icd-10-cm","code":"I73.9","display":"Peripheral vascular disease, unspecified"}]},"episodes":[]}""",
            request);
        Assert.Contains(request, Repository.Text("docs/articles/interop.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void WorkedExample_IsSoonWithTheClaudicationFlag()
    {
        var outputs = Run();

        Assert.Equal(Urgency.Soon, outputs.Assessment.Urgency);
        Assert.Equal(["flag-claudication"], outputs.Assessment.RedFlags.Select(f => f.Id));
    }

    [Fact]
    public void WorkedExample_RiskAssessment_IsTheCommittedOneAndValidFhir()
    {
        var outputs = Run();

        var deserializer = new FhirJsonDeserializer(new DeserializerSettings().UsingMode(DeserializationMode.Strict));
        Assert.True(deserializer.TryDeserializeResource(outputs.RiskAssessment, out var resource, out var issues), string.Join("; ", issues.Select(i => i.Message)));
        var risk = Assert.IsType<R4.RiskAssessment>(resource);
        Assert.Equal(["Patient/p03", "Condition/p03-pad"], risk.Basis.Select(b => b.Reference));
        Assert.Equal(
            [
                // Ranking of edition 2026.2: the category of the soon red flag first, then by score, idiopathic-nocturnal last.
                ("mimic-not-cramp", "moderate", "Score 3 from red flags Leg pain on walking that eases with rest (flag-claudication)."),
                ("cardiovascular", "moderate", "Score 3 from risk factors Peripheral artery disease (peripheral-artery-disease)."),
                ("idiopathic-nocturnal", "moderate", "Score 3 from risk factors Older age (older-age)."),
            ],
            risk.Prediction.Select(p => (p.Outcome!.Coding[0].Code, p.QualitativeRisk!.Coding[0].Code, p.Rationale)));
        Repository.AssertCommitted("docs/examples/p03-claudication.risk-assessment.json", Pretty(outputs.RiskAssessment));
    }

    [Fact]
    public void WorkedExample_CdsHooksResponse_IsTheCommittedOneWithTheCardsTheArticleLists()
    {
        var outputs = Run();

        using var response = JsonDocument.Parse(outputs.CdsResponse);
        var cards = response.RootElement.GetProperty("cards").EnumerateArray().ToList();
        Assert.Equal(
            [
                ("warning", "Leg pain on walking that eases with rest: See a doctor or nurse within a few days.", "Cramps knowledge base 2026.2 (S13, S15)"),
                ("warning", "Muscle cramp assessment: soon. See a doctor or nurse within a few days. Red flags: 1.", "Cramps knowledge base 2026.2"),
            ],
            cards.Select(c => (c.GetProperty("indicator").GetString(), c.GetProperty("summary").GetString(), c.GetProperty("source").GetProperty("label").GetString())));
        var article = Repository.Text("docs/articles/interop.md");
        Assert.All(cards, c => Assert.Contains(c.GetProperty("summary").GetString()!, article, StringComparison.Ordinal));
        Repository.AssertCommitted("docs/examples/p03-claudication.cds-hooks.json", Pretty(outputs.CdsResponse));
    }

    private static string Pretty(string json) => JsonNode.Parse(json)!.ToJsonString(Indented) + "\n";
}
