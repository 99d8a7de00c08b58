using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Cramps.CdsHooks.Tests.Support;

namespace Cramps.CdsHooks.Tests;

public sealed class PatientViewTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private const string Path = "/cds-services/patient-view";

    [Fact]
    public async Task SyntheaRequest_AsGiven_Is412NamingTheTemplatesItLacks()
    {
        // The request's prefetch has patient, conditions and medications only, and no fhirAuthorization: the service
        // cannot obtain the rest, and CDS Hooks says to answer 412 Precondition Failed.
        using var response = await service.PostAsync(Path, TestData.Synthea());

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal(["medicationStatements", "observations"], problem["missingPrefetch"]!.AsArray().Select(k => k!.GetValue<string>()));
    }

    [Fact]
    public async Task SyntheaRequest_WithNoDataForTheRest_GivesTheAssessmentCard()
    {
        using var response = await service.PostAsync(Path, TestData.SyntheaComplete());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var body = await response.JsonAsync();
        Assert.Null(body["systemActions"]);
        var card = Assert.Single(body["cards"]!.AsArray())!;

        // The patient is 73 (born 1953) and takes hydrochlorothiazide: a thiazide risk factor makes the baseline routine.
        Assert.StartsWith("Muscle cramp assessment: routine.", card["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("warning", card["indicator"]!.GetValue<string>());
        var detail = card["detail"]!.GetValue<string>();
        Assert.Contains("Thiazide or thiazide-like diuretic (diuretic-thiazide)", detail, StringComparison.Ordinal);
        Assert.Contains("Older age (older-age)", detail, StringComparison.Ordinal);
        Assert.Contains("from MedicationRequest/4cedcae5-33ec-4c2f-a8e7-7ca16439d7b8", detail, StringComparison.Ordinal);
        Cards.AssertWellFormed(card);
    }

    [Fact]
    public async Task CriticalPotassium_GivesACriticalRedFlagCardFirst()
    {
        var request = FhirData.PatientView(FhirData.Prefetch(observations: [FhirData.Potassium(2.3)]));

        using var response = await service.PostAsync(Path, request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cards = (await response.JsonAsync())["cards"]!.AsArray();
        Assert.Equal(2, cards.Count);
        Assert.Equal("critical", cards[0]!["indicator"]!.GetValue<string>());
        Assert.StartsWith("Dangerous potassium level", cards[0]!["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("flag-severe-potassium", cards[0]!["source"]!["topic"]!["code"]!.GetValue<string>());
        Assert.Contains("from Observation/k1", cards[0]!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(cards, c => Cards.AssertWellFormed(c!));
    }

    [Fact]
    public async Task SpecExample1_FhirServerNotAllowListed_Is412WithoutCallingIt()
    {
        // The example names hooks.smarthealthit.org with a token; that server is not on the allow-list, so it is not called.
        using var response = await service.PostAsync(Path, TestData.Sample("spec-request-1-patient-view.json"));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal(5, (await response.JsonAsync())["missingPrefetch"]!.AsArray().Count);
        Assert.Contains(service.Logs.Entries, e => e.Contains("[1210]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SpecExample2_WithoutPatientId_Is400NamingTheField()
    {
        // patient-view's context requires patientId; the extension example leaves it out.
        using var response = await service.PostAsync(Path, TestData.Sample("spec-request-2-patient-view.json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["context.patientId"], Responses.Fields(await response.JsonAsync()));
    }

    [Fact]
    public async Task EveryMissingField_IsNamedAtOnce()
    {
        var request = new JsonObject { ["hook"] = "order-select", ["fhirAuthorization"] = new JsonObject { ["token_type"] = "MAC" }, ["prefetch"] = new JsonObject { ["patient"] = "x" } };

        using var response = await service.PostAsync(Path, request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["hook", "hookInstance", "fhirAuthorization.access_token", "fhirAuthorization.token_type", "fhirAuthorization.expires_in", "fhirAuthorization.scope", "fhirAuthorization.subject", "fhirServer", "context", "prefetch.patient"],
            Responses.Fields(await response.JsonAsync()));
    }

    [Fact]
    public async Task PrefetchOfAnotherPatient_Is400NamingThePatient()
    {
        var request = FhirData.PatientView(FhirData.Prefetch(patient: FhirData.Patient("someone-else")));

        using var response = await service.PostAsync(Path, request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["prefetch.patient.id"], Responses.Fields(await response.JsonAsync()));
    }

    [Fact]
    public async Task ConditionOfAnotherPatient_Is400AtItsPrefetchPath()
    {
        var other = FhirData.Condition("c9", "http://hl7.org/fhir/sid/icd-10-cm", "I50.9", "Heart failure", patientId: "someone-else");
        var request = FhirData.PatientView(FhirData.Prefetch(conditions: [FhirData.HeartFailure(), other]));

        using var response = await service.PostAsync(Path, request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["prefetch.conditions.entry[1].resource.subject"], Responses.Fields(await response.JsonAsync()));
    }

    [Fact]
    public async Task PrefetchWithAnErrorOutcome_IsNotTrusted()
    {
        var prefetch = FhirData.Prefetch();
        prefetch["observations"] = new JsonObject { ["resourceType"] = "OperationOutcome", ["issue"] = new JsonArray(new JsonObject { ["severity"] = "error", ["code"] = "timeout" }) };

        using var response = await service.PostAsync(Path, FhirData.PatientView(prefetch));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal(["observations"], (await response.JsonAsync())["missingPrefetch"]!.AsArray().Select(k => k!.GetValue<string>()));
    }

    [Fact]
    public async Task MalformedJson_Is400()
    {
        using var client = service.CreateClient();
        using var message = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent("{\"hook\": ", Encoding.UTF8, "application/json") };
        message.Headers.Authorization = new("Bearer", service.Ec.Token(ServiceFactory.BaseUrl + Path));

        using var response = await client.SendAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["$"], Responses.Fields(await response.JsonAsync()));
    }

    [Fact]
    public async Task NotJson_Is415()
    {
        using var client = service.CreateClient();
        using var message = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent("hook=patient-view", Encoding.UTF8, "text/plain") };
        message.Headers.Authorization = new("Bearer", service.Ec.Token(ServiceFactory.BaseUrl + Path));

        using var response = await client.SendAsync(message);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task UnknownService_Is404()
    {
        using var response = await service.PostAsync("/cds-services/order-sign", TestData.Sample("examples-request-0-order-sign.json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
