using Cramps.Core.Knowledge;

namespace Cramps.Core.Evaluation;

/// <summary>The state of one evaluation: the request, its facts, the threshold values and the rule results so far.</summary>
/// <remarks>Created per call and never shared, which keeps the evaluator itself immutable and thread-safe.</remarks>
internal sealed class EvaluationContext
{
    private readonly double[] _thresholds;

    public EvaluationContext(AssessmentRequest request, KnowledgeBase knowledgeBase, double[] thresholds)
    {
        _thresholds = thresholds;
        Patient = request.Patient;
        Episodes = request.Episodes;
        Facts = Facts.Build(request, knowledgeBase);
        Results = new RuleResult[knowledgeBase.Rules.Count];
        Array.Fill(Results, RuleResult.NotEvaluated);
    }

    public PatientHistory Patient { get; }

    public IReadOnlyList<CrampEpisode> Episodes { get; }

    public Facts Facts { get; }

    public RuleResult[] Results { get; }

    public double Threshold(Threshold threshold) => _thresholds[threshold.Index];
}
