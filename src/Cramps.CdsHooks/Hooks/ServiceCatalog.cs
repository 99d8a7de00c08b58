using Cramps.Core.Knowledge;
using Cramps.Fhir;

namespace Cramps.CdsHooks.Hooks;

/// <summary>A CDS service this app offers: its id, hook, what it does and the prefetch it asks for.</summary>
internal sealed record CdsService(string Id, string Hook, string Title, string Description, string UsageRequirements, IReadOnlyList<PrefetchTemplate> Prefetch);

/// <summary>One prefetch template: a key and the FHIR query it stands for.</summary>
/// <param name="Key">The prefetch key.</param>
/// <param name="Query">The query, with the prefetch token <c>{{context.patientId}}</c>.</param>
/// <param name="ResourceType">The resource type the query returns.</param>
internal sealed record PrefetchTemplate(string Key, string Query, string ResourceType)
{
    /// <summary>The prefetch token of the patient in context.</summary>
    public const string PatientToken = "{{context.patientId}}";

    /// <summary>Gets the query for a patient, with the token replaced by the escaped id.</summary>
    public string For(string patientId) => Query.Replace(PatientToken, Uri.EscapeDataString(patientId), StringComparison.Ordinal);
}

/// <summary>The services of this app and their prefetch templates, generated from the knowledge base.</summary>
internal static class ServiceCatalog
{
    public const string PatientView = "patient-view";
    public const string OrderSelect = "order-select";

    /// <summary>Gets the prefetch both services ask for: the patient, active conditions and medicines, and the labs the knowledge base reads.</summary>
    public static IReadOnlyList<PrefetchTemplate> Templates { get; } =
    [
        new("patient", "Patient/" + PrefetchTemplate.PatientToken, "Patient"),
        new("conditions", "Condition?patient=" + PrefetchTemplate.PatientToken + "&clinical-status=active", "Condition"),
        new("medications", "MedicationRequest?patient=" + PrefetchTemplate.PatientToken + "&status=active", "MedicationRequest"),
        new("medicationStatements", "MedicationStatement?patient=" + PrefetchTemplate.PatientToken + "&status=active", "MedicationStatement"),
        new("observations", "Observation?patient=" + PrefetchTemplate.PatientToken + "&code=" + ObservationCodes() + "&_sort=-date", "Observation"),
    ];

    /// <summary>Gets the services, in the order discovery lists them.</summary>
    public static IReadOnlyList<CdsService> Services { get; } =
    [
        new(
            PatientView,
            PatientView,
            "Muscle cramp risk factors and red flags",
            "When a chart is opened: the patient's risk factors for muscle cramps, red flags with their urgency, possible cause categories and the questions still open, from the Cramps knowledge base " + KnowledgeBase.Default.Edition + ". Informational, never a diagnosis.",
            "Needs the prefetch below, or fhirServer and fhirAuthorization so the service can fetch what is missing.",
            Templates),
        new(
            OrderSelect,
            OrderSelect,
            "Cramp-linked medicine ordered for a patient at risk",
            "When a thiazide, loop or potassium-sparing diuretic, a statin or an inhaled long-acting beta-agonist is selected for a patient whose record shows cramps, low potassium, magnesium, sodium or calcium, kidney disease or heart failure: a card saying what links them. Informational, never a diagnosis.",
            "Needs the prefetch below, or fhirServer and fhirAuthorization, when a linked medicine is selected.",
            Templates),
    ];

    /// <summary>Finds a service by id.</summary>
    public static CdsService? Find(string id) => Services.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    /// <summary>The LOINC codes of every lab test the knowledge base reads, as token search values (system|code), comma-separated.</summary>
    private static string ObservationCodes() =>
        string.Join(',', KnowledgeBase.Default.LabTests.SelectMany(t => t.LoincCodes).Distinct(StringComparer.Ordinal).Select(code => FhirSystems.Loinc + "|" + code));
}
