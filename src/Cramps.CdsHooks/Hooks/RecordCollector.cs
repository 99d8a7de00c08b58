using System.Globalization;
using System.Text;
using System.Text.Json;
using Cramps.CdsHooks.Configuration;
using Microsoft.Extensions.Options;

namespace Cramps.CdsHooks.Hooks;

/// <summary>One resource of the patient's record and where it came from: a prefetch path, or the FHIR server.</summary>
internal sealed record RecordResource(JsonElement Resource, string Origin, bool FromPrefetch);

/// <summary>The patient's record for one hook call: the resources gathered from the prefetch and the FHIR server.</summary>
internal sealed class PatientRecord : IDisposable
{
    private readonly List<JsonDocument> _documents;

    public PatientRecord(List<RecordResource> resources, List<string> missing, List<FieldError> errors, List<JsonDocument> documents)
    {
        Resources = resources;
        Missing = missing;
        Errors = errors;
        _documents = documents;
    }

    public IReadOnlyList<RecordResource> Resources { get; }

    /// <summary>Gets the prefetch keys that could be had neither from the prefetch nor from the FHIR server.</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>Gets what is wrong with the prefetch the client sent.</summary>
    public IReadOnlyList<FieldError> Errors { get; }

    /// <summary>Gets the resources as one FHIR collection Bundle, entry <c>i</c> being <see cref="Resources"/>[i].</summary>
    public string ToBundleJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("resourceType", "Bundle");
            writer.WriteString("type", "collection");
            writer.WriteStartArray("entry");
            foreach (var item in Resources)
            {
                writer.WriteStartObject();
                writer.WritePropertyName("resource");
                item.Resource.WriteTo(writer);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    public void Dispose()
    {
        foreach (var document in _documents)
        {
            document.Dispose();
        }
    }
}

/// <summary>
/// Gathers the record a service needs: each prefetch template from the prefetch when the client satisfied it, else from
/// the client's FHIR server when the request grants access to an allow-listed one.
/// </summary>
/// <remarks>
/// A prefetch value of <c>null</c> means the client has no data for it. A key that is absent, holds an OperationOutcome
/// or error outcome, or is paged beyond what was sent, is fetched; what can be fetched from neither is reported as
/// missing, and the caller answers 412 as CDS Hooks asks.
/// </remarks>
internal sealed partial class RecordCollector(FhirServerClient fhir, IOptions<FhirServerOptions> options, ILogger<RecordCollector> logger)
{
    public async Task<PatientRecord> CollectAsync(HookRequest request, IReadOnlyList<PrefetchTemplate> templates, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var documents = new List<JsonDocument>();
        var errors = new List<FieldError>();
        var gathered = new List<RecordResource>[templates.Count];
        var pending = new List<(int Index, string Url)>();
        for (var t = 0; t < templates.Count; t++)
        {
            var template = templates[t];
            gathered[t] = [];
            if (request.Prefetch is not { } prefetch || !prefetch.TryGetProperty(template.Key, out var value))
            {
                pending.Add((t, template.For(request.PatientId)));
                continue;
            }

            var path = "prefetch." + template.Key;
            if (value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var type = Prefetch.ResourceType(value);
            if (type == "OperationOutcome")
            {
                pending.Add((t, template.For(request.PatientId)));
            }
            else if (type == "Bundle")
            {
                var resources = new List<(JsonElement Resource, int Entry)>();
                if (!Prefetch.AddEntries(value, resources, out var next))
                {
                    pending.Add((t, template.For(request.PatientId)));
                    continue;
                }

                gathered[t].AddRange(resources.Select(r => new RecordResource(r.Resource, string.Create(CultureInfo.InvariantCulture, $"{path}.entry[{r.Entry}].resource"), true)));
                if (next is not null)
                {
                    pending.Add((t, next));
                }
            }
            else if (type is null)
            {
                errors.Add(new FieldError(path + ".resourceType", "A prefetch value must be a FHIR resource with a resourceType."));
            }
            else
            {
                gathered[t].Add(new RecordResource(value, path, true));
            }
        }

        var missing = new List<string>();
        if (pending.Count > 0)
        {
            await FetchAsync(request, templates, pending, gathered, missing, documents, settings, cancellationToken).ConfigureAwait(false);
        }

        var all = gathered.SelectMany(g => g).ToList();
        foreach (var patient in all.Where(r => Prefetch.ResourceType(r.Resource) == "Patient"))
        {
            var id = patient.Resource.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (!string.Equals(id, request.PatientId, StringComparison.Ordinal))
            {
                errors.Add(new FieldError(patient.Origin + ".id", "The Patient is not the patient named by context.patientId."));
            }
        }

        return new PatientRecord(all, missing, errors, documents);
    }

    private async Task FetchAsync(
        HookRequest request,
        IReadOnlyList<PrefetchTemplate> templates,
        List<(int Index, string Url)> pending,
        List<RecordResource>[] gathered,
        List<string> missing,
        List<JsonDocument> documents,
        FhirServerOptions settings,
        CancellationToken cancellationToken)
    {
        if (request.Access is not { } access || !Allowed(access.Server, settings))
        {
            if (request.Access is not null)
            {
                LogServerNotAllowed(logger);
            }

            missing.AddRange(pending.Select(p => templates[p.Index].Key).Distinct(StringComparer.Ordinal));
            return;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        var budget = new ByteBudget(settings.MaxResponseBytes);
        var results = await Task.WhenAll(pending.Select(p =>
            fhir.SearchAsync(access, p.Url, templates[p.Index].Key, settings.MaxPages, budget, documents, deadline.Token))).ConfigureAwait(false);
        for (var i = 0; i < pending.Count; i++)
        {
            var (index, _) = pending[i];
            var key = templates[index].Key;
            if (results[i] is not { } resources)
            {
                missing.Add(key);
                gathered[index].Clear();
                continue;
            }

            gathered[index].AddRange(resources.Select((r, n) => new RecordResource(r, string.Create(CultureInfo.InvariantCulture, $"fhirServer:{key}[{n}]"), false)));
        }
    }

    private static bool Allowed(Uri server, FhirServerOptions settings)
    {
        var url = server.AbsoluteUri.TrimEnd('/') + "/";
        return settings.AllowedBaseUrls.Any(b => url.StartsWith(b.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase));
    }

    [LoggerMessage(EventId = 1210, Level = LogLevel.Warning, Message = "The request's fhirServer is not on FhirServer:AllowedBaseUrls; the service does not call it.")]
    private static partial void LogServerNotAllowed(ILogger logger);
}
