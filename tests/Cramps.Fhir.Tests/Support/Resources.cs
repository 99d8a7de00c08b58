namespace Cramps.Fhir.Tests.Support;

/// <summary>Small FHIR JSON builders for one-off cases; the realistic examples live in TestData.</summary>
public static class Resources
{
    public const string PatientId = "pat-9";

    /// <summary>A collection Bundle of the given resources (JSON objects), each with a fullUrl from its id when it has one.</summary>
    public static string Bundle(params string[] resources) =>
        """{ "resourceType": "Bundle", "type": "collection", "entry": [ """
        + string.Join(", ", resources.Select(r => """{ "resource": """ + r + " }"))
        + " ] }";

    public static string Patient(string gender = "female", string? birthDate = "1960-01-01") =>
        $$"""{ "resourceType": "Patient", "id": "{{PatientId}}", "gender": "{{gender}}"{{(birthDate is null ? "" : $$""", "birthDate": "{{birthDate}}" """)}} }""";

    public static string Condition(string id, string system, string code, string clinicalStatus = "active", string? extra = null) =>
        $$"""
        { "resourceType": "Condition", "id": "{{id}}",
          "clinicalStatus": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "{{clinicalStatus}}" } ] },
          "code": { "coding": [ { "system": "{{system}}", "code": "{{code}}" } ] },
          "subject": { "reference": "Patient/{{PatientId}}" }{{extra}} }
        """;

    public static string Statement(string id, string medication, string status = "active", string? effective = "2026-06-01") =>
        $$"""
        { "resourceType": "MedicationStatement", "id": "{{id}}", "status": "{{status}}",
          {{medication}},
          "subject": { "reference": "Patient/{{PatientId}}" }{{(effective is null ? "" : $$""", "effectiveDateTime": "{{effective}}" """)}} }
        """;

    public static string Concept(string system, string code, string? display = null) =>
        $$"""
        "medicationCodeableConcept": { "coding": [ { "system": "{{system}}", "code": "{{code}}"{{(display is null ? "" : $$""", "display": "{{display}}" """)}} } ] }
        """;

    public static string Lab(string id, string loinc, string quantity, string effective = "2026-11-20T08:00:00-05:00", string status = "final") =>
        $$"""
        { "resourceType": "Observation", "id": "{{id}}", "status": "{{status}}",
          "code": { "coding": [ { "system": "http://loinc.org", "code": "{{loinc}}" } ] },
          "subject": { "reference": "Patient/{{PatientId}}" },
          "effectiveDateTime": "{{effective}}",
          "valueQuantity": {{quantity}} }
        """;

    public static string Ucum(double value, string code) =>
        $$"""{ "value": {{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "system": "http://unitsofmeasure.org", "code": "{{code}}" }""";

    public static string PregnancyStatus(string id, string answerSystem, string answer, string effective) =>
        $$"""
        { "resourceType": "Observation", "id": "{{id}}", "status": "final",
          "code": { "coding": [ { "system": "http://loinc.org", "code": "82810-3" } ] },
          "subject": { "reference": "Patient/{{PatientId}}" },
          "effectiveDateTime": "{{effective}}",
          "valueCodeableConcept": { "coding": [ { "system": "{{answerSystem}}", "code": "{{answer}}" } ] } }
        """;
}
