using System.Text.Json.Nodes;

namespace Cramps.CdsHooks.Tests.Support;

/// <summary>The test data copied into this project: the CDS Hooks specification's example requests and a Synthea patient's request.</summary>
internal static class TestData
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    public static JsonObject Json(string name) => JsonNode.Parse(Text(name))!.AsObject();

    public static JsonObject Sample(string name) => Json(Path.Combine("cds-hooks-samples", name));

    /// <summary>The Synthea patient's patient-view request, with its prefetch of patient, conditions and medications.</summary>
    public static JsonObject Synthea() => Sample("patient-view-request-Isaiah_Schaden.json");

    /// <summary>The Synthea request with the two keys its prefetch lacks given as null: the client has no such data.</summary>
    public static JsonObject SyntheaComplete()
    {
        var request = Synthea();
        request["prefetch"]!["medicationStatements"] = null;
        request["prefetch"]!["observations"] = null;
        return request;
    }

    public const string SyntheaPatientId = "0e61c3ad-d11e-4080-a6aa-cac89cae4e37";
}
