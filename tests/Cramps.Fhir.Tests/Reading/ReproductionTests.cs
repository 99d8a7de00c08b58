using Cramps.Core;
using Cramps.Fhir.Tests.Support;

namespace Cramps.Fhir.Tests.Reading;

/// <summary>
/// One minimal bundle per defect found when real records (Synthea, US Core, converter output) were read, each with the
/// answer the knowledge base gives. The bundles are read without asOf, as a new user would run them.
/// </summary>
public sealed class ReproductionTests
{
    private static readonly CrampEvaluator Evaluator = new();

    [Fact]
    public void R1_NewerPotassiumBelow2Point5_CountsAsBelowAndIsAnEmergency()
    {
        var (read, assessment) = Assess("r1-potassium-newer-comparator.json");

        // "< 2.5" is below every potassium threshold's side that matters (2.5, 3.0, 3.5): hypokalaemia, and below 2.5 an emergency.
        var potassium = Assert.Single(read.Request!.Patient!.Labs!);
        Assert.True(potassium.Value < 2.5);
        Assert.Equal(new DateOnly(2024, 3, 1), potassium.CollectedOn);
        Assert.Contains(assessment.RiskFactors, f => f.Id == "hypokalemia");
        Assert.Equal(Urgency.Emergency, Assert.Single(assessment.RedFlags, f => f.Id == "flag-severe-potassium").Urgency);
        Assert.Equal(UnmappedCodes.Superseded, Assert.Single(read.Unmapped, u => u.Source.Reference == "Observation/k-old").Code);
        Assert.Equal("< 2.5 mmol/L, collected 2024-03-01", read.Context!.FindReading("$.patient.labs[0]"));
    }

    [Fact]
    public void R2_NewerEgfrInMlPerMin_ReadAsThePer1Point73M2RateItsLoincCodeIs()
    {
        var (read, assessment) = Assess("r2-egfr-newer-other-unit.json");

        var egfr = Assert.Single(read.Request!.Patient!.Labs!);
        Assert.Equal((25.0, "mL/min/1.73m2", (DateOnly?)new DateOnly(2024, 3, 1)), (egfr.Value, egfr.Unit, egfr.CollectedOn));
        Assert.Contains(assessment.RiskFactors, f => f.Id == "chronic-kidney-disease");
        Assert.Equal(UnmappedCodes.Superseded, Assert.Single(read.Unmapped, u => u.Source.Reference == "Observation/e-old").Code);
    }

    [Theory]
    [InlineData("r3-potassium-newer-string.json")]
    [InlineData("r5-potassium-old-low-newer-string.json")]
    public void R3R5_NewerPotassiumAsText_PotassiumUnknownAndNoOlderResultStandsIn(string file)
    {
        var (read, assessment) = Assess(file);

        Assert.Null(read.Request!.Patient!.Labs);
        Assert.Equal(RuleOutcome.Unknown, assessment.Trace!.Single(t => t.Rule == "hypokalemia").Outcome);
        Assert.DoesNotContain(assessment.RedFlags, f => f.Id == "flag-severe-potassium");
        var newer = Assert.Single(read.Unmapped, u => u.Source.Reference == "Observation/k-new");
        Assert.Equal(UnmappedCodes.NoValue, newer.Code);
        Assert.Contains("stays unknown", newer.Message, StringComparison.Ordinal);
        Assert.Equal(UnmappedCodes.TestUnknown, Assert.Single(read.Unmapped, u => u.Source.Reference == "Observation/k-old").Code);
    }

    [Fact]
    public void R4_PregnancyFrom2015AndAnEncounterIn2024_TodayIs2024AndThePregnancyIsStale()
    {
        var (read, assessment) = Assess("r4-old-active-pregnancy-no-asof.json");

        Assert.Equal(new DateOnly(2024, 3, 1), read.Request!.AsOf);
        Assert.Null(read.Request.Patient!.Pregnant);
        Assert.Equal(UnmappedCodes.Stale, Assert.Single(read.Unmapped, u => u.Source.Reference == "Condition/c1").Code);
        Assert.DoesNotContain(assessment.RiskFactors, f => f.Id == "pregnancy");
        Assert.Equal(33, read.Request.Patient.AgeYears);
    }

    [Fact]
    public void R7_ByteOrderMark_Accepted()
    {
        // Decoded as a console or an HTTP body would, the byte-order mark stays as the first character.
        var text = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "reproductions", "r7-bom-patient.json")));
        Assert.Equal('\uFEFF', text[0]);

        var read = TestData.Valid(ReadPaths.ReadBoth(text, new FhirReadOptions()));

        Assert.Equal("Patient/example", read.Context.SubjectReference);
        Assert.Equal(new DateOnly(2020, 7, 22), read.Request.AsOf);
        Assert.Equal(33, read.Patient.AgeYears);
    }

    [Fact]
    public void R8_MedicineOf2020AndAnEncounterIn2024_NotNew()
    {
        var (read, assessment) = Assess("r8-old-medicine-later-encounter.json");

        Assert.Equal(new DateOnly(2024, 3, 1), read.Request!.AsOf);
        Assert.Equal(RuleOutcome.Absent, assessment.Trace!.Single(t => t.Rule == "new-medicine-temporal").Outcome);
        Assert.DoesNotContain(assessment.RedFlags, f => f.Id == "flag-new-medicine");
    }

    [Fact]
    public void R9_CriticalPotassiumAndSodium_BothEmergencies()
    {
        var (read, assessment) = Assess("r9-critical-potassium-sodium.json");

        Assert.Equal([2.4, 118.0], read.Request!.Patient!.Labs!.Select(l => l.Value));
        Assert.Equal(Urgency.Emergency, Assert.Single(assessment.RedFlags, f => f.Id == "flag-severe-potassium").Urgency);
        Assert.Equal(Urgency.Emergency, Assert.Single(assessment.RedFlags, f => f.Id == "flag-severe-sodium").Urgency);
        Assert.Equal(Urgency.Emergency, assessment.Urgency);
    }

    private static (FhirReadResult Read, CrampAssessment Assessment) Assess(string file)
    {
        var read = ReadPaths.ReadBoth(TestData.Text("reproductions", file), new FhirReadOptions());
        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        return (read, Evaluator.Evaluate(read.Request, EvaluationOptions.WithTrace));
    }
}
