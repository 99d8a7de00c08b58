using Cramps.Core;
using Cramps.Fhir.Tests.Support;
using static Cramps.Fhir.Tests.Support.Resources;

namespace Cramps.Fhir.Tests.Reading;

/// <summary>Pregnancy: LOINC 82810-3 Observations and pregnancy Conditions; the latest recent statement wins.</summary>
public sealed class PregnancyMappingTests
{
    [Fact]
    public void Pregnancy_Example_LatestStatusWinsOlderOnesListed()
    {
        var read = TestData.Bundle("pregnant-woman.json");

        Assert.True(read.Patient.Pregnant);
        Assert.Equal(31, read.Patient.AgeYears);
        Assert.Equal("Observation/preg-now", read.Context.FindSource("$.patient.pregnant")!.Reference);
        Assert.Equal(UnmappedCodes.Superseded, Assert.Single(read.Unmapped, u => u.Source.Reference == "Condition/preg").Code);
        Assert.Equal(UnmappedCodes.Stale, Assert.Single(read.Unmapped, u => u.Source.Reference == "Observation/preg-old").Code);
        Assert.Null(read.Patient.Conditions);
    }

    [Fact]
    public void Pregnancy_Example_GivesThePregnancyFactor_AndAtEmergencyOnlyTheEmergencyAdvice()
    {
        // The bundle's potassium is "< 2.5 mmol/L", below the emergency cut-off: self-care advice such as
        // advice-pregnancy is withheld at emergency (principle 8), and the pregnancy is still found.
        var assessment = new CrampEvaluator().Evaluate(TestData.Bundle("pregnant-woman.json").Request);

        Assert.Contains(assessment.RiskFactors, f => f.Id == "pregnancy");
        Assert.Equal(Urgency.Emergency, assessment.Urgency);
        Assert.Equal(["advice-emergency"], assessment.Advice.Select(a => a.Id));
    }

    public static TheoryData<string, string, bool?> Answers() => new()
    {
        { FhirSystems.Loinc, "LA15173-0", true },
        { FhirSystems.SnomedCt, "77386006", true },
        { FhirSystems.Loinc, "LA26683-5", false },
        { FhirSystems.SnomedCt, "60001007", false },
        { FhirSystems.Loinc, "LA4489-6", null },
        { FhirSystems.SnomedCt, "261665006", null },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void Pregnancy_StatusAnswer_Read(string system, string answer, bool? pregnant)
    {
        var read = TestData.Json(Bundle(Patient(), PregnancyStatus("p", system, answer, "2026-11-01")));

        Assert.Equal(pregnant, read.Patient.Pregnant);
        Assert.Empty(read.Unmapped);
    }

    [Fact]
    public void Pregnancy_UnknownAnswer_Listed()
    {
        var read = TestData.Json(Bundle(Patient(), PregnancyStatus("p", FhirSystems.Loinc, "LA0000-0", "2026-11-01")));

        Assert.Null(read.Patient.Pregnant);
        Assert.Equal(UnmappedCodes.NoValue, Assert.Single(read.Unmapped).Code);
    }

    [Fact]
    public void Pregnancy_SameDayStatementsDisagree_UnknownAndBothListed()
    {
        var json = Bundle(
            Patient(),
            PregnancyStatus("yes", FhirSystems.Loinc, "LA15173-0", "2026-11-01"),
            PregnancyStatus("no", FhirSystems.Loinc, "LA26683-5", "2026-11-01"));

        var read = TestData.Json(json);

        Assert.Null(read.Patient.Pregnant);
        Assert.Equal([UnmappedCodes.Conflicting, UnmappedCodes.Conflicting], read.Unmapped.Select(u => u.Code));
    }

    [Fact]
    public void Pregnancy_LaterNotPregnant_WinsOverAnEarlierPregnancy()
    {
        var json = Bundle(
            Patient(),
            Condition("preg", FhirSystems.Icd10Cm, "Z33.1", extra: """, "onsetDateTime": "2026-03-01" """),
            PregnancyStatus("no", FhirSystems.Loinc, "LA26683-5", "2026-11-20"));

        var read = TestData.Json(json);

        Assert.False(read.Patient.Pregnant);
        Assert.Equal(UnmappedCodes.Superseded, Assert.Single(read.Unmapped).Code);
    }

    [Theory]
    [InlineData(FhirSystems.Icd10Cm, "Z33.1")]
    [InlineData(FhirSystems.Icd10Cm, "Z34.00")]
    [InlineData(FhirSystems.Icd10Cm, "Z3A.32")]
    [InlineData(FhirSystems.Icd10Cm, "O09.523")]
    [InlineData(FhirSystems.SnomedCt, "77386006")]
    [InlineData(FhirSystems.SnomedCt, "72892002")]
    public void Pregnancy_ActivePregnancyCondition_Pregnant(string system, string code)
    {
        var read = TestData.Json(Bundle(Patient(), Condition("preg", system, code)));

        Assert.True(read.Patient.Pregnant);
        Assert.Null(read.Patient.Conditions);
        Assert.Equal("Condition/preg", read.Context.FindSource("$.patient.pregnant")!.Reference);
    }

    [Fact]
    public void Pregnancy_ResolvedPregnancyCondition_UnknownNotFalse()
    {
        var read = TestData.Json(Bundle(Patient(), Condition("preg", FhirSystems.Icd10Cm, "Z34.90", "resolved")));

        Assert.Null(read.Patient.Pregnant);
        Assert.Equal(UnmappedCodes.Inactive, Assert.Single(read.Unmapped).Code);
    }

    [Fact]
    public void Pregnancy_OlderThan42Weeks_StaleAndUnknown()
    {
        var day = TestData.Today.AddDays(-FhirRequestReader.PregnancyStatusMaxAgeDays - 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var read = TestData.Json(Bundle(Patient(), PregnancyStatus("p", FhirSystems.Loinc, "LA15173-0", day)));

        Assert.Null(read.Patient.Pregnant);
        Assert.Equal(UnmappedCodes.Stale, Assert.Single(read.Unmapped).Code);
    }

    [Fact]
    public void Pregnancy_Exactly42WeeksOld_StillCounts()
    {
        var day = TestData.Today.AddDays(-FhirRequestReader.PregnancyStatusMaxAgeDays).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var read = TestData.Json(Bundle(Patient(), PregnancyStatus("p", FhirSystems.Loinc, "LA15173-0", day)));

        Assert.True(read.Patient.Pregnant);
    }

    [Fact]
    public void Pregnancy_StatusAfterAsOf_Listed()
    {
        var read = TestData.Json(Bundle(Patient(), PregnancyStatus("p", FhirSystems.Loinc, "LA15173-0", "2026-11-30")));

        Assert.Null(read.Patient.Pregnant);
        Assert.Equal(UnmappedCodes.AfterAsOf, Assert.Single(read.Unmapped).Code);
    }

    [Fact]
    public void Pregnancy_NoStatement_Unknown()
    {
        var read = TestData.Bundle("older-woman-on-thiazide.json");

        Assert.Null(read.Patient.Pregnant);
        Assert.Equal(Sex.Female, read.Patient.Sex);
    }
}
