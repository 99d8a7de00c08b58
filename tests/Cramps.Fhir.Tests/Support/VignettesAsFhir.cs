using Cramps.Core;

namespace Cramps.Fhir.Tests.Support;

/// <summary>
/// The public vignettes re-expressed as FHIR: each FHIR file carries the history an EHR holds (patient, conditions,
/// medicines, labs); the diary and the self-reported answers come from the vignette's request, as an app would add them.
/// </summary>
public static class VignettesAsFhir
{
    /// <summary>Gets the vignettes re-expressed as FHIR whose requests are valid (the invalid one is tested on its own).</summary>
    public static IEnumerable<string> ValidFiles() => TestData.Files("vignettes-fhir").Where(f => !Expect(f).TryGetProperty("invalid", out _));

    /// <summary>Gets the vignette's <c>expect</c> block.</summary>
    public static System.Text.Json.JsonElement Expect(string file)
    {
        using var document = System.Text.Json.JsonDocument.Parse(TestData.Text("vignettes", file));
        return document.RootElement.GetProperty("expect").Clone();
    }

    /// <summary>Gets the vignette's own request, parsed from its JSON.</summary>
    public static AssessmentRequest JsonRequest(string file)
    {
        using var document = System.Text.Json.JsonDocument.Parse(TestData.Text("vignettes", file));
        return TestData.Request(document.RootElement.GetProperty("request").GetRawText());
    }

    /// <summary>Reads the FHIR version as of the vignette's asOf and adds the vignette's diary and self-reported answers.</summary>
    public static (AssessmentRequest Request, FhirMappingContext Context) Request(string file)
    {
        var vignette = JsonRequest(file);
        var read = TestData.Valid(ReadPaths.ReadBoth(TestData.Text("vignettes-fhir", file), new FhirReadOptions { AsOf = vignette.AsOf }));
        var history = read.Patient with
        {
            FamilyHistoryOfCramps = vignette.Patient.FamilyHistoryOfCramps,
            Lifestyle = vignette.Patient.Lifestyle,
            CrampPattern = vignette.Patient.CrampPattern,
            Symptoms = vignette.Patient.Symptoms,
        };
        return (new AssessmentRequest(history, vignette.Episodes, vignette.AsOf), read.Context);
    }
}
