using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Cramps.Fhir;
using Hl7.Fhir.Serialization;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Core.Benchmarks.Fhir;

/// <summary>
/// Scenario 5: reading a 1 MB Synthea patient with <see cref="FhirRequestReader"/>, in process, and where that time goes:
/// the FHIR parser (strict, as the reader runs it; and without its validator, the parser's floor) and the mapping of
/// the parsed resources.
/// </summary>
/// <remarks>
/// The bundle is built in <see cref="Setup"/>, the same way every time, from the Synthea R4 patient the CDS Hooks load
/// test carries (Apache-2.0, Boston Children's Hospital): the whole transaction bundle (265 resources: Patient,
/// Conditions, MedicationRequests, Observations, Encounters, Claims …), then its 146 Observations again, each copy moved
/// back three more years, until the JSON is at least 1,000,000 bytes. Most lab results are then superseded by a later
/// one of the same test, as in a long real record.
/// </remarks>
[MemoryDiagnoser]
public partial class ReadSyntheaBundle
{
    /// <summary>The smallest size of the bundle, in UTF-8 bytes.</summary>
    public const int TargetBytes = 1_000_000;

    private static readonly DateOnly AsOf = new(2020, 6, 1);

    private string _json = null!;
    private byte[] _utf8 = null!;
    private R4.Resource _parsed = null!;

    /// <summary>Gets the size of the bundle the benchmark reads, in UTF-8 bytes.</summary>
    public int Bytes { get; private set; }

    /// <summary>Gets the number of resources in the bundle.</summary>
    public int Resources { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _json = Build(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "synthea-patient.json")));
        _utf8 = Encoding.UTF8.GetBytes(_json);
        Bytes = _utf8.Length;
        var read = FhirRequestReader.Read(_json, AsOf);
        if (!read.IsValid || read.Request.Patient.Labs is null)
        {
            throw new InvalidOperationException("The 1 MB bundle must read as a valid request with labs.");
        }

        _parsed = new FhirJsonDeserializer(new DeserializerSettings().UsingMode(DeserializationMode.Strict)).DeserializeResource(_json);
        Resources = ((R4.Bundle)_parsed).Entry.Count;
    }

    /// <summary>The whole read, as the CDS Hooks service does it: JSON text to request, with a date for today.</summary>
    [Benchmark(Baseline = true)]
    public FhirReadResult Read() => FhirRequestReader.Read(_json, AsOf);

    /// <summary>The whole read without a date, as the console without <c>--as-of</c>: today is the latest date in the record.</summary>
    [Benchmark]
    public FhirReadResult ReadTodayFromRecord() => FhirRequestReader.Read(_json, (DateOnly?)null);

    /// <summary>Firely's strict parse alone, with its own validator, as a reader without this package's validation cache would run it.</summary>
    [Benchmark]
    public R4.Resource ParseStrict() => new FhirJsonDeserializer(new DeserializerSettings().UsingMode(DeserializationMode.Strict)).DeserializeResource(_json);

    /// <summary>Firely's parse without validation: the floor of any reader that builds Firely's model.</summary>
    [Benchmark]
    public R4.Resource ParseWithoutValidation() =>
        new FhirJsonDeserializer(new DeserializerSettings().UsingMode(DeserializationMode.Strict) with { Validator = null }).DeserializeResource(_json);

    /// <summary>The reader's first step: System.Text.Json's document of the input.</summary>
    [Benchmark]
    public int ParseDocument()
    {
        using var document = System.Text.Json.JsonDocument.Parse(_json, new System.Text.Json.JsonDocumentOptions { MaxDepth = 128 });
        return document.RootElement.GetProperty("entry").GetArrayLength();
    }

    /// <summary>The structure check against the R4 model over the input's UTF-8 bytes, which decides whether the fast path may read it.</summary>
    [Benchmark]
    public bool Check() => new Cramps.Fhir.Reading.StructureCheck().Check(_utf8);

    /// <summary>The document and the binding of what the reader maps, without the check.</summary>
    [Benchmark]
    public R4.Resource ParseAndBind()
    {
        using var document = System.Text.Json.JsonDocument.Parse(_json, new System.Text.Json.JsonDocumentOptions { MaxDepth = 128 });
        return Cramps.Fhir.Reading.ResourceBinder.Bind(document.RootElement);
    }

    /// <summary>The mapping alone: the parsed bundle to a request, with a date for today.</summary>
    [Benchmark]
    public FhirReadResult MapParsed() => FhirRequestReader.Read(_parsed, AsOf);

    /// <summary>Builds the bundle: the Synthea bundle, then copies of its Observations moved back 3, 6, 9 … years.</summary>
    internal static string Build(string synthea)
    {
        var bundle = JsonNode.Parse(synthea)!.AsObject();
        var entries = bundle["entry"]!.AsArray();
        var observations = entries.Select(e => e!["resource"]!.AsObject()).Where(r => (string?)r["resourceType"] == "Observation").ToList();
        var size = Encoding.UTF8.GetByteCount(bundle.ToJsonString());
        for (var years = 3; size < TargetBytes; years += 3)
        {
            foreach (var observation in observations)
            {
                var text = Year().Replace(observation.ToJsonString(), m => m.Groups[1].Value + (int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) - years).ToString("D4", CultureInfo.InvariantCulture));
                var copy = JsonNode.Parse(text)!.AsObject();
                // Still a UUID, as a urn:uuid full URL must be: the last four hex digits say how many years back.
                var id = ((string)observation["id"]!)[..^4] + years.ToString("x4", CultureInfo.InvariantCulture);
                copy["id"] = id;
                var entry = new JsonObject { ["fullUrl"] = "urn:uuid:" + id, ["resource"] = copy };
                size += Encoding.UTF8.GetByteCount(entry.ToJsonString()) + 1;
                entries.Add(entry);
            }
        }

        return bundle.ToJsonString();
    }

    [GeneratedRegex("(\"(?:effectiveDateTime|issued)\":\")(\\d{4})")]
    private static partial Regex Year();
}
