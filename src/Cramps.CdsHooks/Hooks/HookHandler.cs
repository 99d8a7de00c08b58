using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cramps.CdsHooks.Configuration;
using Cramps.CdsHooks.Telemetry;
using Cramps.Core;
using Cramps.Fhir;
using Microsoft.Extensions.Options;

namespace Cramps.CdsHooks.Hooks;

/// <summary>Answers <c>POST /cds-services/{id}</c>: reads the request, gathers the record, evaluates it and writes the cards.</summary>
/// <remarks>
/// A bad request gets 400 with every field named; a record the service cannot obtain gets 412; nothing from the request
/// reaches the log, which names the service, the status, the number of cards and the time only.
/// </remarks>
internal sealed partial class HookHandler(
    RecordCollector collector,
    ICrampEvaluator evaluator,
    CdsHooksMetrics metrics,
    TimeProvider time,
    IOptions<ServiceOptions> options,
    ILogger<HookHandler> logger)
{
    public async Task<IResult> HandleAsync(string id, HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var service = ServiceCatalog.Find(id);
        if (service is null)
        {
            return Problems.NotFound("This server offers the services listed at /cds-services.");
        }

        var answer = await AnswerAsync(service, http).ConfigureAwait(false);
        if (answer.Evaluated is var (evaluation, cards))
        {
            metrics.Evaluation(service.Id, evaluation, cards);
        }

        var status = answer.Result is IStatusCodeHttpResult { StatusCode: { } code } ? code : StatusCodes.Status200OK;
        var elapsed = Stopwatch.GetElapsedTime(started);
        metrics.Request(service.Id, status, elapsed);
        LogAnswered(logger, service.Id, status, elapsed.TotalMilliseconds);
        return answer.Result;
    }

    /// <summary>Answers a request body already read, as of <paramref name="today"/>; records no metrics and logs nothing.</summary>
    /// <remarks>The warm-up answers its made-up calls through this too.</remarks>
    internal async Task<HookAnswer> AnswerAsync(CdsService service, byte[] body, DateOnly today, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return new(Problems.BadRequest([new FieldError("$", "The request body is not well-formed JSON.")]));
        }

        using (document)
        {
            var errors = new List<FieldError>();
            var request = HookRequest.Parse(document.RootElement, service, errors);
            if (request is null)
            {
                return new(Problems.BadRequest(errors));
            }

            return service.Hook == ServiceCatalog.OrderSelect
                ? await OrderSelectAsync(service, request, today, cancellationToken).ConfigureAwait(false)
                : await PatientViewAsync(service, request, today, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<HookAnswer> AnswerAsync(CdsService service, HttpContext http)
    {
        if (!http.Request.HasJsonContentType())
        {
            return new(Problems.UnsupportedMediaType());
        }

        var limit = options.Value.MaxRequestBodyBytes;
        byte[]? body;
        try
        {
            body = await BoundedBody.ReadAsync(http.Request.Body, limit, http.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }

        if (body is null)
        {
            return new(Problems.TooLarge(limit));
        }

        return await AnswerAsync(service, body, Today(), http.RequestAborted).ConfigureAwait(false);
    }

    private async Task<HookAnswer> PatientViewAsync(CdsService service, HookRequest request, DateOnly today, CancellationToken cancellationToken)
    {
        using var record = await collector.CollectAsync(request, service.Prefetch, cancellationToken).ConfigureAwait(false);
        if (Unusable(record) is { } problem)
        {
            return new(problem);
        }

        var started = Stopwatch.GetTimestamp();
        var read = FhirRequestReader.Read(record.ToBundleJson(), today);
        if (!read.IsValid)
        {
            return new(ReaderErrors(read, record));
        }

        var assessment = evaluator.Evaluate(read.Request);
        var response = JsonNode.Parse(CdsHooksWriter.Write(assessment, read.Context))!.AsObject();
        var cards = CardText.Decorate(response, options.Value.Documentation);
        return new(Json(response), (Stopwatch.GetElapsedTime(started), cards));
    }

    private async Task<HookAnswer> OrderSelectAsync(CdsService service, HookRequest request, DateOnly today, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var selected = OrderSelectCards.SelectedMedicines(request.DraftOrders!.Value, request.Selections);
        var medicines = selected is null ? null : FhirRequestReader.Read(selected);
        if (medicines is { IsValid: false })
        {
            return new(Problems.BadRequest([.. medicines.Errors.Select(e => new FieldError("context.draftOrders", "The selected order is not a FHIR R4 MedicationRequest the service can read (" + e.Code + ")."))]));
        }

        var linked = medicines is { IsValid: true } ? OrderSelectCards.Linked(evaluator.Evaluate(medicines.Request)) : [];
        if (linked.Count == 0)
        {
            return new(Json(new JsonObject { ["cards"] = new JsonArray() }), (Stopwatch.GetElapsedTime(started), 0));
        }

        using var record = await collector.CollectAsync(request, service.Prefetch, cancellationToken).ConfigureAwait(false);
        if (Unusable(record) is { } problem)
        {
            return new(problem);
        }

        started = Stopwatch.GetTimestamp();
        var read = FhirRequestReader.Read(record.ToBundleJson(), today);
        if (!read.IsValid)
        {
            return new(ReaderErrors(read, record));
        }

        var assessment = evaluator.Evaluate(read.Request);
        var response = OrderSelectCards.Write(linked, assessment, read.Request, read.Context);
        var cards = CardText.Decorate(response, options.Value.Documentation);
        return new(Json(response), (Stopwatch.GetElapsedTime(started), cards));
    }

    private static IResult? Unusable(PatientRecord record)
    {
        if (record.Errors.Count > 0)
        {
            return Problems.BadRequest(record.Errors);
        }

        return record.Missing.Count > 0
            ? Problems.PreconditionFailed(
                "The prefetch lacks data the service needs, and the service could not fetch it: give the prefetch, or fhirServer (on the service's allow-list) with fhirAuthorization.",
                record.Missing)
            : null;
    }

    /// <summary>Reports the FHIR reader's errors at the prefetch paths they came from; errors in fetched data mean the data could not be had.</summary>
    private static IResult ReaderErrors(FhirReadResult read, PatientRecord record)
    {
        var errors = new List<FieldError>();
        var fromServer = false;
        foreach (var error in read.Errors)
        {
            var match = EntryPath().Match(error.Path);
            var origin = match.Success && int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) is var index && index < record.Resources.Count
                ? record.Resources[index]
                : null;
            fromServer |= origin is { FromPrefetch: false };
            errors.Add(new FieldError(origin is null ? "prefetch" : origin.Origin + error.Path[match.Length..], error.Message));
        }

        return fromServer
            ? Problems.PreconditionFailed("The FHIR server's data could not be read as FHIR R4 for one patient.", [])
            : Problems.BadRequest(errors);
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static IResult Json(JsonObject response) => Results.Text(response.ToJsonString(), "application/json", System.Text.Encoding.UTF8);

    [GeneratedRegex("^Bundle\\.entry\\[(\\d+)\\]\\.resource", RegexOptions.CultureInvariant)]
    private static partial Regex EntryPath();

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "CDS service {Service} answered {Status} in {ElapsedMs:F1} ms.")]
    private static partial void LogAnswered(ILogger logger, string service, int status, double elapsedMs);
}

/// <summary>The answer to one call and, when it evaluated a record, how long that took and how many cards it wrote (what the evaluation metrics record).</summary>
internal readonly record struct HookAnswer(IResult Result, (TimeSpan Elapsed, int Cards)? Evaluated = null);
