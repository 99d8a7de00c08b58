using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace Cramps.Core.Serialization;

/// <summary>Provides the JSON Schemas (draft 2020-12) of the request and the result, generated from the wire types.</summary>
/// <remarks>
/// <para>
/// The schemas come from <see cref="JsonSchemaExporter"/> over the source-generated wire metadata and are enriched with the
/// contract's ranges, enums, required members and size limits, taken from the same constants the validator uses
/// (<see cref="RequestLimits"/>), and with a description of every member and object type, taken from this library's
/// XML documentation. Every request <see cref="CrampJson.ParseRequest(ReadOnlySpan{byte})"/> accepts is valid
/// against the request schema; the validator checks more than a schema can say (units per test, dates after
/// <c>asOf</c>, duplicate properties), so it may reject a request the schema accepts.
/// </para>
/// <para>All members are pure and thread-safe.</para>
/// </remarks>
public static class CrampJsonSchema
{
    /// <summary>The JSON Schema dialect of both schemas.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The <c>$id</c> of the request schema.</summary>
    public const string RequestId = "urn:cramps:schema:request:1";

    /// <summary>The <c>$id</c> of the result schema.</summary>
    public const string ResultId = "urn:cramps:schema:result:1";

    /// <summary>The pattern of a date: <c>yyyy-MM-dd</c>.</summary>
    public const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    /// <summary>The pattern of a date-time with an offset, such as <c>2026-11-20T02:40:00-05:00</c>.</summary>
    public const string DateTimePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,7})?(Z|[+-][0-9]{2}:[0-9]{2})$";

    /// <summary>The pattern every text value matches: at least one character that is not white space.</summary>
    public const string TextPattern = "\\S";

    /// <summary>Gets the JSON Schema of the request, schema version 1.</summary>
    /// <returns>The schema as indented JSON text.</returns>
    public static string Request() => Write(Build(CrampsJsonContext.Default.AssessmentRequest, RequestId, "Cramps assessment request", RequestNode));

    /// <summary>Gets the JSON Schema of the result, schema version 1.</summary>
    /// <returns>The schema as indented JSON text.</returns>
    public static string Result() => Write(Build(CrampsJsonContext.Default.CrampAssessment, ResultId, "Cramps assessment result", ResultNode));

    private static JsonObject Build(System.Text.Json.Serialization.Metadata.JsonTypeInfo typeInfo, string id, string title, Func<JsonSchemaExporterContext, JsonNode, JsonNode> transform)
    {
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(typeInfo, new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Describe(context, transform(context, node)),
        });
        var root = new JsonObject
        {
            ["$schema"] = Dialect,
            ["$id"] = id,
            ["title"] = title,
        };
        foreach (var (name, value) in schema.AsObject().ToList())
        {
            schema.AsObject().Remove(name);
            root[name] = value;
        }

        root["type"] = "object";
        return root;
    }

    /// <summary>Adds the description of the member, or else of the type, from the XML documentation (<see cref="SchemaDescriptions"/>).</summary>
    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode node)
    {
        if (node is not JsonObject schema || schema.ContainsKey("description"))
        {
            return node;
        }

        var property = context.PropertyInfo;
        var description = property is null
            ? SchemaDescriptions.Of(context.TypeInfo.Type.Name)
            : SchemaDescriptions.Of(property.DeclaringType.Name + "." + property.Name);
        if (description is not null)
        {
            schema["description"] = description;
        }

        return schema;
    }

    private static JsonNode RequestNode(JsonSchemaExporterContext context, JsonNode node)
    {
        if (node is not JsonObject schema)
        {
            schema = new JsonObject();
        }

        var type = context.TypeInfo.Type;
        var property = context.PropertyInfo;
        var nullable = property is not null && (Nullable.GetUnderlyingType(property.PropertyType) is not null || !property.PropertyType.IsValueType);

        // Objects: closed, and required members per the contract.
        if (schema.ContainsKey("properties"))
        {
            schema["additionalProperties"] = false;
        }

        if (type == typeof(AssessmentRequest))
        {
            schema["required"] = Strings("schemaVersion");
        }
        else if (type == typeof(Condition))
        {
            schema["type"] = "object";
            Identified(schema, "id");
        }
        else if (type == typeof(Medication))
        {
            schema["type"] = "object";
            Identified(schema, "name");
        }
        else if (type == typeof(LabResult))
        {
            schema["type"] = "object";
            schema["required"] = Strings("value", "unit");
            schema["anyOf"] = new JsonArray(Required("test"), Required("loinc"));
        }
        else if (type == typeof(CrampEpisode))
        {
            schema["type"] = "object";
            schema["required"] = Strings("muscles");
        }

        if (property is null)
        {
            return Enums(type, schema, nullable: false);
        }

        var owner = property.DeclaringType;
        var name = property.Name;
        switch (owner.Name, name)
        {
            case (nameof(AssessmentRequest), "schemaVersion"):
                return new JsonObject { ["const"] = RequestLimits.SchemaVersion, ["description"] = "The schema version; only \"1\" is supported." };
            case (nameof(AssessmentRequest), "requestId"):
                schema["minLength"] = 1;
                schema["maxLength"] = RequestLimits.MaxRequestIdLength;
                schema["pattern"] = Internal.RequestIds.Pattern();
                schema["description"] = "The caller's own id of the request, echoed in the result; printable characters only.";
                return schema;
            case (nameof(AssessmentRequest), "asOf"):
                schema.Remove("default");
                return Date(schema);
            case (_, "startedOn" or "collectedOn"):
                return Date(schema);
            case (nameof(CrampEpisode), "startedAt"):
                schema["pattern"] = DateTimePattern;
                return schema;
            case (nameof(PatientHistory), "ageYears"):
                return Range(schema, 0, RequestLimits.MaxAgeYears);
            case (nameof(CrampEpisode), "painScore"):
                return Range(schema, 0, RequestLimits.MaxPainScore);
            case (nameof(CrampEpisode), "durationSeconds"):
                return Range(schema, RequestLimits.MinDurationSeconds, RequestLimits.MaxDurationSeconds);
            case (nameof(CrampPattern), "episodesPerWeek"):
                return Range(schema, 0, RequestLimits.MaxEpisodesPerWeek);
            case (nameof(CrampPattern), "longestMinutes"):
                return Range(schema, 0, RequestLimits.MaxLongestMinutes);
            case (nameof(Lifestyle), "caffeineServingsPerDay" or "caffeineMgPerDay" or "alcoholDrinksPerWeek"):
                return Range(schema, 0, RequestLimits.MaxIntakeQuantity);
            case (nameof(LabResult), "value"):
                schema["minimum"] = 0;
                return schema;
            case (nameof(AssessmentRequest), "episodes"):
                return Items(schema, RequestLimits.MaxEpisodes);
            case (nameof(PatientHistory), "conditions"):
                return Items(schema, RequestLimits.MaxConditions);
            case (nameof(PatientHistory), "medications"):
                return Items(schema, RequestLimits.MaxMedications);
            case (nameof(PatientHistory), "labs"):
                return Items(schema, RequestLimits.MaxLabs);
            case (nameof(CrampEpisode), "muscles"):
                schema["type"] = "array";
                schema["minItems"] = 1;
                schema["maxItems"] = RequestLimits.MaxMusclesPerEpisode;
                schema["uniqueItems"] = true;
                schema["items"] = new JsonObject { ["enum"] = Strings([.. WireNames.Muscle.All]) };
                return schema;
        }

        if (property.PropertyType == typeof(string))
        {
            schema["minLength"] = 1;
            schema["maxLength"] = RequestLimits.MaxTextLength;
            schema["pattern"] = TextPattern;
            return schema;
        }

        return Enums(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, schema, nullable);
    }

    private static JsonNode ResultNode(JsonSchemaExporterContext context, JsonNode node)
    {
        if (node is not JsonObject schema)
        {
            schema = new JsonObject();
        }

        // A result member that is never null is written as such (the exporter allows null for get-only members).
        if (context.PropertyInfo is { IsGetNullable: false } && schema["type"] is JsonArray { Count: 2 } types)
        {
            schema["type"] = types.Select(t => t!.GetValue<string>()).Single(t => t != "null");
        }

        if (schema["properties"] is JsonObject properties)
        {
            // Every member of a result object is always written, except those that may be null.
            schema["additionalProperties"] = false;
            var required = properties.Where(p => !MayBeNull(p.Value)).Select(p => p.Key).ToArray();
            if (required.Length > 0)
            {
                schema["required"] = Strings(required);
            }
        }

        // Result enums are written as their wire names through string members; name their values here.
        var wireEnum = (context.PropertyInfo?.DeclaringType.Name, context.PropertyInfo?.Name) switch
        {
            (nameof(CrampAssessment), "urgency") or (nameof(RedFlagFinding), "urgency") => typeof(Urgency),
            (nameof(RiskFactorFinding), "strength") => typeof(EvidenceStrength),
            (nameof(TraceEntry), "outcome") => typeof(RuleOutcome),
            _ => null,
        };
        if (wireEnum is not null)
        {
            return Enums(wireEnum, schema, nullable: false);
        }

        var type = context.PropertyInfo?.PropertyType ?? context.TypeInfo.Type;
        return Enums(Nullable.GetUnderlyingType(type) ?? type, schema, nullable: false);
    }

    private static JsonObject Enums(Type type, JsonObject schema, bool nullable)
    {
        var names = WireNames.Of(type)?.All;
        if (names is null)
        {
            return schema;
        }

        var values = Strings([.. names]);
        if (nullable)
        {
            values.Add(null);
        }

        return new JsonObject { ["enum"] = values };
    }

    private static bool MayBeNull(JsonNode? schema) =>
        schema?["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null");

    private static JsonObject Date(JsonObject schema)
    {
        schema["pattern"] = DatePattern;
        return schema;
    }

    private static JsonObject Range(JsonObject schema, double minimum, double maximum)
    {
        schema["minimum"] = minimum;
        schema["maximum"] = maximum;
        return schema;
    }

    private static JsonObject Items(JsonObject schema, int maximum)
    {
        schema["maxItems"] = maximum;
        return schema;
    }

    private static void Identified(JsonObject schema, string ownName)
    {
        schema["anyOf"] = new JsonArray(Required(ownName), Required("system", "code"));
        schema["dependentRequired"] = new JsonObject { ["system"] = Strings("code"), ["code"] = Strings("system") };
    }

    private static JsonObject Required(params string[] names) => new() { ["required"] = Strings(names) };

    private static JsonArray Strings(params string[] values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    private static string Write(JsonNode node) =>
        node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
}
