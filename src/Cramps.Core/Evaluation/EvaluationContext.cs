using System.Buffers;
using Cramps.Core.Internal;
using Cramps.Core.Knowledge;

namespace Cramps.Core.Evaluation;

/// <summary>The state of one evaluation: the request, its facts, the threshold values and the rule states so far.</summary>
/// <remarks>Created per call and never shared, which keeps the evaluator itself immutable and thread-safe.</remarks>
internal sealed class EvaluationContext
{
    private readonly double[] _thresholds;

    public EvaluationContext(AssessmentRequest request, KnowledgeBase knowledgeBase, double[] thresholds, bool tracing)
    {
        _thresholds = thresholds;
        KnowledgeBase = knowledgeBase;
        Patient = request.Patient;
        Episodes = ReadOnlyArray<CrampEpisode>.Of(request.Episodes);
        Conditions = Patient.Conditions is { } conditions ? ReadOnlyArray<Condition>.Of(conditions) : null;
        Medications = Patient.Medications is { } medications ? ReadOnlyArray<Medication>.Of(medications) : null;
        Labs = Patient.Labs is { } labs ? ReadOnlyArray<LabResult>.Of(labs) : null;
        RequestSummary = new RequestSummary(request, knowledgeBase.Policies);
        // A transient buffer: rented here, returned by Release once the assessment is built (it never escapes).
        Rules = ArrayPool<RuleState>.Shared.Rent(knowledgeBase.RuleArray.Length);
        Traces = tracing ? new RuleTrace[knowledgeBase.Rules.Count] : null;
    }

    private EvaluationContext(EvaluationContext source)
    {
        _thresholds = source._thresholds;
        KnowledgeBase = source.KnowledgeBase;
        Patient = source.Patient;
        Episodes = source.Episodes;
        Conditions = source.Conditions;
        Medications = source.Medications;
        Labs = source.Labs;
        RequestSummary = source.RequestSummary;
        IgnoresUndated = true;
        Rules = ArrayPool<RuleState>.Shared.Rent(KnowledgeBase.RuleArray.Length);
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

    /// <summary>Gets whether undated lab results are left out (the check behind the undated-lab-counted warning).</summary>
    public bool IgnoresUndated { get; }

    /// <summary>Gets where the counted results of a test are; left with its dated results only, a test has some exactly when it has a latest date.</summary>
    public LabSlot Lab(LabTest test)
    {
        var slot = RequestSummary.Lab(test.Index);
        return IgnoresUndated ? slot with { Any = slot.Date is not null } : slot;
    }

    /// <summary>Gets whether a lab result counts for a test: one of the latest collection date, or undated (undated is not old).</summary>
    public bool Counts(LabResult lab, LabTest test, LabSlot slot) =>
        ReferenceEquals(lab.KnownTest, test) && (lab.CollectedOn is { } date ? date == slot.Date : !IgnoresUndated);

    /// <summary>
    /// Gets a context over the same request and summary with undated lab results left out and no rule evaluated yet, not
    /// tracing: the check behind the undated-lab-counted warning evaluates rules again in it. Release it too.
    /// </summary>
    public EvaluationContext WithoutUndated() => new(this);

    /// <summary>Returns the rented rule buffer; the context must not be used afterwards.</summary>
    public void Release() => ArrayPool<RuleState>.Shared.Return(Rules, clearArray: true);
}
