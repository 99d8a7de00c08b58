// The CDS Hooks service's bounded load test on loopback. Usage:
//   dotnet run -c Release --project benchmarks/Cramps.CdsHooks.Load -- [requests=10000] [concurrency=8] [seconds=120] [report]
// It starts the service in this process on a loopback port, sends a fixed number of patient-view calls with a prefetch of
// about 1 MB (a Synthea patient whose observation history is repeated over earlier years), each with its own ES384
// token, and stops after the count or the time limit, whichever comes first.
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

var requests = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
var limit = TimeSpan.FromSeconds(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 120);
var reportPath = args.Length > 3 ? args[3] : null;
const string PublicBase = "https://cds.example.org";
const string Issuer = "https://load.example.org/";
const string Path = "/cds-services/patient-view";

var loadRequest = LoadData.Request(System.IO.Path.Combine(AppContext.BaseDirectory, "data", "synthea-patient.json"));
var body = Encoding.UTF8.GetBytes(loadRequest.ToJsonString());

// Where one call's time goes, measured outside the service: reading the prefetch as FHIR, evaluating, writing cards.
var collection = new JsonObject
{
    ["resourceType"] = "Bundle",
    ["type"] = "collection",
    ["entry"] = new JsonArray([.. loadRequest["prefetch"]!.AsObject().Select(p => p.Value).OfType<JsonObject>()
        .SelectMany(v => v["entry"] is JsonArray e ? e.Select(x => x!["resource"]!) : [v])
        .Select(r => (JsonNode)new JsonObject { ["resource"] = r.DeepClone() })]),
}.ToJsonString();
var phases = new StringBuilder();
for (var round = 0; round < 3; round++)
{
    var t0 = Stopwatch.GetTimestamp();
    var read = Cramps.Fhir.FhirRequestReader.Read(collection, DateOnly.FromDateTime(DateTime.UtcNow));
    var t1 = Stopwatch.GetTimestamp();
    var assessment = new Cramps.Core.CrampEvaluator().Evaluate(read.Request!);
    var t2 = Stopwatch.GetTimestamp();
    var cards = Cramps.Fhir.CdsHooksWriter.Write(assessment, read.Context);
    var t3 = Stopwatch.GetTimestamp();
    phases.Clear().Append(CultureInfo.InvariantCulture, $"FHIR read {Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds:F1} ms ({read.Unmapped.Count} unmapped items), evaluation {Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds:F2} ms, cards {Stopwatch.GetElapsedTime(t2, t3).TotalMilliseconds:F1} ms ({cards.Length:N0} characters)");
}

Console.WriteLine("One call, in process, third run: " + phases);
using var key = ECDsa.Create(ECCurve.NamedCurves.nistP384);
var signing = new SigningCredentials(new ECDsaSecurityKey(key) { KeyId = "load" }, SecurityAlgorithms.EcdsaSha384);
var handler = new JsonWebTokenHandler();
var warmup = Math.Min(200, requests);
Console.WriteLine($"Signing {requests + warmup} tokens; the prefetch request is {body.Length:N0} bytes.");
var tokens = Enumerable.Range(0, requests + warmup).Select(_ => handler.CreateToken(new SecurityTokenDescriptor
{
    Issuer = Issuer,
    Audience = PublicBase + Path,
    IssuedAt = DateTime.UtcNow,
    Expires = DateTime.UtcNow.AddMinutes(9),
    SigningCredentials = signing,
    Claims = new Dictionary<string, object> { ["jti"] = Guid.NewGuid().ToString() },
})).ToArray();
var p = key.ExportParameters(false);
var jwks = new JsonObject
{
    ["keys"] = new JsonArray(new JsonObject { ["kty"] = "EC", ["crv"] = "P-384", ["kid"] = "load", ["x"] = Base64UrlEncoder.Encode(p.Q.X!), ["y"] = Base64UrlEncoder.Encode(p.Q.Y!) }),
}.ToJsonString();

var app = Cramps.CdsHooks.CdsHooksApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
{
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["CdsHooks:PublicBaseUrl"] = PublicBase,
        ["Security:Issuers:0:Issuer"] = Issuer,
        ["Security:Issuers:0:Jwks"] = jwks,
        ["RateLimiting:PermitLimit"] = "1000000",
        ["Logging:LogLevel:Default"] = "Warning",
    });
});
await app.StartAsync();
var url = new Uri(app.Urls.Single() + Path);
using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { Timeout = TimeSpan.FromSeconds(30) };

async Task<(double Ms, int Status)> CallAsync(string token)
{
    using var content = new ByteArrayContent(body);
    content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    using var message = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
    message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    var start = Stopwatch.GetTimestamp();
    using var response = await client.SendAsync(message);
    await response.Content.ReadAsByteArrayAsync();
    return (Stopwatch.GetElapsedTime(start).TotalMilliseconds, (int)response.StatusCode);
}

using (var probe = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) })
{
    probe.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    probe.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[^1]);
    using var answer = await client.SendAsync(probe);
    var text = await answer.Content.ReadAsStringAsync();
    Console.WriteLine($"First answer: {(int)answer.StatusCode}, {text[..Math.Min(text.Length, 400)]}");
}

for (var i = 0; i < warmup - 1; i++)
{
    await CallAsync(tokens[requests + i]);
}

GC.Collect();
var memory = new List<(int Done, long Managed, long WorkingSet)> { (0, GC.GetTotalMemory(true), Environment.WorkingSet) };
var latencies = new double[requests];
var statuses = new int[requests];
var next = -1;
var done = 0;
using var deadline = new CancellationTokenSource(limit);
var clock = Stopwatch.StartNew();
var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
{
    int i;
    while (!deadline.IsCancellationRequested && (i = Interlocked.Increment(ref next)) < requests)
    {
        (latencies[i], statuses[i]) = await CallAsync(tokens[i]);
        var count = Interlocked.Increment(ref done);
        if (count % 1000 == 0)
        {
            lock (memory)
            {
                memory.Add((count, GC.GetTotalMemory(false), Environment.WorkingSet));
            }
        }
    }
})).ToArray();
await Task.WhenAll(workers);
clock.Stop();
await app.StopAsync();

var completed = done;
var sorted = latencies.Take(Math.Min(completed, requests)).Where(l => l > 0).Order().ToArray();
double Percentile(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
var ok = statuses.Count(s => s == 200);
var cpu = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() : null;
var report = new StringBuilder()
    .AppendLine("# CDS Hooks service load test")
    .AppendLine()
    .AppendLine(CultureInfo.InvariantCulture, $"- Machine: {cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, Release, server GC")
    .AppendLine(CultureInfo.InvariantCulture, $"- Scenario: POST {Path} on a loopback port, the service and the client in one process; each request carries its own ES384 token (verified, jti remembered) and a {body.Length / 1024.0 / 1024.0:F2} MiB prefetch (a Synthea patient, its observation history repeated over earlier years); {concurrency} concurrent requests; {warmup} warm-up requests not counted")
    .AppendLine(CultureInfo.InvariantCulture, $"- Requests: {completed} of {requests} in {clock.Elapsed.TotalSeconds:F1} s (limit {limit.TotalSeconds:F0} s); {ok} answered 200")
    .AppendLine(CultureInfo.InvariantCulture, $"- One call's phases in process, outside the service (third run): {phases}")
    .AppendLine(CultureInfo.InvariantCulture, $"- Statuses: {string.Join(", ", statuses.Take(completed).GroupBy(s => s).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}: {g.Count()}")))}")
    .AppendLine(CultureInfo.InvariantCulture, $"- Throughput: {completed / clock.Elapsed.TotalSeconds:F0} requests/s")
    .AppendLine(CultureInfo.InvariantCulture, $"- Latency: p50 {Percentile(0.50):F1} ms, p95 {Percentile(0.95):F1} ms, p99 {Percentile(0.99):F1} ms, max {sorted[^1]:F1} ms")
    .AppendLine(CultureInfo.InvariantCulture, $"- Memory (managed heap / working set, MiB) after N requests: {string.Join("; ", memory.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Done}: {m.Managed / 1048576.0:F0} / {m.WorkingSet / 1048576.0:F0}")))}");
Console.WriteLine(report);
if (reportPath is not null)
{
    File.WriteAllText(reportPath, report.ToString());
}

return ok == completed ? 0 : 1;

/// <summary>Builds the load test's request from a Synthea bundle.</summary>
internal static partial class LoadData
{
    /// <summary>Builds a patient-view request whose prefetch holds the patient, conditions, medicines and about 1 MB of observations.</summary>
    public static JsonObject Request(string bundlePath)
    {
        // A FHIR server's search results refer to the patient as Patient/id, where the Synthea transaction bundle has its urn:uuid.
        var text = File.ReadAllText(bundlePath);
        var id = (string?)JsonNode.Parse(text)!["entry"]!.AsArray().Select(e => e!["resource"]!).Single(r => (string?)r["resourceType"] == "Patient")["id"];
        text = text.Replace("\"urn:uuid:" + id + "\"", "\"Patient/" + id + "\"", StringComparison.Ordinal);
        var entries = JsonNode.Parse(text)!["entry"]!.AsArray().Select(e => e!["resource"]!.AsObject()).ToList();
        var patient = entries.Single(r => (string?)r["resourceType"] == "Patient");
        var observations = entries.Where(r => (string?)r["resourceType"] == "Observation").ToList();
        var history = new List<JsonNode>();
        var size = 0;
        for (var years = 0; size < 900_000; years += 3)
        {
            foreach (var observation in observations)
            {
                var copyText = Year().Replace(observation.ToJsonString(), m => m.Groups[1].Value + (int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) - years).ToString(CultureInfo.InvariantCulture));
                var copy = JsonNode.Parse(copyText)!.AsObject();
                copy["id"] = (string?)observation["id"] + "-" + years.ToString(CultureInfo.InvariantCulture);
                size += copyText.Length;
                history.Add(copy);
            }
        }

        JsonObject Searchset(IEnumerable<JsonNode> resources) => new()
        {
            ["resourceType"] = "Bundle",
            ["type"] = "searchset",
            ["entry"] = new JsonArray([.. resources.Select(r => (JsonNode)new JsonObject { ["resource"] = r.DeepClone() })]),
        };

        return new JsonObject
        {
            ["hook"] = "patient-view",
            ["hookInstance"] = Guid.NewGuid().ToString(),
            ["context"] = new JsonObject { ["userId"] = "Practitioner/load", ["patientId"] = (string?)patient["id"] },
            ["prefetch"] = new JsonObject
            {
                ["patient"] = patient.DeepClone(),
                ["conditions"] = Searchset(entries.Where(r => (string?)r["resourceType"] == "Condition")),
                ["medications"] = Searchset(entries.Where(r => (string?)r["resourceType"] == "MedicationRequest")),
                ["medicationStatements"] = null,
                ["observations"] = Searchset(history),
            },
        };
    }

    [GeneratedRegex("(\"(?:effectiveDateTime|issued)\":\")(\\d{4})")]
    private static partial Regex Year();
}
