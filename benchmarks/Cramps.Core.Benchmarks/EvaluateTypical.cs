using BenchmarkDotNet.Attributes;
using Cramps.Core.Benchmarks.Fixtures;

namespace Cramps.Core.Benchmarks;

/// <summary>Scenario 1: one typical request, already in the model, evaluated.</summary>
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

    [Benchmark]
    public CrampAssessment Evaluate() => _evaluator.Evaluate(_request);
}
