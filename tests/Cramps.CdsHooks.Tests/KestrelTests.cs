using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Cramps.CdsHooks.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Cramps.CdsHooks.Tests;

/// <summary>The service on a real Kestrel loopback port, fetching what the prefetch lacks from a FHIR server on another loopback port.</summary>
public sealed class KestrelService : IAsyncLifetime, IDisposable
{
    internal const string PublicBase = "https://cds.example.org";
    private readonly TestIssuer _ehr = TestIssuer.Ecdsa("https://ehr.example.org/");
    private readonly TestIssuer _published = TestIssuer.Ecdsa("https://published-keys.example.org/");
    private readonly LogCapture _logs = new();
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(30) };
    private FakeFhirServer _fhir = null!;
    private WebApplication _service = null!;
    private string _url = string.Empty;

    internal TestIssuer Published => _published;

    internal LogCapture Logs => _logs;

    internal FakeFhirServer Fhir => _fhir;

    public async Task InitializeAsync()
    {
        var data = TestData.Sample("prefetch-unwrapped-collection-Isaiah_Schaden.json")["entry"]!.AsArray()
            .Select(e => e!["resource"]!.AsObject().DeepClone().AsObject())
            .Append(FhirData.Potassium(3.2, "k-low", TestData.SyntheaPatientId));
        _fhir = await FakeFhirServer.StartAsync(data);
        _fhir.Jwks = _published.Jwks;
        var settings = new Dictionary<string, string?>
        {
            ["CdsHooks:PublicBaseUrl"] = PublicBase,
            ["Security:Issuers:0:Issuer"] = _ehr.Issuer,
            ["Security:Issuers:0:Jwks"] = _ehr.Jwks,
            ["Security:Issuers:1:Issuer"] = _published.Issuer,
            ["Security:Issuers:1:JwksUrls:0"] = _fhir.Root + "/jwks",
            ["FhirServer:AllowedBaseUrls:0"] = _fhir.Root,
            ["FhirServer:TimeoutSeconds"] = "1",
            ["FhirServer:MaxResponseBytes"] = "524288",
            ["FhirServer:MaxPages"] = "20",
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:System"] = "Trace",
        };
        _service = Cramps.CdsHooks.CdsHooksApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.ClearProviders().AddProvider(_logs);
        });
        await _service.StartAsync();
        _url = _service.Urls.Single();
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _fhir.DisposeAsync();
    }

    public void Dispose()
    {
        _client.Dispose();
        _ehr.Dispose();
        _published.Dispose();
    }

    internal async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body, string? token = null)
    {
        using var message = new HttpRequestMessage(method, new Uri(_url + path));
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? _ehr.Token(PublicBase + path));
        if (body is not null)
        {
            message.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return await _client.SendAsync(message);
    }
}

public sealed class KestrelTests(KestrelService service) : IClassFixture<KestrelService>
{
    private const string PublicBase = KestrelService.PublicBase;
    private readonly TestIssuer _published = service.Published;
    private readonly LogCapture _logs = service.Logs;
    private readonly FakeFhirServer _fhir = service.Fhir;

    [Fact]
    public async Task Discovery_OverARealSocket()
    {
        using var response = await SendAsync(HttpMethod.Get, "/cds-services", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.JsonAsync())["services"]!.AsArray().Count);
    }

    [Fact]
    public async Task NoPrefetch_FetchesEveryTemplateFromTheFhirServer_WithTheClientsToken()
    {
        var request = SyntheaWithAccess(_fhir.Base());
        request.Remove("prefetch");

        using var response = await SendAsync(HttpMethod.Post, "/cds-services/patient-view", request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cards = (await response.JsonAsync())["cards"]!.AsArray();
        var summary = cards.Last()!;
        var detail = summary["detail"]!.GetValue<string>();

        // Hydrochlorothiazide is on a later page of the medicines; the low potassium came from the Observation search.
        Assert.Contains("Thiazide or thiazide-like diuretic (diuretic-thiazide)", detail, StringComparison.Ordinal);
        Assert.Contains("Low potassium (hypokalemia)", detail, StringComparison.Ordinal);
        Assert.Contains("from Observation/k-low)", detail, StringComparison.Ordinal);
        var targets = _fhir.Requests.Where(r => r.Target.Contains("/fhir/", StringComparison.Ordinal)).ToList();
        Assert.All(targets, r => Assert.Equal("Bearer " + FakeFhirServer.AccessToken, r.Authorization));
        Assert.Contains(targets, r => r.Target == "/fhir/Patient/" + TestData.SyntheaPatientId);
        Assert.Contains(targets, r => r.Target.StartsWith("/fhir/Condition?patient=" + TestData.SyntheaPatientId + "&clinical-status=active", StringComparison.Ordinal));
        Assert.Contains(targets, r => r.Target.StartsWith("/fhir/MedicationStatement?patient=", StringComparison.Ordinal));
        Assert.Contains(targets, r => r.Target.StartsWith("/fhir/Observation?patient=" + TestData.SyntheaPatientId + "&code=http://loinc.org%7C2823-3", StringComparison.Ordinal)
            || r.Target.StartsWith("/fhir/Observation?patient=" + TestData.SyntheaPatientId + "&code=http://loinc.org|2823-3", StringComparison.Ordinal));
        Assert.Contains(targets, r => r.Target.StartsWith("/fhir/MedicationRequest?page=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SyntheaPartialPrefetch_FetchesOnlyWhatIsMissing()
    {
        using var response = await SendAsync(HttpMethod.Post, "/cds-services/patient-view", SyntheaWithAccess(_fhir.Base("partial")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fetched = _fhir.Requests.Where(r => r.Target.StartsWith("/partial/", StringComparison.Ordinal)).Select(r => r.Target.Split('?')[0]).Distinct().Order().ToList();
        Assert.Equal(["/partial/fhir/MedicationStatement", "/partial/fhir/Observation"], fetched);
        Assert.Contains("Low potassium (hypokalemia)", (await response.JsonAsync())["cards"]!.AsArray().Last()!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowFhirServer_Is412WithinTheTimeLimit()
    {
        var watch = Stopwatch.StartNew();

        using var response = await SendAsync(HttpMethod.Post, "/cds-services/patient-view", SyntheaWithAccess(_fhir.Base("slow")));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task FhirAnswerOverTheSizeLimit_Is412()
    {
        using var response = await SendAsync(HttpMethod.Post, "/cds-services/patient-view", SyntheaWithAccess(_fhir.Base("huge")));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal(["observations"], (await response.JsonAsync())["missingPrefetch"]!.AsArray().Select(k => k!.GetValue<string>()));
    }

    [Fact]
    public async Task NextPageOnAnotherHost_IsNotFollowed()
    {
        var request = SyntheaWithAccess(_fhir.Base("leaky"));
        request["prefetch"]!.AsObject().Remove("medications");

        using var response = await SendAsync(HttpMethod.Post, "/cds-services/patient-view", request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.DoesNotContain(_fhir.Requests, r => r.Target.StartsWith("/steal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task JkuOnTheAllowList_IsFetchedOnceAndTrusted()
    {
        var jku = _fhir.Root + "/jwks";
        using var first = await SendAsync(HttpMethod.Get, "/cds-services", null, _published.Token(PublicBase + "/cds-services", jku: jku));
        using var second = await SendAsync(HttpMethod.Get, "/cds-services", null, _published.Token(PublicBase + "/cds-services", jku: jku));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(_fhir.Requests, r => r.Target == "/jwks");
    }

    [Fact]
    public async Task FetchingFromTheFhirServer_LogsNoPatientValue()
    {
        var request = SyntheaWithAccess(_fhir.Base());
        request.Remove("prefetch");

        using var response = await SendAsync(HttpMethod.Post, "/cds-services/patient-view", request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var log = _logs.All;
        Assert.Contains("answered 200", log, StringComparison.Ordinal);
        foreach (var value in new[] { TestData.SyntheaPatientId, "Isaiah", "Schaden", FakeFhirServer.AccessToken, "k-low" })
        {
            Assert.DoesNotContain(value, log, StringComparison.Ordinal);
        }
    }

    private static JsonObject SyntheaWithAccess(string fhirServer)
    {
        var request = TestData.Synthea();
        request["fhirServer"] = fhirServer;
        request["fhirAuthorization"] = new JsonObject
        {
            ["access_token"] = FakeFhirServer.AccessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = 300,
            ["scope"] = "user/Patient.read user/Condition.read user/MedicationRequest.read user/MedicationStatement.read user/Observation.read",
            ["subject"] = "cramps-cds",
        };
        return request;
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body, string? token = null) =>
        service.SendAsync(method, path, body, token);
}
