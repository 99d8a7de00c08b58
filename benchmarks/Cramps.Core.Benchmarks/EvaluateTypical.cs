using BenchmarkDotNet.Attributes;
using Cramps.Core.Benchmarks.Fixtures;

namespace Cramps.Core.Benchmarks;

/// <summary>Scenario 1: one typical request, already in the model, evaluated; and with its trace read.</summary>
public class EvaluateTypical
{
    private CrampEvaluator _evaluator = null!;
    private AssessmentRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _evaluator = new CrampEvaluator();
        _request = TypicalRequest.Model();
    }

    [Benchmark(Baseline = true)]
    public CrampAssessment Evaluate() => _evaluator.Evaluate(_request);

    /// <summary>The same, then the trace read: a second, traced evaluation, as an app that shows the trace pays once.</summary>
    [Benchmark]
    public IReadOnlyList<TraceEntry>? EvaluateWithTrace() => _evaluator.Evaluate(_request, EvaluationOptions.WithTrace).Trace;
}
