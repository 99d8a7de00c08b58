using BenchmarkDotNet.Attributes;
using Cramps.Core.Benchmarks.Fixtures;

namespace Cramps.Core.Benchmarks;

/// <summary>
/// Scenario 2: 10 000 varied generated requests (the seeded batch generator's first 10 000 valid lines), in the model,
/// evaluated one after another. Reported per request.
/// </summary>
public class EvaluateGenerated
{
    public const int Requests = 10_000;

    private CrampEvaluator _evaluator = null!;
    private AssessmentRequest[] _requests = null!;

    [GlobalSetup]
    public void Setup()
    {
        _evaluator = new CrampEvaluator();
        _requests = RequestLines.ValidRequests(Requests);
    }

    /// <summary>Evaluates every request and returns how many findings they gave, so that none of the work can be skipped.</summary>
    [Benchmark(OperationsPerInvoke = Requests)]
    public int EvaluateEach()
    {
        var findings = 0;
        foreach (var request in _requests)
        {
            var assessment = _evaluator.Evaluate(request);
            findings += assessment.RiskFactors.Count + assessment.RedFlags.Count + assessment.OpenQuestions.Count;
        }

        return findings;
    }
}
