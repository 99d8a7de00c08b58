using BenchmarkDotNet.Attributes;
using Cramps.Core.Benchmarks.Fixtures;
using Cramps.Core.Serialization;

namespace Cramps.Core.Benchmarks;

/// <summary>
/// Scenario 3: the typical request from UTF-8 JSON to UTF-8 JSON: parse and validate, evaluate, serialize the result
/// (with its trace, as the wire contract has it). The parts are measured beside the whole to show where the time goes.
/// </summary>
public class JsonRoundTrip
{
    private CrampEvaluator _evaluator = null!;
    private byte[] _json = null!;
    private AssessmentRequest _request = null!;
    private CrampAssessment _assessment = null!;

    [GlobalSetup]
    public void Setup()
    {
        _evaluator = new CrampEvaluator();
        _json = TypicalRequest.Utf8Json();
        _request = TypicalRequest.Model();
        _assessment = _evaluator.Evaluate(_request, EvaluationOptions.WithTrace);
        _ = _assessment.Trace;
    }

    [Benchmark(Baseline = true)]
    public byte[] ParseEvaluateSerialize()
    {
        var parsed = CrampJson.ParseRequest(_json);
        return parsed.IsValid ? CrampJson.SerializeToUtf8Bytes(_evaluator.Evaluate(parsed.Request, EvaluationOptions.WithTrace)) : [];
    }

    /// <summary>The first part alone: parse and validate.</summary>
    [Benchmark]
    public RequestParseResult Parse() => CrampJson.ParseRequest(_json);

    /// <summary>The rest: evaluate a request already parsed and serialize the result (which builds the trace).</summary>
    [Benchmark]
    public byte[] EvaluateSerialize() => CrampJson.SerializeToUtf8Bytes(_evaluator.Evaluate(_request, EvaluationOptions.WithTrace));

    /// <summary>Writing alone: the result of the typical request, its trace already built, to UTF-8 JSON.</summary>
    [Benchmark]
    public byte[] Serialize() => CrampJson.SerializeToUtf8Bytes(_assessment);
}
