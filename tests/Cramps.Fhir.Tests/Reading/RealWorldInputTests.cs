using Cramps.Core.Serialization;
using Cramps.Fhir.Tests.Support;
using static Cramps.Fhir.Tests.Support.Resources;

namespace Cramps.Fhir.Tests.Reading;

/// <summary>What real records send: byte-order marks, big bundles, JSON that is not FHIR, RxNorm codes, dates of every kind.</summary>
public sealed class RealWorldInputTests
{
    [Fact]
    public void Read_CdsHooksRequest_OneErrorPointingToItsPrefetch()
    {
        var read = FhirRequestReader.Read("""{ "hook": "patient-view", "hookInstance": "x", "context": { "patientId": "p" }, "prefetch": { "patient": { "resourceType": "Patient", "id": "p" } } }""");

        var error = Assert.Single(read.Errors);
        Assert.Equal((FhirValidationCodes.NotFhir, "$"), (error.Code, error.Path));
        Assert.Contains("its prefetch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ContractRequest_OneErrorSayingToReadItAsJson()
    {
        var read = FhirRequestReader.Read("""{ "schemaVersion": "1", "patient": { "ageYears": 40 } }""");

        Assert.Contains("read it as JSON", Assert.Single(read.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OverTheSizeLimit_OneTooLargeError()
    {
        var json = Bundle(Patient());

        var read = FhirRequestReader.Read(json, new FhirReadOptions { MaxInputBytes = json.Length - 1 });

        var error = Assert.Single(read.Errors);
        Assert.Equal(ValidationCodes.TooLarge, error.Code);
        Assert.True(FhirRequestReader.Read(json, new FhirReadOptions { MaxInputBytes = json.Length }).IsValid);
    }

    [Fact]
    public void Read_ByteOrderMark_Ignored()
    {
        Assert.True(FhirRequestReader.Read("\uFEFF" + Bundle(Patient()), TestData.Today).IsValid);
    }

    [Fact]
    public void Read_ManyParserProblems_PlainWordsAtMostAHundredAndACount()
    {
        var patients = Enumerable.Range(0, 150).Select(i => "{ \"resourceType\": \"Observation\", \"id\": \"o" + i + "\", \"status\": \"final\" }");

        var read = FhirRequestReader.Read(Bundle([.. patients]));

        Assert.Equal(101, read.Errors.Count);
        Assert.All(read.Errors, e => Assert.DoesNotContain("PVAL", e.Message, StringComparison.Ordinal));
        Assert.StartsWith("The element is required by FHIR R4 but missing", read.Errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("The parser found 50 more problems", read.Errors[^1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("316672", "Simvistatin 10 MG", "simvastatin (Simvistatin 10 MG)")]
    [InlineData("315971", "Lasix 40mg", "furosemide (Lasix 40mg)")]
    [InlineData("316049", "Hydrochlorothiazide 25 MG", "Hydrochlorothiazide 25 MG")]
    [InlineData("197361", "Amlodipine 5 MG Oral Tablet", "Amlodipine 5 MG Oral Tablet")]
    public void Medication_RxNormCode_NamedByTheKnowledgeBasesTable(string code, string display, string name)
    {
        var read = TestData.Json(Bundle(Patient(), Statement("m", Concept(FhirSystems.RxNorm, code, display))));

        Assert.Equal(name, Assert.Single(read.Patient.Medications!).Name);
    }

    [Fact]
    public void Today_LatestDateOfAnyKind_ButNotMetaBirthDateOrValidity()
    {
        var json = Bundle(
            Patient(),
            """{ "resourceType": "Procedure", "id": "pr", "meta": { "lastUpdated": "2030-01-01T00:00:00Z" }, "status": "completed", "code": { "text": "x" }, "subject": { "reference": "Patient/pat-9" }, "performedPeriod": { "start": "2025-04-01", "end": "2025-04-02" } }""",
            """{ "resourceType": "MedicationRequest", "id": "mr", "status": "stopped", "intent": "order", "medicationCodeableConcept": { "text": "x" }, "subject": { "reference": "Patient/pat-9" }, "authoredOn": "2024-01-01", "dispenseRequest": { "validityPeriod": { "start": "2024-01-01", "end": "2029-01-01" } } }""");

        var read = FhirRequestReader.Read(json);

        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        Assert.Equal(new DateOnly(2025, 4, 2), read.Request!.AsOf);
        Assert.Equal(new DateOnly(2025, 4, 2), read.Context!.ReferenceDate);
    }

    [Fact]
    public void Today_GivenAsOf_WinsOverTheInput()
    {
        var read = TestData.Json(Bundle(Patient(), Lab("k", "2823-3", Ucum(4.0, "mmol/L"), effective: "2026-11-20")), new DateOnly(2026, 11, 25));

        Assert.Equal(new DateOnly(2026, 11, 25), read.Request.AsOf);
        Assert.False(read.Context.ReferenceDateFromInput);
    }
}
