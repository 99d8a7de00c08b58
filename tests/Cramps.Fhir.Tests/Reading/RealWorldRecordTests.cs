using Cramps.Core;
using Cramps.Core.Serialization;
using Cramps.Fhir.Tests.Support;

namespace Cramps.Fhir.Tests.Reading;

/// <summary>A record shaped as Synthea writes it (SNOMED CT, RxNorm, mL/min eGFR, an unreadable newer lab, a later visit), read without asOf.</summary>
public sealed class RealWorldRecordTests
{
    private static FhirReadResult Read() => ReadPaths.ReadBoth(TestData.Text("bundles", "synthea-shaped-record.json"), new FhirReadOptions());

    [Fact]
    public void Request_TodayFromTheVisitCodesThroughTheTablesNewestLabDecides()
    {
        var read = Read();

        Assert.True(read.IsValid);
        Assert.Equal(
            """{"schemaVersion":"1","asOf":"2024-05-06","patient":{"ageYears":74,"sex":"male","conditions":[{"system":"snomed-ct","code":"368581000119106","display":"Neuropathy due to type 2 diabetes mellitus (disorder)"}],"medications":[{"name":"simvastatin (Simvistatin 10 MG)","startedOn":"2016-03-02"}],"labs":[{"loinc":"33914-3","value":48.3,"unit":"mL/min/1.73m2","collectedOn":"2024-02-20"}]},"episodes":[]}""",
            CrampJson.Serialize(read.Request!));
    }

    [Fact]
    public void Assessment_FindsDiabetesNeuropathyStatinAndKidneyDisease_PotassiumUnknown_NothingNew()
    {
        var read = Read();

        var assessment = new CrampEvaluator().Evaluate(read.Request!, EvaluationOptions.WithTrace);

        Assert.Equal(
            ["older-age", "chronic-kidney-disease", "diabetes", "peripheral-neuropathy", "statin"],
            assessment.RiskFactors.Select(f => f.Id).Where(id => id is "older-age" or "chronic-kidney-disease" or "diabetes" or "peripheral-neuropathy" or "statin"));
        Assert.Equal(RuleOutcome.Unknown, assessment.Trace!.Single(t => t.Rule == "hypokalemia").Outcome);
        Assert.Equal(RuleOutcome.Absent, assessment.Trace!.Single(t => t.Rule == "new-medicine-temporal").Outcome);
        Assert.Equal(
            [("Observation/k-2023", UnmappedCodes.TestUnknown), ("Observation/k-2024", UnmappedCodes.NoValue), ("Encounter/visit", UnmappedCodes.UnsupportedResource)],
            read.Unmapped.Select(u => (u.Source.Reference, u.Code)));
    }
}
