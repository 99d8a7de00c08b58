using System.Buffers;
using Cramps.Core.Internal;
using Cramps.Core.Knowledge;

namespace Cramps.Core.Evaluation;

/// <summary>The state of one evaluation: the request, its facts, the threshold values and the rule states so far.</summary>
/// <remarks>Created per call and never shared, which keeps the evaluator itself immutable and thread-safe.</remarks>
internal sealed class EvaluationContext
{
    private readonly double[] _thresholds;

    public EvaluationContext(AssessmentRequest request, KnowledgeBase knowledgeBase, double[] thresholds, bool tracing, bool ignoreUndated = false)
    {
        _thresholds = thresholds;
        KnowledgeBase = knowledgeBase;
        Patient = request.Patient;
        Episodes = ReadOnlyArray<CrampEpisode>.Of(request.Episodes);
        Conditions = Patient.Conditions is { } conditions ? ReadOnlyArray<Condition>.Of(conditions) : null;
        Medications = Patient.Medications is { } medications ? ReadOnlyArray<Medication>.Of(medications) : null;
        Labs = Patient.Labs is { } labs ? ReadOnlyArray<LabResult>.Of(labs) : null;
        RequestSummary = new RequestSummary(request, knowledgeBase.Policies, ignoreUndated);
        // A transient buffer: rented here, returned by Release once the assessment is built (it never escapes).
        Rules = ArrayPool<RuleState>.Shared.Rent(knowledgeBase.RuleArray.Length);
        Traces = tracing ? new RuleTrace[knowledgeBase.Rules.Count] : null;
    }

    public KnowledgeBase KnowledgeBase { get; }

    public PatientHistory Patient { get; }

    /// <summary>Gets the diary; empty when there is none.</summary>
    public CrampEpisode[] Episodes { get; }

    /// <summary>Gets the conditions, or <see langword="null"/> when unknown.</summary>
    public Condition[]? Conditions { get; }

    /// <summary>Gets the medications, or <see langword="null"/> when unknown.</summary>
    public Medication[]? Medications { get; }

    /// <summary>Gets the laboratory results, or <see langword="null"/> when unknown.</summary>
    public LabResult[]? Labs { get; }

    public RequestSummary RequestSummary { get; }

    /// <summary>Gets the state of every rule evaluated so far, by rule index (the buffer may be longer than the rule count).</summary>
    public RuleState[] Rules { get; }

    /// <summary>Gets the trace paths of every rule evaluated so far, or <see langword="null"/> when not tracing.</summary>
    public RuleTrace?[]? Traces { get; }

    public double Threshold(Threshold threshold) => _thresholds[threshold.Index];

    /// <summary>Gets whether a lab result counts for a test: one of the latest collection date, or undated (undated is not old).</summary>
    public bool Counts(LabResult lab, LabTest test, LabSlot slot) =>
        ReferenceEquals(lab.KnownTest, test) && (lab.CollectedOn is { } date ? date == slot.Date : !RequestSummary.IgnoreUndated);

    /// <summary>Returns the rented rule buffer; the context must not be used afterwards.</summary>
    public void Release() => ArrayPool<RuleState>.Shared.Return(Rules, clearArray: true);
}
