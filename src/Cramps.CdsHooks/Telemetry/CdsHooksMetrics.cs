using System.Diagnostics.Metrics;

namespace Cramps.CdsHooks.Telemetry;

/// <summary>The service's instruments (meter <c>Cramps.CdsHooks</c>): request and evaluation latency, and cards written.</summary>
/// <remarks>Tags carry the service id and the status code only, never anything from a request.</remarks>
internal sealed class CdsHooksMetrics
{
    /// <summary>The meter's name, to listen to or export.</summary>
    public const string MeterName = "Cramps.CdsHooks";

    private readonly Histogram<double> _requestDuration;
    private readonly Histogram<double> _evaluationDuration;
    private readonly Counter<long> _cards;

    public CdsHooksMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _requestDuration = meter.CreateHistogram<double>("cramps.cds_hooks.request.duration", "s", "Time to answer a CDS Hooks call, from the body read to the answer written.");
        _evaluationDuration = meter.CreateHistogram<double>("cramps.cds_hooks.evaluation.duration", "s", "Time to read the record from FHIR, evaluate it and write the cards.");
        _cards = meter.CreateCounter<long>("cramps.cds_hooks.cards", "{card}", "Cards returned.");
    }

    public void Request(string service, int status, TimeSpan elapsed) =>
        _requestDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("cds.service", service), new KeyValuePair<string, object?>("http.response.status_code", status));

    public void Evaluation(string service, TimeSpan elapsed, int cards)
    {
        _evaluationDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("cds.service", service));
        _cards.Add(cards, new KeyValuePair<string, object?>("cds.service", service));
    }
}
