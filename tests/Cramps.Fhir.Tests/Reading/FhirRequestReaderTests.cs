using Cramps.Core;
using Cramps.Core.Serialization;
using Cramps.Fhir.Tests.Support;
using Hl7.Fhir.Serialization;
using static Cramps.Fhir.Tests.Support.Resources;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir.Tests.Reading;

/// <summary>The reader's entry points: what it accepts, what it rejects whole, and that it never throws for bad input.</summary>
public sealed class FhirRequestReaderTests
{
    [Fact]
    public void Read_NullJson_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => FhirRequestReader.Read((string)null!));
    }

    [Fact]
    public void Read_NullResource_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => FhirRequestReader.Read((R4.Resource)null!));
    }

    public static TheoryData<string, string> MalformedInputs() => new()
    {
        { "{ \"resourceType\": \"Patient\", ", ValidationCodes.MalformedJson },
        { "not json", ValidationCodes.MalformedJson },
        { string.Empty, ValidationCodes.MalformedJson },
        { "[]", FhirValidationCodes.NotFhir },
        { "42", FhirValidationCodes.NotFhir },
        { "{ \"id\": \"x\" }", FhirValidationCodes.NotFhir },
        { "{ \"resourceType\": \"Cramp\" }", FhirValidationCodes.InvalidFhir },
    };

    [Theory]
    [MemberData(nameof(MalformedInputs))]
    public void Read_MalformedInput_RejectedWithErrorNotException(string json, string code)
    {
        var read = FhirRequestReader.Read(json, TestData.Today);

        Assert.False(read.IsValid);
        Assert.Null(read.Request);
        Assert.Null(read.Context);
        Assert.Empty(read.Unmapped);
        Assert.Contains(read.Errors, e => e.Code == code);
    }

    [Fact]
    public void Read_UnknownElement_RejectedWithItsPath()
    {
        var read = FhirRequestReader.Read("""{ "resourceType": "Patient", "gender": "female", "birthDat": "1960-01-01" }""");

        var error = Assert.Single(read.Errors);
        Assert.Equal(FhirValidationCodes.InvalidFhir, error.Code);
        Assert.Equal("Patient.birthDat", error.Path);
    }

    [Fact]
    public void Read_InvalidFhirInsideABundle_ListsEveryProblem()
    {
        var json = Bundle(
            """{ "resourceType": "Patient", "gender": "yes" }""",
            """{ "resourceType": "Observation", "status": "final", "subject": { "reference": "Patient/x" } }""");

        var read = FhirRequestReader.Read(json);

        Assert.False(read.IsValid);
        Assert.Contains(read.Errors, e => e.Path == "Bundle.entry[0].resource.gender");
        Assert.Contains(read.Errors, e => e.Path.StartsWith("Bundle.entry[1].resource", StringComparison.Ordinal) && e.Path.EndsWith("code", StringComparison.Ordinal));
        Assert.All(read.Errors, e => Assert.Equal(FhirValidationCodes.InvalidFhir, e.Code));
    }

    [Fact]
    public void Read_ParserRejectsAValue_MessageDoesNotEchoIt()
    {
        var read = FhirRequestReader.Read("""{ "resourceType": "Patient", "birthDate": "1959-13-45" }""");

        var error = Assert.Single(read.Errors);
        Assert.Equal("Patient.birthDate", error.Path);
        Assert.DoesNotContain("1959", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("The element is not a valid literal of its FHIR type", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("PVAL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwoPatients_RejectedWhole()
    {
        var read = FhirRequestReader.Read(Bundle(Patient(), """{ "resourceType": "Patient", "id": "someone-else" }"""));

        var error = Assert.Single(read.Errors);
        Assert.Equal(FhirValidationCodes.MultiplePatients, error.Code);
        Assert.Equal("Bundle.entry[1].resource", error.Path);
    }

    [Fact]
    public void Read_ResourceAboutAnotherPatient_RejectedWhole()
    {
        var other = Condition("c1", FhirSystems.Icd10Cm, "I50.9").Replace("Patient/" + PatientId, "Patient/someone-else", StringComparison.Ordinal);

        var read = FhirRequestReader.Read(Bundle(Patient(), other));

        var error = Assert.Single(read.Errors);
        Assert.Equal(FhirValidationCodes.OtherPatient, error.Code);
        Assert.Equal("Bundle.entry[1].resource.subject", error.Path);
    }

    [Fact]
    public void Read_NoPatientAndSubjectsDisagree_RejectedWhole()
    {
        var other = Condition("c2", FhirSystems.Icd10Cm, "I10").Replace("Patient/" + PatientId, "Patient/someone-else", StringComparison.Ordinal);

        var read = FhirRequestReader.Read(Bundle(Condition("c1", FhirSystems.Icd10Cm, "I50.9"), other));

        Assert.Equal(FhirValidationCodes.OtherPatient, Assert.Single(read.Errors).Code);
    }

    [Fact]
    public void Read_SubjectAsAbsoluteUrlOfThePatient_IsTheSamePatient()
    {
        var absolute = Condition("c1", FhirSystems.Icd10Cm, "I50.9").Replace("Patient/" + PatientId, "https://ehr.example.org/fhir/Patient/" + PatientId + "/_history/3", StringComparison.Ordinal);

        var read = TestData.Json(Bundle(Patient(), absolute));

        Assert.Single(read.Request.Patient.Conditions!);
    }

    [Fact]
    public void Read_EmptyBundle_EverythingUnknown()
    {
        var read = TestData.Json("""{ "resourceType": "Bundle", "type": "collection" }""");

        Assert.Equal(PatientHistory.Unknown, read.Request.Patient);
        Assert.Empty(read.Request.Episodes);
        Assert.Equal(TestData.Today, read.Request.AsOf);
        Assert.Empty(read.Unmapped);
    }

    [Fact]
    public void Read_SingleResource_IsReadLikeABundleOfOne()
    {
        var read = TestData.Json(Patient("male", "1970-06-01"));

        Assert.Equal(56, read.Request.Patient.AgeYears);
        Assert.Equal(Sex.Male, read.Request.Patient.Sex);
        Assert.Equal("Patient/" + PatientId, read.Context.SubjectReference);
        Assert.Equal("Patient", read.Context.FindSource("$.patient.ageYears")!.Location);
    }

    [Fact]
    public void Read_ParsedResource_SameAsJson()
    {
        var json = TestData.Text("bundles", "older-woman-on-thiazide.json");
        var bundle = new FhirJsonDeserializer().Deserialize<R4.Bundle>(json);

        var fromJson = TestData.Valid(FhirRequestReader.Read(json, TestData.Today));
        var fromPoco = TestData.Valid(FhirRequestReader.Read(bundle, TestData.Today));

        Assert.Equal(fromJson.Request, fromPoco.Request);
        Assert.Equal(fromJson.Unmapped, fromPoco.Unmapped);
    }

    [Fact]
    public void Read_WithoutAsOf_TodayIsTheLatestDateOfAnyKindInTheInput()
    {
        var read = TestData.Valid(FhirRequestReader.Read(TestData.Text("bundles", "older-woman-on-thiazide.json")));

        // The latest lab and the encounter are both of 2026-11-20; the encounter's period counts like any other date.
        Assert.Equal(new DateOnly(2026, 11, 20), read.Request.AsOf);
        Assert.Null(read.Context.AsOf);
        Assert.Equal(new DateOnly(2026, 11, 20), read.Context.ReferenceDate);
        Assert.True(read.Context.ReferenceDateFromInput);
    }

    [Fact]
    public void Read_UnsupportedResourceType_ListedNotDropped()
    {
        var read = TestData.Bundle("older-woman-on-thiazide.json");

        var encounter = Assert.Single(read.Unmapped, u => u.Source.ResourceType == "Encounter");
        Assert.Equal(UnmappedCodes.UnsupportedResource, encounter.Code);
        Assert.Equal("Encounter/visit", encounter.Source.Reference);
        Assert.Equal("Bundle.entry[19].resource", encounter.Source.Location);
    }

    [Fact]
    public void Read_EveryResourceOfTheExample_IsMappedOrListed()
    {
        var read = TestData.Bundle("older-woman-on-thiazide.json");

        var used = read.Context.Sources.Values.Select(s => s.Location);
        var listed = read.Unmapped.Select(u => u.Source.Location);
        var referencedMedication = "Bundle.entry[10].resource";
        var every = Enumerable.Range(0, 20).Select(i => $"Bundle.entry[{i}].resource");
        Assert.Equal(every.Order(), used.Concat(listed).Append(referencedMedication).Distinct().Order());
    }

    [Fact]
    public void Read_UnmappedItems_InInputOrder()
    {
        var read = TestData.Bundle("older-woman-on-thiazide.json");

        Assert.Equal(
            [
                ("Condition/dm-resolved", UnmappedCodes.Inactive),
                ("Condition/cirrhosis-error", UnmappedCodes.UnusableStatus),
                ("Condition/back", UnmappedCodes.NoUsableCode),
                ("MedicationStatement/furosemide-stopped", UnmappedCodes.Inactive),
                ("Observation/k-old", UnmappedCodes.Superseded),
                ("Observation/heart-rate", UnmappedCodes.NoUsableCode),
                ("Encounter/visit", UnmappedCodes.UnsupportedResource),
            ],
            read.Unmapped.Select(u => (u.Source.Reference, u.Code)));
    }
}
