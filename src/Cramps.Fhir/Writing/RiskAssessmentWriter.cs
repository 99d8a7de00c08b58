using System.Globalization;
using Ardalis.GuardClauses;
using Cramps.Core;
using Cramps.Fhir.Writing;
using Hl7.Fhir.Serialization;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir;

/// <summary>Writes an assessment as a FHIR R4 <c>RiskAssessment</c>.</summary>
/// <remarks>
/// <para>
/// The resource has status <c>final</c>; <c>subject</c> the patient of the mapping context (a display-only reference
/// when there is none); <c>occurrenceDateTime</c> the date that counted as today (the context's
/// <see cref="FhirMappingContext.ReferenceDate"/>: asOf, else the latest date in the input); <c>method</c> the knowledge base, coded
/// <c>cramps-kb</c> in <see cref="FhirSystems.KnowledgeBase"/> with the edition as version and the content hash in its
/// text; one <c>prediction</c> per listed cause category, in the assessment's order, whose <c>outcome</c> is the category
/// (<see cref="FhirSystems.CauseCategory"/>), whose <c>qualitativeRisk</c> is the score band
/// (<see cref="FhirSystems.RiskProbability"/>: <c>high</c> from <see cref="HighScore"/>, <c>moderate</c> from
/// <see cref="ModerateScore"/>, <c>low</c> below) and whose <c>rationale</c> names the score and its risk factors and red
/// flags; <c>basis</c> the resources behind the evidence (with a mapping context); <c>mitigation</c> the advice, one
/// item a line; and notes: the urgency with its reasons, then (when no asOf was given) which date counted as today and
/// why, then the disclaimer. Predictions carry no <c>probability</c>: the knowledge base gives none (see the interop
/// article on the <c>ras-2</c> invariant).
/// </para>
/// <para>
/// The score bands are this package's reading: the knowledge base ranks categories by score but names no bands. Moderate
/// starts at 3, the weight of one moderate risk factor or one red flag; high at 6, two such findings. A band says how
/// well a category is supported, not how urgent care is: urgency is in the first note and in the CDS Hooks cards.
/// </para>
/// <para>Equal inputs give equal resources. All members are pure and thread-safe.</para>
/// </remarks>
public static class RiskAssessmentWriter
{
    /// <summary>The score from which a category's qualitative risk is <c>moderate</c>.</summary>
    public const double ModerateScore = 3;

    /// <summary>The score from which a category's qualitative risk is <c>high</c>.</summary>
    public const double HighScore = 6;

    /// <summary>Builds the RiskAssessment of an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="context">The mapping context of the FHIR input the request was read from, or <see langword="null"/> when it was not read from FHIR.</param>
    /// <returns>A new RiskAssessment; the caller owns it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is <see langword="null"/>.</exception>
    public static R4.RiskAssessment Build(CrampAssessment assessment, FhirMappingContext? context = null)
    {
        Guard.Against.Null(assessment);
        var identity = assessment.KnowledgeBase;
        var urgency = AssessmentText.Urgency(assessment.Urgency);
        if (assessment.UrgencyReasons.Count > 0)
        {
            urgency += " Reasons: " + string.Join(", ", assessment.UrgencyReasons) + ".";
        }

        return new R4.RiskAssessment
        {
            Status = R4.ObservationStatus.Final,
            Subject = context?.SubjectReference is { } subject
                ? new R4.ResourceReference(subject)
                : new R4.ResourceReference { Display = "Patient not identified in the input" },
            Occurrence = context?.ReferenceDate is { } asOf ? new R4.FhirDateTime(asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
            Code = new R4.CodeableConcept { Text = "Muscle cramp assessment" },
            Method = new R4.CodeableConcept
            {
                Coding = [new R4.Coding(FhirSystems.KnowledgeBase, identity.Id, "Cramps knowledge base " + identity.Edition) { Version = identity.Edition }],
                Text = AssessmentText.Edition(identity),
            },
            Basis = [.. AssessmentText.EvidenceSources(assessment, context).Select(Reference)],
            Prediction = [.. assessment.CauseCategories.Select(Prediction)],
            Mitigation = assessment.Advice.Count == 0 ? null : string.Join("\n", assessment.Advice.Select(a => a.Text)),
            Note =
            [
                new R4.Annotation { Text = new R4.Markdown(urgency) },
                .. assessment.Warnings.Select(w => new R4.Annotation { Text = new R4.Markdown(AssessmentText.Warning(w)) }),
                .. AssessmentText.Today(context) is { } today ? [new R4.Annotation { Text = new R4.Markdown(today) }] : Array.Empty<R4.Annotation>(),
                new R4.Annotation { Text = new R4.Markdown(assessment.Disclaimer) },
            ],
        };
    }

    /// <summary>Writes the RiskAssessment of an assessment as FHIR JSON.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="context">The mapping context of the FHIR input the request was read from, or <see langword="null"/> when it was not read from FHIR.</param>
    /// <param name="pretty">Whether to indent the JSON.</param>
    /// <returns>The FHIR JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is <see langword="null"/>.</exception>
    /// <example><code>Console.WriteLine(RiskAssessmentWriter.Write(evaluator.Evaluate(read.Request), read.Context));</code></example>
    public static string Write(CrampAssessment assessment, FhirMappingContext? context = null, bool pretty = false) =>
        new BaseFhirJsonSerializer(FhirModel.Inspector).SerializeToString(Build(assessment, context), pretty);

    /// <summary>Gets the qualitative risk code of a score: <c>high</c>, <c>moderate</c> or <c>low</c>.</summary>
    internal static (string Code, string Display) Band(double score) =>
        score >= HighScore ? ("high", "High likelihood")
        : score >= ModerateScore ? ("moderate", "Moderate likelihood")
        : ("low", "Low likelihood");

    private static R4.ResourceReference Reference(FhirSource source) =>
        source.Reference is { } reference
            ? new R4.ResourceReference(reference) { Type = source.ResourceType }
            : new R4.ResourceReference { Type = source.ResourceType, Display = source.ToString() };

    private static R4.RiskAssessment.PredictionComponent Prediction(CauseCategoryFinding category)
    {
        var (code, display) = Band(category.Score);
        return new R4.RiskAssessment.PredictionComponent
        {
            Outcome = new R4.CodeableConcept(FhirSystems.CauseCategory, category.Id, category.Name, category.Name),
            QualitativeRisk = new R4.CodeableConcept(FhirSystems.RiskProbability, code, display, null),
            Rationale = "Score " + AssessmentText.Number(category.Score) + " from " + AssessmentText.Basis(category) + ".",
        };
    }
}
