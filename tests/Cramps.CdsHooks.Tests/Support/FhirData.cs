using System.Globalization;
using System.Text.Json.Nodes;

namespace Cramps.CdsHooks.Tests.Support;

/// <summary>Builds the small FHIR resources and CDS Hooks requests the tests need.</summary>
internal static class FhirData
{
    public const string PatientId = "p-42";

    /// <summary>Ten days ago, so a result is in the past whatever day the tests run.</summary>
    public static string RecentDate => DateTime.UtcNow.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static JsonObject Patient(string id = PatientId) =>
        new() { ["resourceType"] = "Patient", ["id"] = id, ["gender"] = "female", ["birthDate"] = "1950-04-02" };

    public static JsonObject Searchset(params JsonObject[] resources) =>
        new()
        {
            ["resourceType"] = "Bundle",
            ["type"] = "searchset",
            ["entry"] = new JsonArray([.. resources.Select(r => (JsonNode)new JsonObject { ["resource"] = r, ["search"] = new JsonObject { ["mode"] = "match" } })]),
        };

    public static JsonObject Condition(string id, string system, string code, string display, string patientId = PatientId) =>
        new()
        {
            ["resourceType"] = "Condition",
            ["id"] = id,
            ["clinicalStatus"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = "http://terminology.hl7.org/CodeSystem/condition-clinical", ["code"] = "active" }) },
            ["code"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = system, ["code"] = code, ["display"] = display }) },
            ["subject"] = new JsonObject { ["reference"] = "Patient/" + patientId },
        };

    public static JsonObject HeartFailure() => Condition("hf", "http://hl7.org/fhir/sid/icd-10-cm", "I50.9", "Heart failure, unspecified");

    public static JsonObject Cramps() => Condition("cramp", "http://hl7.org/fhir/sid/icd-10-cm", "R25.2", "Cramp and spasm");

    public static JsonObject Potassium(double value, string id = "k1", string patientId = PatientId) =>
        new()
        {
            ["resourceType"] = "Observation",
            ["id"] = id,
            ["status"] = "final",
            ["code"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = "http://loinc.org", ["code"] = "2823-3", ["display"] = "Potassium" }) },
            ["subject"] = new JsonObject { ["reference"] = "Patient/" + patientId },
            ["effectiveDateTime"] = RecentDate,
            ["valueQuantity"] = new JsonObject { ["value"] = value, ["unit"] = "mmol/L", ["system"] = "http://unitsofmeasure.org", ["code"] = "mmol/L" },
        };

    public static JsonObject MedicationRequest(string id, string display, string status = "draft", string patientId = PatientId) =>
        new()
        {
            ["resourceType"] = "MedicationRequest",
            ["id"] = id,
            ["status"] = status,
            ["intent"] = "order",
            ["medicationCodeableConcept"] = new JsonObject
            {
                ["coding"] = new JsonArray(new JsonObject { ["system"] = "http://www.nlm.nih.gov/research/umls/rxnorm", ["code"] = "0000", ["display"] = display }),
                ["text"] = display,
            },
            ["subject"] = new JsonObject { ["reference"] = "Patient/" + patientId },
        };

    /// <summary>A prefetch satisfying every template: the patient, and the given conditions and observations.</summary>
    public static JsonObject Prefetch(JsonObject[]? conditions = null, JsonObject[]? observations = null, JsonObject? patient = null) =>
        new()
        {
            ["patient"] = patient ?? Patient(),
            ["conditions"] = Searchset(conditions ?? []),
            ["medications"] = Searchset(),
            ["medicationStatements"] = null,
            ["observations"] = Searchset(observations ?? []),
        };

    public static JsonObject PatientView(JsonObject? prefetch, string patientId = PatientId)
    {
        var request = new JsonObject
        {
            ["hook"] = "patient-view",
            ["hookInstance"] = Guid.NewGuid().ToString(),
            ["context"] = new JsonObject { ["userId"] = "Practitioner/example", ["patientId"] = patientId },
        };
        if (prefetch is not null)
        {
            request["prefetch"] = prefetch;
        }

        return request;
    }

    /// <summary>An order-select request selecting one draft MedicationRequest.</summary>
    public static JsonObject OrderSelect(JsonObject draft, JsonObject? prefetch)
    {
        var request = new JsonObject
        {
            ["hook"] = "order-select",
            ["hookInstance"] = Guid.NewGuid().ToString(),
            ["context"] = new JsonObject
            {
                ["userId"] = "Practitioner/example",
                ["patientId"] = PatientId,
                ["selections"] = new JsonArray("MedicationRequest/" + draft["id"]!.GetValue<string>()),
                ["draftOrders"] = new JsonObject { ["resourceType"] = "Bundle", ["type"] = "collection", ["entry"] = new JsonArray(new JsonObject { ["resource"] = draft }) },
            },
        };
        if (prefetch is not null)
        {
            request["prefetch"] = prefetch;
        }

        return request;
    }
}
