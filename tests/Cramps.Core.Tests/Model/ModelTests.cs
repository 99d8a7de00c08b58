using static Cramps.Core.Tests.Support.Requests;

namespace Cramps.Core.Tests.Model;

/// <summary>The public model: validated at construction (exact, invariant messages), immutable, value equality.</summary>
public sealed class ModelTests
{
    [Fact]
    public void PatientHistory_AgeOutOfRange_ThrowsWithTheRange()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Nothing with { AgeYears = 131 });

        Assert.Equal("AgeYears must be an integer from 0 to 130. (Parameter 'AgeYears')", exception.Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1)]
    [InlineData(10_001)]
    public void Lifestyle_QuantityNotFiniteOrOutOfRange_Throws(double value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new Lifestyle { CaffeineMgPerDay = value });

        Assert.Equal("CaffeineMgPerDay must be a finite number from 0 to 10000. (Parameter 'CaffeineMgPerDay')", exception.Message);
    }

    [Fact]
    public void PatientHistory_UndefinedSex_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Nothing with { Sex = (Sex)42 });

        Assert.StartsWith("Sex must be a defined Sex value.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PatientHistory_NullListItem_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => Nothing with { Conditions = [null!] });

        Assert.Equal("Conditions must not contain null items. (Parameter 'Conditions')", exception.Message);
    }

    [Fact]
    public void PatientHistory_TooManyMedications_Throws()
    {
        var medications = Enumerable.Repeat(new Medication("naproxen"), RequestLimits.MaxMedications + 1);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Nothing with { Medications = [.. medications] });

        Assert.StartsWith("Medications must hold at most 500 items.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PatientHistory_NullLifestyle_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Nothing with { Lifestyle = null! });
        Assert.Throws<ArgumentNullException>(() => Nothing with { CrampPattern = null! });
        Assert.Throws<ArgumentNullException>(() => Nothing with { Symptoms = null! });
    }

    [Fact]
    public void PatientHistory_Lists_AreCopiedSoTheCallerCannotChangeThem()
    {
        var conditions = new List<Condition> { new("diabetes") };
        var patient = Nothing with { Conditions = conditions };

        conditions.Add(new Condition("cirrhosis"));

        Assert.Single(patient.Conditions!);
    }

    [Fact]
    public void PatientHistory_Equality_ComparesListsByValue()
    {
        var a = Nothing with { AgeYears = 60, Conditions = [new Condition("diabetes")], Labs = [Lab("potassium", 3.2, "mmol/L")] };
        var b = Nothing with { AgeYears = 60, Conditions = [new Condition("diabetes")], Labs = [Lab("potassium", 3.2, "mmol/L")] };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Conditions = [] });
        Assert.NotEqual(a, b with { Conditions = null });
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void Condition_NeitherIdNorCode_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Condition(null, null, null));

        Assert.Equal("A condition needs an id, or a system and a code. (Parameter 'id')", exception.Message);
    }

    [Fact]
    public void Condition_SystemWithoutCode_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Condition("diabetes", ConditionCodeSystem.Icd10Cm, null));

        Assert.Equal("A coded condition needs both a system and a code. (Parameter 'code')", exception.Message);
    }

    [Fact]
    public void Condition_TextTooLongOrEmpty_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Condition(new string('x', 1001)));
        Assert.Throws<ArgumentException>(() => new Condition(" "));
        Assert.Throws<ArgumentNullException>(() => new Condition(null!));
        Assert.Throws<ArgumentException>(() => new Condition("diabetes") { Display = string.Empty });
    }

    [Fact]
    public void Medication_CodeWithoutSystem_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Medication(null, null, "C03AA03"));

        Assert.Equal("A coded medication needs both a system and a code. (Parameter 'system')", exception.Message);
    }

    [Fact]
    public void Medication_NeitherNameNorCode_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Medication(null, null, null));

        Assert.Equal("A medication needs a name, or a system and a code. (Parameter 'name')", exception.Message);
    }

    [Fact]
    public void LabResult_UnitNotAcceptedForTheTest_ThrowsNamingTheAcceptedUnits()
    {
        var exception = Assert.Throws<ArgumentException>(() => Lab("potassium", 3.2, "mg/dL"));

        Assert.Equal("The unit 'mg/dL' is not accepted for potassium; accepted units: mmol/L, mEq/L. (Parameter 'unit')", exception.Message);
    }

    [Fact]
    public void LabResult_TestAndLoincDisagree_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new LabResult("potassium", "2951-2", 3.2, "mmol/L"));

        Assert.Equal("The test id and the LOINC code name different tests. (Parameter 'loinc')", exception.Message);
    }

    [Fact]
    public void LabResult_NoTestAndNoLoinc_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new LabResult(null, null, 1, "mmol/L"));

        Assert.Equal("A lab result needs a test id or a LOINC code. (Parameter 'test')", exception.Message);
    }

    [Fact]
    public void LabResult_ValueNotFinite_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Lab("potassium", double.NaN, "mmol/L"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Lab("potassium", -0.1, "mmol/L"));
    }

    [Fact]
    public void LabResult_UnknownTest_IsAcceptedWithAnyUnit()
    {
        var lab = Lab("ferritin", 30, "ng/mL");

        Assert.Equal("ferritin", lab.Test);
        Assert.Null(lab.Loinc);
    }

    [Fact]
    public void CrampEpisode_NoMuscles_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new CrampEpisode([]));

        Assert.Equal("An episode needs at least one muscle region. (Parameter 'muscles')", exception.Message);
    }

    [Fact]
    public void CrampEpisode_RepeatedOrUndefinedMuscle_Throws()
    {
        Assert.Equal(
            "An episode names each muscle region at most once. (Parameter 'muscles')",
            Assert.Throws<ArgumentException>(() => new CrampEpisode([MuscleRegion.Calf, MuscleRegion.Calf])).Message);
        Assert.Equal(
            "An episode's muscle regions must be defined MuscleRegion values. (Parameter 'muscles')",
            Assert.Throws<ArgumentException>(() => new CrampEpisode([(MuscleRegion)99])).Message);
        Assert.Throws<ArgumentNullException>(() => new CrampEpisode(null!));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(86_401)]
    public void CrampEpisode_DurationOutOfRange_Throws(int seconds)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Episode() with { DurationSeconds = seconds });
    }

    [Fact]
    public void CrampEpisode_Equality_IncludesTheOffset()
    {
        var a = Episode();
        var sameInstantOtherOffset = a with { StartedAt = a.StartedAt!.Value.ToOffset(TimeSpan.Zero) };

        Assert.Equal(a, Episode());
        Assert.Equal(a.GetHashCode(), Episode().GetHashCode());
        Assert.NotEqual(a, sameInstantOtherOffset);
        Assert.NotEqual(a, a with { PainScore = 3 });
    }

    [Fact]
    public void AssessmentRequest_DateAfterAsOf_ThrowsNamingThePath()
    {
        var late = Episode() with { StartedAt = At(2026, 11, 26, 1, 0) };

        var exception = Assert.Throws<ArgumentException>(() => new AssessmentRequest(null, [late], Today));

        Assert.Equal("The date at $.episodes[0].startedAt lies after asOf (2026-11-25). (Parameter 'asOf')", exception.Message);
    }

    [Fact]
    public void AssessmentRequest_MedicineOrLabAfterAsOf_Throws()
    {
        var medicine = new Medication("naproxen") { StartedOn = Today.AddDays(1) };
        var lab = Lab("sodium", 140, "mmol/L") with { CollectedOn = Today.AddDays(1) };

        Assert.Contains("$.patient.medications[0].startedOn", Assert.Throws<ArgumentException>(() => new AssessmentRequest(WithMedications(medicine), null, Today)).Message, StringComparison.Ordinal);
        Assert.Contains("$.patient.labs[0].collectedOn", Assert.Throws<ArgumentException>(() => new AssessmentRequest(WithLabs(lab), null, Today)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessmentRequest_DefaultsAreUnknownAndEmptyDiary()
    {
        var request = new AssessmentRequest();

        Assert.Same(PatientHistory.Unknown, request.Patient);
        Assert.Empty(request.Episodes);
        Assert.Null(request.AsOf);
        Assert.Equal("1", request.SchemaVersion);
    }

    [Fact]
    public void AssessmentRequest_Equality_ComparesTheDiaryByValue()
    {
        Assert.Equal(Of(Episode()), Of(Episode()));
        Assert.Equal(Of(Episode()).GetHashCode(), Of(Episode()).GetHashCode());
        Assert.NotEqual(Of(Episode()), Of(Episode(), Episode()));
        Assert.NotEqual(Of(Episode()), new AssessmentRequest(null, [Episode()]));
    }
}
