namespace Cramps.Fhir;

/// <summary>Provides the code system URIs the FHIR reader reads and the writers write.</summary>
/// <remarks>
/// The systems under <c>urn:cramps-kb:</c> name the knowledge base's own ids (cause categories, red flags, the knowledge
/// base itself); they are stable and change only with a new major version of this package.
/// </remarks>
public static class FhirSystems
{
    /// <summary>ICD-10-CM: <c>http://hl7.org/fhir/sid/icd-10-cm</c>.</summary>
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";

    /// <summary>SNOMED CT: <c>http://snomed.info/sct</c>.</summary>
    public const string SnomedCt = "http://snomed.info/sct";

    /// <summary>The WHO ATC classification: <c>http://www.whocc.no/atc</c>.</summary>
    public const string Atc = "http://www.whocc.no/atc";

    /// <summary>RxNorm: <c>http://www.nlm.nih.gov/research/umls/rxnorm</c>.</summary>
    public const string RxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm";

    /// <summary>LOINC: <c>http://loinc.org</c>.</summary>
    public const string Loinc = "http://loinc.org";

    /// <summary>UCUM units: <c>http://unitsofmeasure.org</c>.</summary>
    public const string Ucum = "http://unitsofmeasure.org";

    /// <summary>The Condition clinical status codes: <c>http://terminology.hl7.org/CodeSystem/condition-clinical</c>.</summary>
    public const string ConditionClinicalStatus = "http://terminology.hl7.org/CodeSystem/condition-clinical";

    /// <summary>The Condition verification status codes: <c>http://terminology.hl7.org/CodeSystem/condition-ver-status</c>.</summary>
    public const string ConditionVerificationStatus = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

    /// <summary>The International Patient Summary's absent and unknown data codes: <c>http://hl7.org/fhir/uv/ips/CodeSystem/absent-unknown-uv-ips</c>.</summary>
    public const string IpsAbsentUnknown = "http://hl7.org/fhir/uv/ips/CodeSystem/absent-unknown-uv-ips";

    /// <summary>The reasons a List is empty: <c>http://terminology.hl7.org/CodeSystem/list-empty-reason</c>.</summary>
    public const string ListEmptyReason = "http://terminology.hl7.org/CodeSystem/list-empty-reason";

    /// <summary>The qualitative risk codes of a RiskAssessment prediction: <c>http://terminology.hl7.org/CodeSystem/risk-probability</c>.</summary>
    public const string RiskProbability = "http://terminology.hl7.org/CodeSystem/risk-probability";

    /// <summary>The knowledge base itself, coded <c>cramps-kb</c> with the edition as version: <c>urn:cramps-kb:knowledge-base</c>.</summary>
    public const string KnowledgeBase = "urn:cramps-kb:knowledge-base";

    /// <summary>The cause category ids of the knowledge base, such as <c>electrolyte-disturbance</c>: <c>urn:cramps-kb:cause-category</c>.</summary>
    public const string CauseCategory = "urn:cramps-kb:cause-category";

    /// <summary>The red flag ids of the knowledge base, such as <c>flag-tetany</c>: <c>urn:cramps-kb:red-flag</c>.</summary>
    public const string RedFlag = "urn:cramps-kb:red-flag";
}
