using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cramps.CdsHooks.Hooks;

/// <summary>The access a CDS client grants to its FHIR server for one call.</summary>
internal sealed record FhirAccess(Uri Server, string AccessToken);

/// <summary>A CDS Hooks request, checked against the service it was sent to.</summary>
/// <remarks>The <see cref="JsonElement"/>s belong to the request's document and live as long as it does.</remarks>
internal sealed partial class HookRequest
{
    private HookRequest(string hookInstance, string patientId, Uri? fhirServer, FhirAccess? access, JsonElement? prefetch, JsonElement? draftOrders, IReadOnlyList<string> selections)
    {
        HookInstance = hookInstance;
        PatientId = patientId;
        FhirServer = fhirServer;
        Access = access;
        Prefetch = prefetch;
        DraftOrders = draftOrders;
        Selections = selections;
    }

    public string HookInstance { get; }

    public string PatientId { get; }

    public Uri? FhirServer { get; }

    /// <summary>Gets the FHIR server and token, when the client gave both.</summary>
    public FhirAccess? Access { get; }

    public JsonElement? Prefetch { get; }

    /// <summary>Gets the <c>context.draftOrders</c> Bundle of an order-select call.</summary>
    public JsonElement? DraftOrders { get; }

    /// <summary>Gets the <c>context.selections</c> of an order-select call.</summary>
    public IReadOnlyList<string> Selections { get; }

    /// <summary>Reads a request; every problem is added to <paramref name="errors"/>, each naming its field.</summary>
    /// <returns>The request, or <see langword="null"/> when anything is wrong.</returns>
    public static HookRequest? Parse(JsonElement root, CdsService service, List<FieldError> errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("$", "The request body must be a JSON object."));
            return null;
        }

        var hook = RequiredString(root, "hook", "hook", errors);
        if (hook is not null && !string.Equals(hook, service.Hook, StringComparison.Ordinal))
        {
            errors.Add(new FieldError("hook", "The service '" + service.Id + "' answers the '" + service.Hook + "' hook only."));
        }

        var hookInstance = RequiredString(root, "hookInstance", "hookInstance", errors);
        Uri? fhirServer = null;
        if (Optional(root, "fhirServer", JsonValueKind.String, "fhirServer", errors) is { } server)
        {
            if (!Uri.TryCreate(server.GetString(), UriKind.Absolute, out fhirServer) || (fhirServer.Scheme != Uri.UriSchemeHttps && fhirServer.Scheme != Uri.UriSchemeHttp))
            {
                errors.Add(new FieldError("fhirServer", "fhirServer must be an absolute http or https URL."));
                fhirServer = null;
            }
        }

        string? accessToken = null;
        if (Optional(root, "fhirAuthorization", JsonValueKind.Object, "fhirAuthorization", errors) is { } authorization)
        {
            accessToken = RequiredString(authorization, "access_token", "fhirAuthorization.access_token", errors);
            var tokenType = RequiredString(authorization, "token_type", "fhirAuthorization.token_type", errors);
            if (tokenType is not null && !string.Equals(tokenType, "Bearer", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new FieldError("fhirAuthorization.token_type", "token_type must be 'Bearer'."));
            }

            if (!authorization.TryGetProperty("expires_in", out var expires) || expires.ValueKind != JsonValueKind.Number || !expires.TryGetInt64(out var seconds) || seconds < 0)
            {
                errors.Add(new FieldError("fhirAuthorization.expires_in", "expires_in is required: a whole number of seconds, zero or more."));
            }

            RequiredString(authorization, "scope", "fhirAuthorization.scope", errors);
            RequiredString(authorization, "subject", "fhirAuthorization.subject", errors);
            if (!root.TryGetProperty("fhirServer", out _))
            {
                errors.Add(new FieldError("fhirServer", "fhirServer is required when fhirAuthorization is given."));
            }
        }

        string? patientId = null;
        JsonElement? draftOrders = null;
        var selections = new List<string>();
        if (!root.TryGetProperty("context", out var context) || context.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("context", "context is required and must be a JSON object."));
        }
        else
        {
            RequiredString(context, "userId", "context.userId", errors);
            patientId = RequiredString(context, "patientId", "context.patientId", errors);
            if (patientId is not null && !FhirId().IsMatch(patientId))
            {
                errors.Add(new FieldError("context.patientId", "patientId must be a FHIR id: 1 to 64 letters, digits, '-' or '.'."));
                patientId = null;
            }

            Optional(context, "encounterId", JsonValueKind.String, "context.encounterId", errors);
            if (service.Hook == ServiceCatalog.OrderSelect)
            {
                draftOrders = ReadDraftOrders(context, errors);
                ReadSelections(context, selections, errors);
            }
        }

        var prefetch = Optional(root, "prefetch", JsonValueKind.Object, "prefetch", errors);
        if (prefetch is { } values)
        {
            foreach (var item in values.EnumerateObject())
            {
                if (item.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                {
                    errors.Add(new FieldError("prefetch." + item.Name, "A prefetch value must be a FHIR resource (a JSON object) or null."));
                }
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var access = fhirServer is not null && accessToken is not null ? new FhirAccess(fhirServer, accessToken) : null;
        return new HookRequest(hookInstance!, patientId!, fhirServer, access, prefetch, draftOrders, selections);
    }

    private static JsonElement? ReadDraftOrders(JsonElement context, List<FieldError> errors)
    {
        if (!context.TryGetProperty("draftOrders", out var orders) || orders.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("context.draftOrders", "draftOrders is required: a FHIR Bundle of the orders being written."));
            return null;
        }

        if (!orders.TryGetProperty("resourceType", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Bundle")
        {
            errors.Add(new FieldError("context.draftOrders.resourceType", "draftOrders must be a FHIR Bundle."));
            return null;
        }

        if (orders.TryGetProperty("entry", out var entries) && entries.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new FieldError("context.draftOrders.entry", "entry must be an array."));
            return null;
        }

        return orders;
    }

    private static void ReadSelections(JsonElement context, List<string> selections, List<FieldError> errors)
    {
        if (!context.TryGetProperty("selections", out var items) || items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0)
        {
            errors.Add(new FieldError("context.selections", "selections is required: the references of the orders selected, such as MedicationRequest/123."));
            return;
        }

        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                errors.Add(new FieldError(string.Create(CultureInfo.InvariantCulture, $"context.selections[{index}]"), "Each selection must be a reference such as MedicationRequest/123."));
            }
            else
            {
                selections.Add(item.GetString()!);
            }

            index++;
        }
    }

    private static string? RequiredString(JsonElement parent, string name, string field, List<FieldError> errors)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            errors.Add(new FieldError(field, field + " is required and must be a non-empty string."));
            return null;
        }

        return value.GetString();
    }

    private static JsonElement? Optional(JsonElement parent, string name, JsonValueKind kind, string field, List<FieldError> errors)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != kind)
        {
            errors.Add(new FieldError(field, field + " must be a JSON " + (kind == JsonValueKind.Object ? "object" : "string") + " when given."));
            return null;
        }

        return value;
    }

    [GeneratedRegex("^[A-Za-z0-9\\-\\.]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex FhirId();
}
