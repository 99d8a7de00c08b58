using System.Net;
using System.Text;
using System.Text.Json;
using Cramps.Core;
using Cramps.Core.Serialization;
using Cramps.Docs.Snippets;
using Cramps.Docs.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Cramps.Docs.Tests;

/// <summary>docs/articles/embedding.md: one evaluator shared across threads, and the web endpoint, work as described.</summary>
public sealed class EmbeddingTests
{
    [Fact]
    public void EvaluateInParallel_GivesWhatOneThreadGives()
    {
        var evaluator = new CrampEvaluator();
        var request = CrampJson.ParseRequest(Repository.Text("docs/examples/night-cramps.request.json")).Request!;
        AssessmentRequest[] requests = [.. Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? request : new AssessmentRequest(asOf: new DateOnly(2026, 11, 25)))];

        var assessments = Embedding.EvaluateInParallel(evaluator, requests);

        Assert.Equal(requests.Select(r => Findings(evaluator.Evaluate(r))), assessments.Select(Findings));
    }

    [Fact]
    public async Task WebApi_ValidRequest_ReturnsTheResultJson()
    {
        var body = Repository.Text("docs/examples/night-cramps.request.json");
        await using var app = await StartAsync();

        using var response = await Post(app, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var expected = CrampJson.Serialize(new CrampEvaluator().Evaluate(CrampJson.ParseRequest(body).Request!, EvaluationOptions.WithTrace));
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WebApi_InvalidRequest_Returns400WithEveryError()
    {
        await using var app = await StartAsync();

        using var response = await Post(app, """{"schemaVersion":"1","patient":{"ageYears":200,"sex":"x"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            [("$.patient.ageYears", "out-of-range"), ("$.patient.sex", "invalid-enum")],
            json.RootElement.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("path").GetString(), e.GetProperty("code").GetString())));
    }

    private static async Task<Microsoft.AspNetCore.Builder.WebApplication> StartAsync()
    {
        var app = Embedding.BuildWebApi(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning"]);
        await app.StartAsync();
        return app;
    }

    private static async Task<HttpResponseMessage> Post(Microsoft.AspNetCore.Builder.WebApplication app, string json)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri("/assessments", UriKind.Relative), content);
    }

    private static string Findings(CrampAssessment a) => string.Join(
        "|",
        a.Urgency,
        string.Join(",", a.UrgencyReasons),
        string.Join(",", a.RiskFactors.Select(f => f.Id)),
        string.Join(",", a.CauseCategories.Select(c => c.Id + "=" + c.Score)),
        string.Join(",", a.RedFlags.Select(f => f.Id)),
        string.Join(",", a.OpenQuestions.Select(q => q.Id)),
        string.Join(",", a.Advice.Select(x => x.Id)));
}
