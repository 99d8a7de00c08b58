using Cramps.Fhir.Tests.Support;
using static Cramps.Fhir.Tests.Support.Resources;

namespace Cramps.Fhir.Tests;

/// <summary>The mapping context: from request paths back to the resources they were read from.</summary>
public sealed class FhirMappingContextTests
{
    [Fact]
    public void FindSource_Null_Throws()
    {
        var context = TestData.Bundle("older-woman-on-thiazide.json").Context;

        Assert.Throws<ArgumentNullException>(() => context.FindSource(null!));
    }

    public static TheoryData<string, string?> Paths() => new()
    {
        { "$.patient.ageYears", "Patient/pat-1" },
        { "$.patient.sex", "Patient/pat-1" },
        { "$.patient.conditions[0]", "Condition/hf" },
        { "$.patient.medications[0].startedOn", "MedicationStatement/hctz" },
        { "$.patient.labs[4]", "Observation/egfr" },
        { "$.patient.labs[5]", null },
        { "$.patient.labs", null },
        { "$.patient.pregnant", null },
        { "$.patient.symptoms.newWeakness", null },
        { "$.patient.labs[?(@.test=='magnesium')]", null },
        { "$.episodes[0].startedAt", null },
        { "$", null },
        { string.Empty, null },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public void FindSource_Path_GivesTheResourceItCameFrom(string path, string? reference)
    {
        var context = TestData.Bundle("older-woman-on-thiazide.json").Context;

        Assert.Equal(reference, context.FindSource(path)?.Reference);
    }

    [Fact]
    public void Sources_OnePerFilledPath()
    {
        var context = TestData.Bundle("older-woman-on-thiazide.json").Context;

        Assert.Equal(
            [
                "$.patient.ageYears", "$.patient.conditions[0]", "$.patient.conditions[1]", "$.patient.conditions[2]", "$.patient.conditions[3]",
                "$.patient.labs[0]", "$.patient.labs[1]", "$.patient.labs[2]", "$.patient.labs[3]", "$.patient.labs[4]",
                "$.patient.medications[0]", "$.patient.medications[1]", "$.patient.sex",
            ],
            context.Sources.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SubjectReference_PatientWithoutId_ItsFullUrl()
    {
        var context = TestData.Bundle("none-stated-ips.json").Context;

        Assert.Equal("urn:uuid:0f3c2d51-8e77-4b0e-a1c4-5d2e9b7f3a10", context.SubjectReference);
    }

    [Fact]
    public void SubjectReference_NoPatient_TheSubjectTheResourcesShare()
    {
        var context = TestData.Json(Bundle(Lab("k", "2823-3", Ucum(3, "mmol/L")))).Context;

        Assert.Equal("Patient/" + PatientId, context.SubjectReference);
    }

    [Fact]
    public void SubjectReference_NoPatientNoSubject_Null()
    {
        var context = TestData.Json("""{ "resourceType": "Bundle", "type": "collection" }""").Context;

        Assert.Null(context.SubjectReference);
    }

    [Fact]
    public void AsOf_AsTheCallerGaveIt()
    {
        Assert.Equal(TestData.Today, TestData.Bundle("empty-lists.json").Context.AsOf);
    }

    [Fact]
    public void FhirSource_WithoutReference_DescribedByTypeAndLocation()
    {
        var read = TestData.Json(Bundle("""{ "resourceType": "Encounter", "status": "finished", "class": { "code": "AMB" } }"""));

        var source = Assert.Single(read.Unmapped).Source;

        Assert.Null(source.Reference);
        Assert.Equal("Encounter at Bundle.entry[0].resource", source.ToString());
    }

    [Fact]
    public void UnmappedItem_ToString_SourceMessageAndCode()
    {
        var item = TestData.Bundle("older-woman-on-thiazide.json").Unmapped[0];

        Assert.Equal("Condition/dm-resolved: Only conditions with an active clinical status are read. (inactive)", item.ToString());
    }
}
