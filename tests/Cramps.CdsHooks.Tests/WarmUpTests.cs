using System.Net;
using System.Text.Json.Nodes;
using Cramps.CdsHooks.Configuration;
using Cramps.CdsHooks.Hooks;
using Cramps.CdsHooks.Telemetry;
using Cramps.CdsHooks.Tests.Support;
using Cramps.Core;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Cramps.CdsHooks.Tests;

public sealed class WarmUpTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task Start_WarmsUpOnTheMadeUpRecord_BeforeTheServiceCountsAsStarted()
    {
        using var client = service.CreateClient();
        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = service.Logs.Entries;
        var warm = Assert.Single(entries, e => e.Contains("[4] Warmed up on a made-up record before serving: 2 card(s)", StringComparison.Ordinal));
        var started = Assert.Single(entries, e => e.Contains("[3] The Cramps CDS Hooks service is serving", StringComparison.Ordinal));

        // The starting step of a lifecycle service runs before the host starts the server, whose start this entry follows.
        Assert.True(entries.ToList().IndexOf(warm) < entries.ToList().IndexOf(started), string.Join('\n', entries));
    }

    [Fact]
    public void WarmUp_IsALifecycleService_SoItRunsBeforeTheServerStarts()
    {
        var warmUp = Assert.Single(service.Services.GetServices<IHostedService>().OfType<WarmUp>());

        Assert.IsAssignableFrom<IHostedLifecycleService>(warmUp);
    }

    [Fact]
    public async Task RunAsync_AnswersBothHooks_WithTheirCards()
    {
        var warmUp = service.Services.GetServices<IHostedService>().OfType<WarmUp>().Single();

        // Patient view: the assessment card. Order select: the statin selected for a woman with heart failure and a potassium
        // of 3.2 mmol/L, which the service's description names, so one card links them.
        Assert.Equal(2, await warmUp.RunAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("patient-view")]
    [InlineData("order-select")]
    public async Task MadeUpRequests_AreCallsTheServiceAnswersOverHttp_WithACard(string id)
    {
        var request = JsonNode.Parse(id == "patient-view" ? WarmUp.PatientViewRequest : WarmUp.OrderSelectRequest)!;

        using var response = await service.PostAsync("/cds-services/" + id, request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Single(body["cards"]!.AsArray());
    }

    [Fact]
    public async Task AFailedWarmUp_IsLoggedByItsTypeOnly_AndDoesNotStopTheService()
    {
        using var logs = new LogCapture();
        using var loggers = LoggerFactory.Create(logging => logging.AddProvider(logs));
        var handler = new HookHandler(
            service.Services.GetRequiredService<RecordCollector>(),
            new FailingEvaluator(),
            service.Services.GetRequiredService<CdsHooksMetrics>(),
            TimeProvider.System,
            service.Services.GetRequiredService<IOptions<ServiceOptions>>(),
            loggers.CreateLogger<HookHandler>());
        var warmUp = new WarmUp(handler, loggers.CreateLogger<WarmUp>());

        await warmUp.StartingAsync(CancellationToken.None);

        var entry = Assert.Single(logs.Entries);
        Assert.StartsWith("Warning", entry, StringComparison.Ordinal);
        Assert.Contains("[5] The warm-up failed (System.InvalidOperationException); the first call will be slower.", entry, StringComparison.Ordinal);
        Assert.DoesNotContain(FailingEvaluator.Message, entry, StringComparison.Ordinal);
    }

    private sealed class FailingEvaluator : ICrampEvaluator
    {
        public const string Message = "secret text that must not reach the log";

        public KnowledgeBaseIdentity Identity => throw new InvalidOperationException(Message);

        public CrampAssessment Evaluate(AssessmentRequest request) => throw new InvalidOperationException(Message);

        public CrampAssessment Evaluate(AssessmentRequest request, EvaluationOptions options) => throw new InvalidOperationException(Message);
    }
}
