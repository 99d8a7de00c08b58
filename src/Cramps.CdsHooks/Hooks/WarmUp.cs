using System.Diagnostics;
using System.Text;

namespace Cramps.CdsHooks.Hooks;

/// <summary>
/// Answers both hooks once, on a made-up record, before the server accepts its first call, so that the first call from an
/// EHR is answered as fast as the ones after it.
/// </summary>
/// <remarks>
/// <para>
/// The first answer in a process builds the FHIR R4 model the reader checks records against and compiles the code of the
/// whole path: measured on the two-core machine, 0.9 to 1.2 s for the first patient-view call against about 12 ms for the
/// next, while CDS Hooks clients give a service about half a second. <see cref="StartingAsync"/> runs before the host
/// starts the server (every <see cref="IHostedLifecycleService"/>'s starting step runs before any service starts), so the
/// service starts listening only once it is warm.
/// </para>
/// <para>
/// The made-up calls go through <see cref="HookHandler"/> from the request body on (request, prefetch, FHIR reader,
/// evaluator, card writers), without HTTP, the FHIR server or the clock, and record neither metrics nor a request log
/// line: nobody called. The record is made up and holds no patient's data. A failure is logged by its exception type and does not stop
/// the service, which then pays the cost on its first call as before.
/// </para>
/// </remarks>
internal sealed partial class WarmUp(HookHandler handler, ILogger<WarmUp> logger) : IHostedLifecycleService
{
    /// <summary>The day the made-up record is read on (its results are dated the day before).</summary>
    internal static readonly DateOnly Today = new(2026, 1, 2);

    /// <summary>The made-up prefetch: a woman of 75 with heart failure on a thiazide, potassium 3.2 mmol/L.</summary>
    private const string Prefetch = """
        {
          "patient": { "resourceType": "Patient", "id": "warm-up", "gender": "female", "birthDate": "1950-04-02" },
          "conditions": { "resourceType": "Bundle", "type": "searchset", "entry": [ { "resource": {
            "resourceType": "Condition", "id": "hf",
            "clinicalStatus": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active" } ] },
            "code": { "coding": [ { "system": "http://snomed.info/sct", "code": "88805009", "display": "Chronic congestive heart failure" } ] },
            "subject": { "reference": "Patient/warm-up" } } } ] },
          "medications": { "resourceType": "Bundle", "type": "searchset", "entry": [ { "resource": {
            "resourceType": "MedicationRequest", "id": "thiazide", "status": "active", "intent": "order", "authoredOn": "2025-06-01",
            "medicationCodeableConcept": { "text": "Hydrochlorothiazide 25 MG Oral Tablet" },
            "subject": { "reference": "Patient/warm-up" } } } ] },
          "medicationStatements": null,
          "observations": { "resourceType": "Bundle", "type": "searchset", "entry": [ { "resource": {
            "resourceType": "Observation", "id": "k", "status": "final",
            "code": { "coding": [ { "system": "http://loinc.org", "code": "2823-3", "display": "Potassium" } ] },
            "subject": { "reference": "Patient/warm-up" }, "effectiveDateTime": "2026-01-01",
            "valueQuantity": { "value": 3.2, "unit": "mmol/L", "system": "http://unitsofmeasure.org", "code": "mmol/L" } } } ] }
        }
        """;

    /// <summary>The made-up order-select call: a statin selected for the same woman.</summary>
    internal const string OrderSelectRequest = """
        {
          "hook": "order-select", "hookInstance": "00000000-0000-0000-0000-000000000000",
          "context": {
            "userId": "Practitioner/warm-up", "patientId": "warm-up", "selections": [ "MedicationRequest/statin" ],
            "draftOrders": { "resourceType": "Bundle", "type": "collection", "entry": [ { "resource": {
              "resourceType": "MedicationRequest", "id": "statin", "status": "draft", "intent": "order",
              "medicationCodeableConcept": { "text": "Simvastatin 20 MG Oral Tablet" },
              "subject": { "reference": "Patient/warm-up" } } } ] }
          },
          "prefetch":
        """ + Prefetch + "}";

    /// <summary>The made-up patient-view call.</summary>
    internal const string PatientViewRequest = """
        {
          "hook": "patient-view", "hookInstance": "00000000-0000-0000-0000-000000000000",
          "context": { "userId": "Practitioner/warm-up", "patientId": "warm-up" },
          "prefetch":
        """ + Prefetch + "}";

    /// <inheritdoc/>
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var cards = await RunAsync(cancellationToken).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogWarm(logger, cards, elapsed.TotalMilliseconds);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var type = exception.GetType().FullName ?? "an exception";
            LogFailed(logger, type);
        }
    }

    /// <summary>Answers the made-up patient-view and order-select calls.</summary>
    /// <returns>The number of cards of the two answers.</returns>
    internal async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var patientView = await CardsAsync(ServiceCatalog.PatientView, PatientViewRequest, cancellationToken).ConfigureAwait(false);
        var orderSelect = await CardsAsync(ServiceCatalog.OrderSelect, OrderSelectRequest, cancellationToken).ConfigureAwait(false);
        return patientView + orderSelect;
    }

    private async Task<int> CardsAsync(string serviceId, string json, CancellationToken cancellationToken)
    {
        var answer = await handler.AnswerAsync(ServiceCatalog.Find(serviceId)!, Encoding.UTF8.GetBytes(json), Today, cancellationToken).ConfigureAwait(false);
        return answer.Evaluated?.Cards ?? throw new InvalidOperationException("The made-up " + serviceId + " call was not answered with an assessment.");
    }

    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Warmed up on a made-up record before serving: {Cards} card(s) in {ElapsedMs} ms.")]
    private static partial void LogWarm(ILogger logger, int cards, double elapsedMs);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "The warm-up failed ({ExceptionType}); the first call will be slower.")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
