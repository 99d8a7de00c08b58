using Cramps.Core;
using Cramps.Fhir.Tests.Support;
using CsCheck;
using static Cramps.Fhir.Tests.Support.Resources;

namespace Cramps.Fhir.Tests.Reading;

/// <summary>Bad input never throws: it is rejected with errors or read with unmapped items.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> Adversarial() =>
    [
        Bundle(Patient(), Lab("o", "2823-3", """{ "value": 1e400, "system": "http://unitsofmeasure.org", "code": "mmol/L" }""")),
        """{ "resourceType": 5 }""",
        """{ "resourceType": "Patient", "resourceType": "Patient" }""",
        Bundle(Bundle(Patient())),
        Bundle("""{ "resourceType": "DomainResource", "id": "abstract" }"""),
        new string('[', 10_000),
        Bundle(Patient(birthDate: "0001-01-01")),
        Bundle(Patient(birthDate: "9999-12-31")),
        Bundle(Statement("s", """ "medicationReference": { "reference": "#" } """)),
        Bundle(Statement("s", """ "medicationReference": { "display": "something" } """)),
        Bundle(Condition("c", FhirSystems.Icd10Cm, "...")),
        Bundle(Lab("o", "2823-3", Ucum(2.5, "mmol/L"), effective: "2026-11-20T08:00:00+14:00")),
    ];

    [Theory]
    [MemberData(nameof(Adversarial))]
    public void Read_AdversarialInput_NeverThrows(string json)
    {
        var read = FhirRequestReader.Read(json, TestData.Today);

        Assert.True(read.IsValid ^ read.Errors.Count > 0);
    }

    [Fact]
    public void Read_WellFormedJsonTheParserThrowsOn_RejectedWithAnError()
    {
        var read = FhirRequestReader.Read("""{ "resourceType": "Bundle", "type": "collection", "entry": [ { "resource": { "resourceType": [] } } ] }""");

        var error = Assert.Single(read.Errors);
        Assert.Equal(FhirValidationCodes.InvalidFhir, error.Code);
        Assert.StartsWith("The FHIR R4 parser cannot read the input at line 1, position ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyPropertyName_RejectedWithItsPath()
    {
        var read = FhirRequestReader.Read("""{ "resourceType": "Bundle", "type": "collection", "entry": [ { "": { "resourceType": "Patient" } } ] }""");

        var error = Assert.Single(read.Errors);
        Assert.Equal(("$.entry[0]['']", FhirValidationCodes.InvalidFhir), (error.Path, error.Code));
    }

    [Fact]
    public void Read_MoreSameDayLabsThanTheRequestAccepts_RestListed()
    {
        var labs = Enumerable.Range(0, RequestLimits.MaxLabs + 3).Select(i => Lab("k" + i, "2823-3", Ucum(4, "mmol/L"), effective: "2026-11-20"));

        var read = TestData.Json(Bundle([Patient(), .. labs]));

        Assert.Equal(RequestLimits.MaxLabs, read.Patient.Labs!.Count);
        Assert.Equal(3, read.Unmapped.Count(u => u.Code == UnmappedCodes.TooManyItems));
    }

    [Fact]
    public void Read_MoreMedicinesThanTheRequestAccepts_RestListed()
    {
        var statements = Enumerable.Range(0, RequestLimits.MaxMedications + 1).Select(i => Statement("s" + i, Concept(FhirSystems.Atc, "C10AA05")));

        var read = TestData.Json(Bundle([Patient(), .. statements]));

        Assert.Equal(RequestLimits.MaxMedications, read.Patient.Medications!.Count);
        Assert.Equal(UnmappedCodes.TooManyItems, Assert.Single(read.Unmapped).Code);
    }

    [Fact]
    public void Read_AnyCutOfAnExampleBundle_NeverThrows_Meets_Specification()
    {
        var json = TestData.Text("bundles", "older-woman-on-thiazide.json");

        Gen.Int[0, json.Length].Select(Gen.Int[0, 40]).Sample(
            cut =>
            {
                var (start, length) = cut;
                var mutated = json.Remove(start, Math.Min(length, json.Length - start));
                var read = FhirRequestReader.Read(mutated, TestData.Today);
                return read.IsValid ^ read.Errors.Count > 0;
            },
            iter: 1000);
    }

    [Fact]
    public void Read_AnyValueSwapInAnExampleBundle_NeverThrows_Meets_Specification()
    {
        var json = TestData.Text("bundles", "pregnant-woman.json");
        string[] values = ["\"\"", "null", "0", "-1", "1e308", "\"2026-02-30\"", "\"x\"", "[]", "{}", "true", "\"urn:uuid:\"", "\"Patient/pat-2\""];

        Gen.Int[0, json.Length - 1].Select(Gen.OneOf(values)).Sample(
            swap =>
            {
                var (position, value) = swap;
                var colon = json.IndexOf(": ", position, StringComparison.Ordinal);
                if (colon < 0)
                {
                    return true;
                }

                var end = json.IndexOfAny([',', '\n'], colon + 2);
                var mutated = json[..(colon + 2)] + value + (end < 0 ? string.Empty : json[end..]);
                var read = FhirRequestReader.Read(mutated, TestData.Today);
                return read.IsValid ^ read.Errors.Count > 0;
            },
            iter: 1000);
    }
}
