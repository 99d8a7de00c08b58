using Cramps.Core;
using Cramps.Fhir.Tests.Support;
using static Cramps.Fhir.Tests.Support.Resources;

namespace Cramps.Fhir.Tests.Reading;

/// <summary>Condition: ICD-10-CM and SNOMED CT codings, active only; the list stays unknown unless something active is there or none is stated.</summary>
public sealed class ConditionMappingTests
{
    [Fact]
    public void Conditions_Example_ActiveOnesInOrderWithTheirCodes()
    {
        var read = TestData.Bundle("older-woman-on-thiazide.json");

        Assert.Equal(
            [
                (ConditionCodeSystem.Icd10Cm, "I50.9"),
                (ConditionCodeSystem.Icd10Cm, "N18.30"),
                (ConditionCodeSystem.SnomedCt, "40930008"),
                (ConditionCodeSystem.Icd10Cm, "I10"),
            ],
            read.Patient.Conditions!.Select(c => (c.System!.Value, c.Code!)));
        Assert.Equal("Heart failure, unspecified", read.Patient.Conditions![0].Display);
        Assert.Equal(
            ["Condition/hf", "Condition/ckd", "Condition/thyroid", "Condition/htn"],
            Enumerable.Range(0, 4).Select(i => read.Context.FindSource($"$.patient.conditions[{i}]")!.Reference));
    }

    [Fact]
    public void Conditions_RecognisedCodingPreferred_OverAnUnrecognisedFirstOne()
    {
        var condition = Condition("c", FhirSystems.Icd10Cm, "I10").Replace(
            "\"code\": \"I10\" }",
            "\"code\": \"I10\" }, { \"system\": \"http://snomed.info/sct\", \"code\": \"84114007\" }",
            StringComparison.Ordinal);

        var read = TestData.Json(Bundle(Patient(), condition));

        var mapped = Assert.Single(read.Patient.Conditions!);
        Assert.Equal((ConditionCodeSystem.SnomedCt, "84114007"), (mapped.System!.Value, mapped.Code!));
    }

    [Fact]
    public void Conditions_UnrecognisedCode_PassedOnForTheEvaluatorToReport()
    {
        var read = TestData.Bundle("older-woman-on-thiazide.json");
        var assessment = new CrampEvaluator().Evaluate(read.Request);

        var unrecognised = Assert.Single(assessment.UnrecognisedInputs);
        Assert.Equal(("$.patient.conditions[3]", "I10"), (unrecognised.Path, unrecognised.Value));
        Assert.Equal("Condition/htn", read.Context.FindSource(unrecognised.Path)!.Reference);
    }

    public static TheoryData<string, string> InactiveStatuses() => new()
    {
        { "inactive", "inactive" },
        { "remission", "remission" },
        { "resolved", "resolved" },
    };

    [Theory]
    [MemberData(nameof(InactiveStatuses))]
    public void Conditions_NotActive_ListedAsInactive(string status, string value)
    {
        var read = TestData.Json(Bundle(Patient(), Condition("c", FhirSystems.Icd10Cm, "I50.9", status)));

        Assert.Null(read.Patient.Conditions);
        var item = Assert.Single(read.Unmapped);
        Assert.Equal((UnmappedCodes.Inactive, FhirSystems.ConditionClinicalStatus + "|" + value), (item.Code, item.Value));
    }

    [Theory]
    [InlineData("recurrence")]
    [InlineData("relapse")]
    public void Conditions_RecurrenceOrRelapse_CountAsActive(string status)
    {
        var read = TestData.Json(Bundle(Patient(), Condition("c", FhirSystems.Icd10Cm, "I50.9", status)));

        Assert.Single(read.Patient.Conditions!);
    }

    [Fact]
    public void Conditions_MissingClinicalStatus_ListedAsInactive()
    {
        var read = TestData.Bundle("inactive-only.json");

        var item = Assert.Single(read.Unmapped, u => u.Source.Reference == "Condition/no-status");
        Assert.Equal(UnmappedCodes.Inactive, item.Code);
        Assert.Null(item.Value);
    }

    [Theory]
    [InlineData("entered-in-error")]
    [InlineData("refuted")]
    public void Conditions_EnteredInErrorOrRefuted_ListedAsUnusable(string verification)
    {
        var extra = $$""", "verificationStatus": { "coding": [ { "system": "{{FhirSystems.ConditionVerificationStatus}}", "code": "{{verification}}" } ] }""";

        var read = TestData.Json(Bundle(Patient(), Condition("c", FhirSystems.Icd10Cm, "I50.9", extra: extra)));

        Assert.Null(read.Patient.Conditions);
        Assert.Equal(UnmappedCodes.UnusableStatus, Assert.Single(read.Unmapped).Code);
    }

    [Theory]
    [InlineData("unconfirmed")]
    [InlineData("provisional")]
    [InlineData("differential")]
    public void Conditions_NotYetConfirmed_StillRead(string verification)
    {
        var extra = $$""", "verificationStatus": { "coding": [ { "system": "{{FhirSystems.ConditionVerificationStatus}}", "code": "{{verification}}" } ] }""";

        var read = TestData.Json(Bundle(Patient(), Condition("c", FhirSystems.Icd10Cm, "I50.9", extra: extra)));

        Assert.Single(read.Patient.Conditions!);
    }

    [Fact]
    public void Conditions_NoIcdOrSnomedCoding_ListedWithTheCode()
    {
        var read = TestData.Bundle("older-woman-on-thiazide.json");

        var item = Assert.Single(read.Unmapped, u => u.Source.Reference == "Condition/back");
        Assert.Equal((UnmappedCodes.NoUsableCode, "http://example.org/local-problem-codes|BACK-07"), (item.Code, item.Value));
    }

    [Fact]
    public void Conditions_OnlyInactiveOnes_ListStaysUnknown()
    {
        var read = TestData.Bundle("inactive-only.json");

        Assert.Null(read.Patient.Conditions);
        Assert.Null(read.Patient.Medications);
        Assert.Equal(Sex.Unknown, read.Patient.Sex);
    }

    [Fact]
    public void Conditions_NoConditionResources_ListStaysUnknown()
    {
        var read = TestData.Json(Patient());

        Assert.Null(read.Patient.Conditions);
    }

    [Fact]
    public void Conditions_IpsNoKnownProblems_AskedNone()
    {
        var read = TestData.Bundle("none-stated-ips.json");

        Assert.NotNull(read.Patient.Conditions);
        Assert.Empty(read.Patient.Conditions);
        Assert.Empty(read.Unmapped);
    }

    [Fact]
    public void Conditions_SnomedNoCurrentProblems_AskedNone()
    {
        var read = TestData.Json(Bundle(Patient(), Condition("none", FhirSystems.SnomedCt, "160245001")));

        Assert.Empty(read.Patient.Conditions!);
    }

    [Fact]
    public void Conditions_IpsNoProblemInfo_StaysUnknown()
    {
        var read = TestData.Json(Bundle(Patient(), Condition("none", FhirSystems.IpsAbsentUnknown, "no-problem-info")));

        Assert.Null(read.Patient.Conditions);
        Assert.Empty(read.Unmapped);
    }

    [Fact]
    public void Conditions_EmptyProblemListNilKnown_AskedNone()
    {
        var read = TestData.Bundle("empty-lists.json");

        Assert.Empty(read.Patient.Conditions!);
        Assert.Empty(read.Patient.Medications!);
        var other = Assert.Single(read.Unmapped);
        Assert.Equal(("List/allergies-not-asked", UnmappedCodes.UnsupportedResource), (other.Source.Reference, other.Code));
    }

    [Fact]
    public void Conditions_NoneStatedButOneActive_ListHoldsTheActiveOne()
    {
        var read = TestData.Json(Bundle(Patient(), Condition("none", FhirSystems.SnomedCt, "160245001"), Condition("hf", FhirSystems.Icd10Cm, "I50.9")));

        Assert.Equal("I50.9", Assert.Single(read.Patient.Conditions!).Code);
    }

    [Fact]
    public void Conditions_TooLongCode_Listed()
    {
        var read = TestData.Json(Bundle(Patient(), Condition("c", FhirSystems.Icd10Cm, new string('I', RequestLimits.MaxTextLength + 1))));

        Assert.Null(read.Patient.Conditions);
        Assert.Equal(UnmappedCodes.TooLong, Assert.Single(read.Unmapped).Code);
    }

    [Fact]
    public void Conditions_MoreThanTheRequestAccepts_RestListed()
    {
        var conditions = Enumerable.Range(0, RequestLimits.MaxConditions + 2).Select(i => Condition("c" + i, FhirSystems.Icd10Cm, "I10"));

        var read = TestData.Json(Bundle([Patient(), .. conditions]));

        Assert.Equal(RequestLimits.MaxConditions, read.Patient.Conditions!.Count);
        Assert.Equal(2, read.Unmapped.Count(u => u.Code == UnmappedCodes.TooManyItems));
    }
}
