using Cramps.Core;
using Cramps.Fhir;

namespace Cramps.Docs.Snippets;

/// <summary>The worked example of the interop article: FHIR R4 in, a RiskAssessment and CDS Hooks cards out.</summary>
internal static class Interop
{
    /// <summary>What the worked example produces, for the tests to check against the article.</summary>
    public sealed record Outputs(FhirReadResult Read, CrampAssessment Assessment, string RiskAssessment, string CdsResponse);

    /// <summary>Reads a FHIR bundle, adds what the patient reports, evaluates, and writes FHIR and CDS Hooks.</summary>
    /// <returns>The outputs, or <see langword="null"/> when the bundle could not be read.</returns>
    public static Outputs? WorkedExample(string bundleJson)
    {
        #region fhir-worked-example
        var read = FhirRequestReader.Read(bundleJson, asOf: new DateOnly(2026, 11, 25));
        if (!read.IsValid)
        {
            foreach (var error in read.Errors)
            {
                Console.Error.WriteLine(error);   // path: message (code)
            }

            return null;
        }

        foreach (var item in read.Unmapped)
        {
            Console.Error.WriteLine(item);       // what the reader could not use, with its resource
        }

        // FHIR carries the history; the app adds what the patient reports.
        var request = new AssessmentRequest(
            read.Request.Patient with { Symptoms = new Symptoms { LegPainWithWalkingEasedByRest = true } },
            read.Request.Episodes,
            read.Request.AsOf);

        var assessment = new CrampEvaluator().Evaluate(request);
        string riskAssessment = RiskAssessmentWriter.Write(assessment, read.Context);
        string cdsResponse = CdsHooksWriter.Write(assessment, read.Context);
        #endregion
        return new Outputs(read, assessment, riskAssessment, cdsResponse);
    }
}
