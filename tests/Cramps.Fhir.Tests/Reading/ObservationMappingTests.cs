using System.Globalization;
using Cramps.Core;
using Cramps.Fhir.Tests.Support;
using static Cramps.Fhir.Tests.Support.Resources;

namespace Cramps.Fhir.Tests.Reading;

/// <summary>Observation: LOINC codes of the knowledge base's tests, UCUM quantities, the latest result per test.</summary>
public sealed class ObservationMappingTests
{
    [Fact]
    public void Labs_Example_LatestPerTestInTheKnowledgeBasesUnits()
    {
        var read = TestData.Bundle("older-woman-on-thiazide.json");

        var day = new DateOnly(2026, 11, 20);
        Assert.Equal(
            [
                new LabResult(null, "2823-3", 3.2, "mEq/L") { CollectedOn = day },
                new LabResult(null, "19123-9", 1.6, "mg/dL") { CollectedOn = day },
                new LabResult(null, "2951-2", 138, "mmol/L") { CollectedOn = day },
                new LabResult(null, "11580-8", 6.2, "mIU/L") { CollectedOn = day },
                new LabResult(null, "62238-1", 48, "mL/min/1.73m2") { CollectedOn = day },
            ],
            read.Patient.Labs!);
        Assert.Equal("Observation/k", read.Context.FindSource("$.patient.labs[0]")!.Reference);
        Assert.Equal(UnmappedCodes.Superseded, Assert.Single(read.Unmapped, u => u.Source.Reference == "Observation/k-old").Code);
    }

    public static TheoryData<string, string, string> UcumUnits() => new()
    {
        { "2823-3", "meq/L", "mEq/L" },
        { "2823-3", "mmol/L", "mmol/L" },
        { "19123-9", "mg/dL", "mg/dL" },
        { "19123-9", "meq/L", "mEq/L" },
        { "3016-3", "m[IU]/L", "mIU/L" },
        { "3016-3", "u[IU]/mL", "uIU/mL" },
        { "2157-6", "[IU]/L", "IU/L" },
        { "2157-6", "U/L", "U/L" },
        { "1751-7", "g/L", "g/L" },
        { "33914-3", "mL/min/{1.73_m2}", "mL/min/1.73m2" },
    };

    [Theory]
    [MemberData(nameof(UcumUnits))]
    public void Labs_UcumCode_ReadAsTheKnowledgeBasesUnit(string loinc, string ucum, string unit)
    {
        var read = TestData.Json(Bundle(Patient(), Lab("o", loinc, Ucum(1.5, ucum))));

        Assert.Equal(unit, Assert.Single(read.Patient.Labs!).Unit);
    }

    [Fact]
    public void Labs_NoUcumCodeButUnitText_ReadByTheText()
    {
        var read = TestData.Json(Bundle(Patient(), Lab("o", "2823-3", """{ "value": 3.1, "unit": "mEq/L" }""")));

        Assert.Equal(new LabResult(null, "2823-3", 3.1, "mEq/L") { CollectedOn = new DateOnly(2026, 11, 20) }, Assert.Single(read.Patient.Labs!));
    }

    [Fact]
    public void Labs_UnitNotAcceptedForTheTest_ListedWithTheUnit()
    {
        var read = TestData.Bundle("pregnant-woman.json");

        var item = Assert.Single(read.Unmapped, u => u.Source.Reference == "Observation/ck-local-unit");
        Assert.Equal((UnmappedCodes.UnsupportedUnit, "ukat/L"), (item.Code, item.Value));
        Assert.Contains("U/L, IU/L", item.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Labs_UnitInAnotherSystem_Listed()
    {
        var read = TestData.Json(Bundle(Patient(), Lab("o", "2823-3", """{ "value": 3.1, "system": "http://example.org/units", "code": "mmol/L" }""")));

        Assert.Null(read.Patient.Labs);
        Assert.Equal(UnmappedCodes.UnsupportedUnit, Assert.Single(read.Unmapped).Code);
    }

    [Fact]
    public void Labs_BelowComparatorUnderEveryThreshold_ReadAsJustBelowItsNumber()
    {
        // "< 2.5 mmol/L": every potassium threshold (2.5, 3.0, 3.5, 6.0, 6.5) is at or above 2.5, so every rule decides
        // the same for any value the comparator allows; 2.499 stands for them (a hundredth of the last written digit below).
        var read = TestData.Bundle("pregnant-woman.json");

        var potassium = Assert.Single(read.Patient.Labs!, l => l.Loinc == "6298-4");
        Assert.Equal(2.499, potassium.Value, 10);
        Assert.Equal("< 2.5 mmol/L, collected 2026-11-24", read.Context.FindReading("$.patient.labs[0]"));
        Assert.DoesNotContain(read.Unmapped, u => u.Source.Reference == "Observation/k-below-range");
    }

    [Theory]
    [InlineData("<", 3.0)]
    [InlineData("<=", 3.5)]
    [InlineData(">", 5.0)]
    [InlineData(">=", 6.5)]
    [InlineData("<", 0.0)]
    public void Labs_ComparatorWithAThresholdInItsRange_TestUnknown(string comparator, double value)
    {
        var quantity = string.Create(CultureInfo.InvariantCulture, $$"""{ "value": {{value}}, "comparator": "{{comparator}}", "unit": "mmol/L", "system": "http://unitsofmeasure.org", "code": "mmol/L" }""");
        var read = TestData.Json(Bundle(Patient(), Lab("k", "2823-3", quantity, effective: "2026-11-20")));

        Assert.Null(read.Patient.Labs);
        var item = Assert.Single(read.Unmapped);
        Assert.Equal((UnmappedCodes.InexactValue, comparator), (item.Code, item.Value));
    }

    [Theory]
    [InlineData("<=", 2.4, 2.4)]
    [InlineData(">", 6.5, 6.501)]
    [InlineData(">=", 6.6, 6.6)]
    public void Labs_ComparatorBeyondEveryThreshold_ReadAsAValueItAllows(string comparator, double value, double read)
    {
        var quantity = string.Create(CultureInfo.InvariantCulture, $$"""{ "value": {{value}}, "comparator": "{{comparator}}", "unit": "mmol/L", "system": "http://unitsofmeasure.org", "code": "mmol/L" }""");
        var result = TestData.Json(Bundle(Patient(), Lab("k", "2823-3", quantity, effective: "2026-11-20")));

        Assert.Equal(read, Assert.Single(result.Patient.Labs!).Value, 10);
    }

    [Fact]
    public void Labs_ComparatorOnCalcium_TestUnknownAsAlbuminCorrectsIt()
    {
        var quantity = """{ "value": 1.5, "comparator": "<", "unit": "mmol/L", "system": "http://unitsofmeasure.org", "code": "mmol/L" }""";
        var read = TestData.Json(Bundle(Patient(), Lab("ca", "17861-6", quantity, effective: "2026-11-20")));

        Assert.Null(read.Patient.Labs);
        Assert.Equal(UnmappedCodes.InexactValue, Assert.Single(read.Unmapped).Code);
    }

    [Fact]
    public void Labs_ComparatorWithConfiguredThresholds_DecidedAgainstThem()
    {
        var quantity = """{ "value": 2.5, "comparator": "<", "unit": "mmol/L", "system": "http://unitsofmeasure.org", "code": "mmol/L" }""";
        var thresholds = new Cramps.Core.Configuration.CrampThresholds { PotassiumEmergency = 2.4 };

        var read = FhirRequestReader.Read(Bundle(Patient(), Lab("k", "2823-3", quantity, effective: "2026-11-20")), new FhirReadOptions { AsOf = TestData.Today, Thresholds = thresholds });

        // An emergency cut-off of 2.4 lies below 2.5: "< 2.5" may or may not be an emergency, so potassium stays unknown.
        Assert.Null(read.Request!.Patient!.Labs);
        Assert.Equal(UnmappedCodes.InexactValue, Assert.Single(read.Unmapped).Code);
    }

    [Fact]
    public void Labs_NoValue_Listed()
    {
        var read = TestData.Bundle("pregnant-woman.json");

        Assert.Equal(UnmappedCodes.NoValue, Assert.Single(read.Unmapped, u => u.Source.Reference == "Observation/na-absent").Code);
    }

    [Fact]
    public void Labs_ValueNotAQuantity_Listed()
    {
        var observation = Lab("o", "2823-3", "null").Replace("\"valueQuantity\": null", "\"valueString\": \"low\"", StringComparison.Ordinal);

        var read = TestData.Json(Bundle(Patient(), observation));

        Assert.Equal(UnmappedCodes.NoValue, Assert.Single(read.Unmapped).Code);
    }

    [Fact]
    public void Labs_NegativeValue_Listed()
    {
        var read = TestData.Json(Bundle(Patient(), Lab("o", "2823-3", Ucum(-1, "mmol/L"))));

        Assert.Equal(UnmappedCodes.OutOfRange, Assert.Single(read.Unmapped).Code);
    }

    [Theory]
    [InlineData("registered")]
    [InlineData("cancelled")]
    [InlineData("entered-in-error")]
    [InlineData("unknown")]
    public void Labs_NotResulted_ListedAsUnusable(string status)
    {
        var read = TestData.Json(Bundle(Patient(), Lab("o", "2823-3", Ucum(2.4, "mmol/L"), status: status)));

        Assert.Null(read.Patient.Labs);
        Assert.Equal((UnmappedCodes.UnusableStatus, status), (read.Unmapped[0].Code, read.Unmapped[0].Value));
    }

    [Theory]
    [InlineData("final")]
    [InlineData("amended")]
    [InlineData("corrected")]
    [InlineData("preliminary")]
    public void Labs_Resulted_Read(string status)
    {
        var read = TestData.Json(Bundle(Patient(), Lab("o", "2823-3", Ucum(2.4, "mmol/L"), status: status)));

        Assert.Single(read.Patient.Labs!);
    }

    [Fact]
    public void Labs_LoincNotATestTheKnowledgeBaseReads_Listed()
    {
        var read = TestData.Bundle("older-woman-on-thiazide.json");

        var item = Assert.Single(read.Unmapped, u => u.Source.Reference == "Observation/heart-rate");
        Assert.Equal((UnmappedCodes.NoUsableCode, "http://loinc.org|8867-4"), (item.Code, item.Value));
    }

    [Fact]
    public void Labs_SameDayLaterInstant_WinsAndTheEarlierIsSuperseded()
    {
        var json = Bundle(
            Patient(),
            Lab("early", "2823-3", Ucum(2.9, "mmol/L"), effective: "2026-11-20T08:00:00-05:00"),
            Lab("late", "2823-3", Ucum(3.8, "mmol/L"), effective: "2026-11-20T14:00:00-05:00"));

        var read = TestData.Json(json);

        Assert.Equal(3.8, Assert.Single(read.Patient.Labs!).Value);
        Assert.Equal(("Observation/early", UnmappedCodes.Superseded), (read.Unmapped[0].Source.Reference, read.Unmapped[0].Code));
    }

    [Fact]
    public void Labs_SameDayOneWithoutTime_BothKeptSinceTheirOrderIsUnknown()
    {
        var json = Bundle(
            Patient(),
            Lab("timed", "2823-3", Ucum(3.8, "mmol/L"), effective: "2026-11-20T14:00:00-05:00"),
            Lab("day", "2823-3", Ucum(2.9, "mmol/L"), effective: "2026-11-20"));

        var read = TestData.Json(json);

        Assert.Equal([3.8, 2.9], read.Patient.Labs!.Select(l => l.Value));
        Assert.Empty(read.Unmapped);
    }

    [Fact]
    public void Labs_UndatedBesideDated_BothCount()
    {
        // Undated is not old: a result dated only to the year is not precise to the day, so it counts with the latest.
        var json = Bundle(
            Patient(),
            Lab("dated", "2823-3", Ucum(3.8, "mmol/L"), effective: "2026-11-20"),
            Lab("undated", "2823-3", Ucum(2.9, "mmol/L"), effective: "2026"));

        var read = TestData.Json(json);

        Assert.Equal([(3.8, (DateOnly?)new DateOnly(2026, 11, 20)), (2.9, null)], read.Patient.Labs!.Select(l => (l.Value, l.CollectedOn)));
        Assert.Empty(read.Unmapped);
    }

    [Fact]
    public void Labs_TwoLoincCodesOfOneTest_CompeteForLatest()
    {
        var json = Bundle(
            Patient(),
            Lab("serum", "2823-3", Ucum(3.1, "mmol/L"), effective: "2026-11-19"),
            Lab("blood", "6298-4", Ucum(4.0, "mmol/L"), effective: "2026-11-20"));

        var read = TestData.Json(json);

        Assert.Equal("6298-4", Assert.Single(read.Patient.Labs!).Loinc);
    }

    [Fact]
    public void Labs_CollectedAfterAsOf_Listed()
    {
        var read = TestData.Json(Bundle(Patient(), Lab("o", "2823-3", Ucum(2.4, "mmol/L"), effective: "2026-11-26T08:00:00-05:00")));

        Assert.Null(read.Patient.Labs);
        Assert.Equal(UnmappedCodes.AfterAsOf, Assert.Single(read.Unmapped).Code);
    }

    [Fact]
    public void Labs_NoKnowledgeBaseTest_ListStaysUnknown()
    {
        var read = TestData.Json(Bundle(Patient(), Lab("o", "8867-4", Ucum(72, "/min"))));

        Assert.Null(read.Patient.Labs);
    }
}
