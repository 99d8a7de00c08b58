using Cramps.Core;
using Cramps.Fhir.Tests.Support;
using static Cramps.Fhir.Tests.Support.Resources;

namespace Cramps.Fhir.Tests.Reading;

/// <summary>Patient: gender to sex, birthDate to the age on asOf; an age that cannot be known stays unknown.</summary>
public sealed class PatientMappingTests
{
    public static TheoryData<string, string, int> Ages() => new()
    {
        { "1952-03-14", "2026-11-25", 74 },
        { "1952-11-25", "2026-11-25", 74 },
        { "1952-11-26", "2026-11-25", 73 },
        { "2000-02-29", "2027-02-28", 26 },
        { "2000-02-29", "2027-03-01", 27 },
        { "2026-11-25", "2026-11-25", 0 },
        { "1995-07", "2026-11-25", 31 },
        { "1995-10", "2026-11-25", 31 },
        { "1995-12", "2026-11-25", 30 },
    };

    [Theory]
    [MemberData(nameof(Ages))]
    public void BirthDate_OnAsOf_GivesAgeInWholeYears(string birthDate, string asOf, int age)
    {
        var read = TestData.Json(Patient("female", birthDate), DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(age, read.Patient.AgeYears);
        Assert.Equal("Patient/" + PatientId, read.Context.FindSource("$.patient.ageYears")!.Reference);
        Assert.Empty(read.Unmapped);
    }

    [Theory]
    [InlineData("1995")]
    [InlineData("1995-11")]
    public void BirthDate_PartialAndAmbiguousOnAsOf_AgeUnknownAndListed(string birthDate)
    {
        var read = TestData.Json(Patient("female", birthDate));

        Assert.Null(read.Patient.AgeYears);
        Assert.Null(read.Context.FindSource("$.patient.ageYears"));
        Assert.Equal(UnmappedCodes.AgeUnknown, Assert.Single(read.Unmapped).Code);
    }

    [Fact]
    public void BirthDate_AfterAsOf_AgeUnknownAndListed()
    {
        var read = TestData.Json(Patient("female", "2026-12-01"));

        Assert.Null(read.Patient.AgeYears);
        Assert.Equal(UnmappedCodes.AgeUnknown, Assert.Single(read.Unmapped).Code);
    }

    [Fact]
    public void BirthDate_OlderThanTheRequestAccepts_AgeUnknownAndListed()
    {
        var read = TestData.Json(Patient("female", "1890-01-01"));

        Assert.Null(read.Patient.AgeYears);
        Assert.Equal(UnmappedCodes.OutOfRange, Assert.Single(read.Unmapped).Code);
    }

    [Fact]
    public void BirthDate_WithoutAsOf_AgeOnTheLatestDateInTheInput()
    {
        var json = Bundle(
            Patient("female", "1960-11-22"),
            Lab("k", "2823-3", Ucum(4.0, "mmol/L"), effective: "2026-11-20T08:00:00-05:00"),
            Statement("s", Concept(FhirSystems.Atc, "C10AA05"), effective: "2026-11-23"));

        var read = TestData.Valid(FhirRequestReader.Read(json));

        // Today is the latest date of any kind: the statement's 2026-11-23, after the 66th birthday on 2026-11-22.
        Assert.Equal(66, read.Patient.AgeYears);
        Assert.Equal(new DateOnly(2026, 11, 23), read.Request.AsOf);
    }

    [Fact]
    public void BirthDate_WithoutAnyDate_AgeUnknownAndListed()
    {
        var read = TestData.Valid(FhirRequestReader.Read(Patient("female", "1960-01-01")));

        Assert.Null(read.Patient.AgeYears);
        var item = Assert.Single(read.Unmapped);
        Assert.Equal(UnmappedCodes.AgeUnknown, item.Code);
        Assert.Contains("asOf", item.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BirthDate_NotADateInAParsedResource_AgeUnknownAndListed()
    {
        var patient = new Hl7.Fhir.Model.Patient { Id = "p", BirthDate = "last spring" };

        var read = TestData.Valid(FhirRequestReader.Read(patient, TestData.Today));

        Assert.Null(read.Patient.AgeYears);
        Assert.Equal(UnmappedCodes.AgeUnknown, Assert.Single(read.Unmapped).Code);
    }

    [Fact]
    public void BirthDate_Missing_AgeUnknownNothingListed()
    {
        var read = TestData.Json(Patient("female", null));

        Assert.Null(read.Patient.AgeYears);
        Assert.Empty(read.Unmapped);
    }

    public static TheoryData<string, Sex> Genders() => new()
    {
        { "female", Sex.Female },
        { "male", Sex.Male },
        { "other", Sex.Other },
        { "unknown", Sex.Unknown },
    };

    [Theory]
    [MemberData(nameof(Genders))]
    public void Gender_MapsToSex(string gender, Sex sex)
    {
        var read = TestData.Json(Patient(gender));

        Assert.Equal(sex, read.Patient.Sex);
        Assert.NotNull(read.Context.FindSource("$.patient.sex"));
    }

    [Fact]
    public void Gender_Missing_SexUnknown()
    {
        var read = TestData.Json("""{ "resourceType": "Patient", "id": "x" }""");

        Assert.Null(read.Patient.Sex);
        Assert.Null(read.Context.FindSource("$.patient.sex"));
    }

    [Fact]
    public void Patient_Missing_AgeAndSexUnknown()
    {
        var read = TestData.Json(Bundle(Condition("c", FhirSystems.Icd10Cm, "I50.9")));

        Assert.Null(read.Patient.AgeYears);
        Assert.Null(read.Patient.Sex);
        Assert.Equal("Patient/" + PatientId, read.Context.SubjectReference);
    }
}
