using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using Cramps.CdsHooks.Tests.Support;

namespace Cramps.CdsHooks.Tests;

public sealed class SecurityTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private const string Discovery = "/cds-services";
    private const string Audience = ServiceFactory.BaseUrl + Discovery;

    [Fact]
    public async Task Es384Token_IsAccepted()
    {
        using var response = await service.GetAsync(Discovery, service.Ec.Token(Audience));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Rs384Token_IsAccepted()
    {
        using var response = await service.GetAsync(Discovery, service.Rsa.Token(Audience));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ExpiredToken_Is401()
    {
        var token = service.Ec.Token(Audience, issuedAt: DateTime.UtcNow.AddMinutes(-10), expires: DateTime.UtcNow.AddMinutes(-5));

        await AssertRefusedAsync(token, "token-expired");
    }

    [Fact]
    public async Task TokenForAnotherEndpoint_Is401()
    {
        await AssertRefusedAsync(service.Ec.Token(ServiceFactory.BaseUrl + "/cds-services/order-select"), "wrong-audience");
    }

    [Fact]
    public async Task TokenForAnotherService_Is401()
    {
        await AssertRefusedAsync(service.Ec.Token("https://other-cds.example.org/cds-services"), "wrong-audience");
    }

    [Fact]
    public async Task UnknownIssuer_Is401()
    {
        using var stranger = TestIssuer.Ecdsa("https://stranger.example.org/");

        await AssertRefusedAsync(stranger.Token(Audience), "unknown-issuer");
    }

    [Fact]
    public async Task ReplayedToken_Is401TheSecondTime()
    {
        var token = service.Ec.Token(Audience);
        using var first = await service.GetAsync(Discovery, token);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        await AssertRefusedAsync(token, "token-replayed");
    }

    [Fact]
    public async Task UnsignedToken_Is401()
    {
        await AssertRefusedAsync(service.Ec.Unsigned(Audience), "unsigned-token");
    }

    [Fact]
    public async Task SymmetricToken_Is401()
    {
        await AssertRefusedAsync(service.Ec.Symmetric(Audience), "algorithm-not-accepted");
    }

    [Fact]
    public async Task TokenSignedByAnotherKeyWithTheTrustedKeyId_Is401()
    {
        using var forger = TestIssuer.Ecdsa(service.Ec.Issuer, service.Ec.KeyId);

        await AssertRefusedAsync(forger.Token(Audience), "bad-signature");
    }

    [Fact]
    public async Task TokenWithoutJti_Is401()
    {
        await AssertRefusedAsync(service.Ec.Token(Audience, withJti: false), "token-id-missing");
    }

    [Fact]
    public async Task TokenLivingTooLong_Is401()
    {
        await AssertRefusedAsync(service.Ec.Token(Audience, expires: DateTime.UtcNow.AddHours(2)), "lifetime-too-long");
    }

    [Fact]
    public async Task JkuNotOnTheAllowList_Is401()
    {
        await AssertRefusedAsync(service.Ec.Token(Audience, jku: "https://attacker.example.org/jwks"), "jku-not-allowed");
    }

    [Fact]
    public async Task GarbageToken_Is401()
    {
        await AssertRefusedAsync("not-a-jwt", "malformed-token");
    }

    [Fact]
    public async Task SpecificationExampleToken_Is401()
    {
        // The ES384 token of the specification's security section: for another service, and long expired.
        const string token = "eyJhbGciOiJFUzM4NCIsInR5cCI6IkpXVCIsImtpZCI6ImV4YW1wbGUta2lkIiwiamt1IjoiaHR0cHM6Ly9maGlyLWVoci5leGFtcGxlLmNvbS9qd2tfdXJpIn0.eyJpc3MiOiJodHRwczovL2ZoaXItZWhyLmV4YW1wbGUuY29tLyIsImF1ZCI6Imh0dHBzOi8vY2RzLmV4YW1wbGUub3JnL2Nkcy1zZXJ2aWNlcy9zb21lLXNlcnZpY2UiLCJleHAiOjE0MjI1Njg4NjAsImlhdCI6MTMxMTI4MDk3MCwianRpIjoiZWUyMmIwMjEtZTFiNy00NjExLWJhNWItOGVlYzZhMzNhYzFlIiwidGVuYW50IjoiMmRkZDZjM2EtOGU5YS00NGM2LWEzMDUtNTIxMTFhZDMwMmEyIn0.d1WfLjGRKlcWB94l9do4cM8REXeYJLL6SGUBO8VHZhfM8mwKYP70EMxJ67War4TQblEpaQrp11wx5p7oPFm2ETYgCicS84vXWEIYTdjooZdooCSDf2L8-i4awdoUwiEb";

        await AssertRefusedAsync(token, "unknown-issuer");
    }

    [Fact]
    public async Task HookCall_WithoutToken_Is401AndNothingIsEvaluated()
    {
        using var client = service.CreateClient();
        using var content = new StringContent(TestData.SyntheaComplete().ToJsonString(), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/cds-services/patient-view", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
    }

    private async Task AssertRefusedAsync(string token, string reason)
    {
        using var response = await service.GetAsync(Discovery, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(reason, (await response.JsonAsync())["reason"]!.GetValue<string>());
    }
}

public sealed class OperationsTests
{
    [Fact]
    public async Task AllowUnauthenticated_ServesWithoutTokenAndSaysSoLoudly()
    {
        using var service = new ServiceFactory(new() { ["Security:AllowUnauthenticated"] = "true" });
        using var client = service.CreateClient();

        using var response = await client.GetAsync(new Uri("/cds-services", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(service.Logs.Entries, e => e.StartsWith("Critical", StringComparison.Ordinal) && e.Contains("Security:AllowUnauthenticated is on", StringComparison.Ordinal));
    }

    [Fact]
    public void InvalidOptions_StopTheStartNamingEveryKey()
    {
        using var service = new ServiceFactory(new()
        {
            ["CdsHooks:PublicBaseUrl"] = "not a url",
            ["Security:Issuers:2:Issuer"] = "https://symmetric.example.org/",
            ["Security:Issuers:2:Jwks"] = """{"keys":[{"kty":"oct","k":"c2VjcmV0","kid":"s"}]}""",
            ["Cors:AllowedOrigins:0"] = "*",
            ["FhirServer:TimeoutSeconds"] = "0",
        });

        var exception = Assert.ThrowsAny<Exception>(() => service.CreateClient());

        var message = exception.ToString();
        Assert.Contains("CdsHooks:PublicBaseUrl must be an absolute http or https URL", message, StringComparison.Ordinal);
        Assert.Contains("Security:Issuers:2:Jwks holds no public signing key", message, StringComparison.Ordinal);
        Assert.Contains("Cors:AllowedOrigins:0 must be an origin", message, StringComparison.Ordinal);
        Assert.Contains("FhirServer:TimeoutSeconds must be between 1 and 60", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cors_AllowsTheConfiguredOriginOnly()
    {
        using var service = new ServiceFactory(new() { ["Cors:AllowedOrigins:0"] = "https://sandbox.cds-hooks.org" });
        using var client = service.CreateClient();

        using var allowed = await client.SendAsync(Preflight("https://sandbox.cds-hooks.org"));
        using var other = await client.SendAsync(Preflight("https://evil.example.org"));

        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("https://sandbox.cds-hooks.org", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("authorization", allowed.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task RateLimit_RefusesAClientOverItsPermitsWith429()
    {
        using var service = new ServiceFactory(new() { ["RateLimiting:PermitLimit"] = "2", ["RateLimiting:WindowSeconds"] = "3600" });

        using var first = await service.GetAsync("/cds-services");
        using var second = await service.GetAsync("/cds-services");
        using var third = await service.GetAsync("/cds-services");
        using var otherClient = await service.GetAsync("/cds-services", service.Rsa.Token(ServiceFactory.BaseUrl + "/cds-services"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        Assert.True(third.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }

    [Fact]
    public async Task BodyOverTheLimit_Is413()
    {
        using var service = new ServiceFactory(new() { ["CdsHooks:MaxRequestBodyBytes"] = "2048" });

        using var response = await service.PostAsync("/cds-services/patient-view", TestData.SyntheaComplete());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task HookCall_RecordsRequestAndEvaluationLatency()
    {
        using var service = new ServiceFactory();
        var seen = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Cramps.CdsHooks")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "cds.service" && (string?)tag.Value == "patient-view" && value > 0)
                {
                    seen.Add(instrument.Name);
                }
            }
        });
        listener.Start();

        using var response = await service.PostAsync("/cds-services/patient-view", TestData.SyntheaComplete());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("cramps.cds_hooks.request.duration", seen);
        Assert.Contains("cramps.cds_hooks.evaluation.duration", seen);
    }

    [Fact]
    public async Task PatientValues_NeverReachTheLog()
    {
        using var service = new ServiceFactory([], traceLogging: true);
        var lowPotassium = FhirData.OrderSelect(
            FhirData.MedicationRequest("draft-1", "Hydrochlorothiazide 25 MG Oral Tablet"),
            FhirData.Prefetch(observations: [FhirData.Potassium(3.17)]));
        var otherPatient = FhirData.PatientView(FhirData.Prefetch(patient: FhirData.Patient("zebra-patient-77")));

        using var a = await service.PostAsync("/cds-services/patient-view", TestData.SyntheaComplete());
        using var b = await service.PostAsync("/cds-services/order-select", lowPotassium);
        using var c = await service.PostAsync("/cds-services/patient-view", otherPatient);
        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        Assert.Single((await b.JsonAsync())["cards"]!.AsArray());
        Assert.Equal(HttpStatusCode.BadRequest, c.StatusCode);

        var log = service.Logs.All;
        Assert.Contains("CDS service patient-view answered 200", log, StringComparison.Ordinal);
        foreach (var value in new[] { "Isaiah", "Schaden", TestData.SyntheaPatientId, "1953-02-19", "999-72-3120", "Hydrochlorothiazide", "hydrochlorothiazide", "3.17", "zebra-patient-77", "4cedcae5" })
        {
            Assert.DoesNotContain(value, log, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var message = new HttpRequestMessage(HttpMethod.Options, "/cds-services/patient-view");
        message.Headers.Add("Origin", origin);
        message.Headers.Add("Access-Control-Request-Method", "POST");
        message.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return message;
    }
}
