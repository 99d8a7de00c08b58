using Cramps.Core;
using Cramps.Fhir.Tests.Support;
using static Cramps.Fhir.Tests.Support.Resources;

namespace Cramps.Fhir.Tests.Reading;

/// <summary>MedicationStatement and MedicationRequest: ATC codes, RxNorm displays as names, start dates, active only.</summary>
public sealed class MedicationMappingTests
{
    private static readonly CrampEvaluator Evaluator = new();

    [Fact]
    public void Medications_Example_ActiveOnesWithNamesCodesAndStartDates()
    {
        var read = TestData.Bundle("older-woman-on-thiazide.json");

        Assert.Equal(
            [
                new Medication("hydrochlorothiazide 25 MG Oral Tablet") { StartedOn = new DateOnly(2026, 10, 14) },
                new Medication("atorvastatin 20 MG Oral Tablet", MedicationCodeSystem.Atc, "C10AA05") { StartedOn = new DateOnly(2024, 1, 10) },
            ],
            read.Patient.Medications!);
        Assert.Equal("MedicationStatement/hctz", read.Context.FindSource("$.patient.medications[0].startedOn")!.Reference);
        Assert.Equal("MedicationRequest/statin", read.Context.FindSource("$.patient.medications[1]")!.Reference);
    }

    [Fact]
    public void Medications_RxNormDisplay_MatchesTheGenericNameInIt()
    {
        var read = TestData.Json(Bundle(Patient(), Statement("s", Concept(FhirSystems.RxNorm, "197517", "furosemide 40 MG Oral Tablet"))));

        var assessment = Evaluator.Evaluate(read.Request);

        // The evidence names the medicine as read and which name of the class matched (knowledge base 5b).
        var loop = Assert.Single(assessment.RiskFactors, f => f.Id == "diuretic-loop");
        Assert.Equal(("$.patient.medications[0]", "furosemide 40 MG Oral Tablet (matches furosemide)"), (loop.Evidence[0].Path, loop.Evidence[0].Value));
        Assert.Empty(assessment.UnrecognisedInputs);
    }

    [Fact]
    public void Medications_AtcCode_MatchesTheClass()
    {
        var read = TestData.Json(Bundle(Patient(), Statement("s", Concept(FhirSystems.Atc, "R03AC12"))));

        var medication = Assert.Single(read.Patient.Medications!);
        Assert.Equal((null, MedicationCodeSystem.Atc, "R03AC12"), (medication.Name, medication.System, medication.Code));
        Assert.Contains(Evaluator.Evaluate(read.Request).RiskFactors, f => f.Id == "long-acting-beta-agonist");
    }

    [Fact]
    public void Medications_ReferenceToABundleMedication_ReadAndTheMedicationNotListed()
    {
        var json = Bundle(
            Patient(),
            """{ "resourceType": "Medication", "id": "med-1", "code": { "coding": [ { "system": "http://www.whocc.no/atc", "code": "C03DA01" } ] } }""",
            Statement("s", """ "medicationReference": { "reference": "Medication/med-1" } """));

        var read = TestData.Json(json);

        Assert.Equal("C03DA01", Assert.Single(read.Patient.Medications!).Code);
        Assert.Empty(read.Unmapped);
    }

    [Fact]
    public void Medications_ReferenceToAContainedMedication_Read()
    {
        var statement = """
            { "resourceType": "MedicationStatement", "id": "s", "status": "active",
              "contained": [ { "resourceType": "Medication", "id": "m", "code": { "text": "spironolactone 25 mg tablet" } } ],
              "medicationReference": { "reference": "#m" },
              "subject": { "reference": "Patient/pat-9" } }
            """;

        var read = TestData.Json(Bundle(Patient(), statement));

        Assert.Equal("spironolactone 25 mg tablet", Assert.Single(read.Patient.Medications!).Name);
    }

    [Fact]
    public void Medications_ReferenceNotInTheInput_Listed()
    {
        var read = TestData.Json(Bundle(Patient(), Statement("s", """ "medicationReference": { "reference": "Medication/absent" } """)));

        Assert.Null(read.Patient.Medications);
        Assert.Equal(UnmappedCodes.UnresolvedReference, Assert.Single(read.Unmapped).Code);
    }

    [Fact]
    public void Medications_MedicationNobodyRefersTo_Listed()
    {
        var json = Bundle(Patient(), """{ "resourceType": "Medication", "id": "loose", "code": { "text": "furosemide" } }""");

        var read = TestData.Json(json);

        Assert.Null(read.Patient.Medications);
        Assert.Equal(("Medication/loose", UnmappedCodes.UnsupportedResource), (Assert.Single(read.Unmapped).Source.Reference, read.Unmapped[0].Code));
    }

    [Fact]
    public void Medications_CodeOnlyInAnotherSystem_CountsAsAMedicineSoTheNewMedicineRuleSeesIt()
    {
        var read = TestData.Bundle("pregnant-woman.json");

        var assessment = Evaluator.Evaluate(read.Request);

        Assert.Equal(["Prenatal multivitamin", "0904-6417-61"], read.Patient.Medications!.Select(m => m.Name));
        var temporal = Assert.Single(assessment.RiskFactors, f => f.Id == "new-medicine-temporal");
        Assert.Equal("$.patient.medications[1].startedOn", Assert.Single(temporal.Evidence).Path);
        Assert.Contains(assessment.RedFlags, f => f.Id == "flag-new-medicine");
        Assert.Equal(
            [("$.patient.medications[0]", "unknown medicine name"), ("$.patient.medications[1]", "unknown medicine name")],
            assessment.UnrecognisedInputs.Select(u => (u.Path, u.Reason)));
    }

    public static TheoryData<string, string> NotActive() => new()
    {
        { "completed", UnmappedCodes.Inactive },
        { "stopped", UnmappedCodes.Inactive },
        { "on-hold", UnmappedCodes.Inactive },
        { "intended", UnmappedCodes.Inactive },
        { "not-taken", UnmappedCodes.Inactive },
        { "unknown", UnmappedCodes.Inactive },
        { "entered-in-error", UnmappedCodes.UnusableStatus },
    };

    [Theory]
    [MemberData(nameof(NotActive))]
    public void Medications_StatementNotActive_ListedWithItsStatus(string status, string code)
    {
        var read = TestData.Json(Bundle(Patient(), Statement("s", Concept(FhirSystems.Atc, "C03AA03"), status)));

        Assert.Null(read.Patient.Medications);
        var item = Assert.Single(read.Unmapped);
        Assert.Equal((code, status), (item.Code, item.Value));
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("stopped")]
    [InlineData("cancelled")]
    public void Medications_RequestNotActive_Listed(string status)
    {
        var request = $$"""
            { "resourceType": "MedicationRequest", "id": "r", "status": "{{status}}", "intent": "order",
              {{Concept(FhirSystems.Atc, "C03AA03")}},
              "subject": { "reference": "Patient/pat-9" }, "authoredOn": "2026-11-01" }
            """;

        var read = TestData.Json(Bundle(Patient(), request));

        Assert.Null(read.Patient.Medications);
        Assert.Equal((UnmappedCodes.Inactive, status), (read.Unmapped[0].Code, read.Unmapped[0].Value));
    }

    [Fact]
    public void Medications_StartedAfterAsOf_Listed()
    {
        var read = TestData.Json(Bundle(Patient(), Statement("s", Concept(FhirSystems.Atc, "C03AA03"), effective: "2026-12-01")));

        Assert.Null(read.Patient.Medications);
        Assert.Equal(UnmappedCodes.AfterAsOf, Assert.Single(read.Unmapped).Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2026")]
    [InlineData("2026-10")]
    public void Medications_NoDayOfStart_StartDateUnknown(string? effective)
    {
        var read = TestData.Json(Bundle(Patient(), Statement("s", Concept(FhirSystems.Atc, "C03AA03"), effective: effective)));

        Assert.Null(Assert.Single(read.Patient.Medications!).StartedOn);
    }

    [Fact]
    public void Medications_IpsNoKnownMedications_AskedNone()
    {
        var read = TestData.Bundle("none-stated-ips.json");

        Assert.NotNull(read.Patient.Medications);
        Assert.Empty(read.Patient.Medications);
    }

    [Fact]
    public void Medications_IpsNoMedicationInfo_StaysUnknown()
    {
        var read = TestData.Json(Bundle(Patient(), Statement("s", Concept(FhirSystems.IpsAbsentUnknown, "no-medication-info"))));

        Assert.Null(read.Patient.Medications);
        Assert.Empty(read.Unmapped);
    }

    [Fact]
    public void Medications_NoCodeDisplayOrText_Listed()
    {
        var read = TestData.Json(Bundle(Patient(), Statement("s", """ "medicationCodeableConcept": { "coding": [ { "system": "http://hl7.org/fhir/sid/ndc", "display": " " } ] } """)));

        Assert.Null(read.Patient.Medications);
        Assert.Equal(UnmappedCodes.NoUsableCode, Assert.Single(read.Unmapped).Code);
    }

    [Fact]
    public void Medications_LongDisplay_ClippedToTheLongestNameOnAWord()
    {
        var display = string.Join(' ', Enumerable.Repeat("furosemide", 30));

        var read = TestData.Json(Bundle(Patient(), Statement("s", Concept(FhirSystems.RxNorm, "1", display))));

        var name = Assert.Single(read.Patient.Medications!).Name!;
        Assert.True(name.Length <= RequestLimits.MaxTextLength);
        Assert.EndsWith("furosemide", name, StringComparison.Ordinal);
    }
}
