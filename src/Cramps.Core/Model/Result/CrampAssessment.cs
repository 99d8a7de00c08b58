using System.Text.Json.Serialization;

namespace Cramps.Core;

/// <summary>Represents an assessment: risk factors, likely cause categories, red flags with urgency, open questions and advice, each explained.</summary>
/// <remarks>
/// <para>
/// An assessment is general information, never a diagnosis (see <see cref="Disclaimer"/>). Every list is in a defined
/// order (risk factors and red flags in knowledge-base table order, categories by score, questions by tier and reach,
/// advice in table order), so equal requests give equal assessments.
/// </para>
/// <para>
/// Instances are immutable values: an assessment holds neither the evaluator nor the request, and what it includes (the
/// trace) was chosen when evaluating (<see cref="EvaluationOptions"/>).
/// </para>
/// </remarks>
public sealed class CrampAssessment
{
    internal CrampAssessment(
        KnowledgeBaseIdentity knowledgeBase,
        Urgency urgency,
        IReadOnlyList<string> urgencyReasons,
        IReadOnlyList<RiskFactorFinding> riskFactors,
        IReadOnlyList<CauseCategoryFinding> causeCategories,
        IReadOnlyList<RedFlagFinding> redFlags,
        IReadOnlyList<OpenQuestion> openQuestions,
        bool interviewComplete,
        IReadOnlyList<Advice> advice,
        IReadOnlyList<AssessmentWarning> warnings,
        IReadOnlyList<UnrecognisedInput> unrecognisedInputs,
        IReadOnlyList<TraceEntry>? trace,
        string? requestId,
        string disclaimer)
    {
        KnowledgeBase = knowledgeBase;
        Urgency = urgency;
        UrgencyReasons = urgencyReasons;
        RiskFactors = riskFactors;
        CauseCategories = causeCategories;
        RedFlags = redFlags;
        OpenQuestions = openQuestions;
        InterviewComplete = interviewComplete;
        Advice = advice;
        Warnings = warnings;
        UnrecognisedInputs = unrecognisedInputs;
        Trace = trace;
        RequestId = requestId;
        Disclaimer = disclaimer;
    }

    /// <summary>Gets the schema version of the result: always <see cref="RequestLimits.SchemaVersion"/>.</summary>
    public string SchemaVersion { get; } = RequestLimits.SchemaVersion;

    /// <summary>Gets the request's own id, echoed unchanged, or <see langword="null"/> when the request had none.</summary>
    public string? RequestId { get; }

    /// <summary>Gets the knowledge base the assessment was made with.</summary>
    public KnowledgeBaseIdentity KnowledgeBase { get; }

    /// <summary>Gets how soon the person should act: the highest urgency of the fired red flags and the baseline rule.</summary>
    [JsonIgnore]
    public Urgency Urgency { get; }

    [JsonInclude]
    [JsonPropertyName("urgency")]
    internal string UrgencyOnWire => WireNames.Of(Urgency);

    /// <summary>Gets the ids behind the urgency: every fired red flag in table order, or, when none fired, the baseline's reasons.</summary>
    /// <remarks>
    /// The baseline's reasons are the ids of <see cref="BaselineReasons"/> that hold, in the knowledge base's order:
    /// <see cref="BaselineReasons.Factor"/>, <see cref="BaselineReasons.MedicineOrElectrolyte"/>,
    /// <see cref="BaselineReasons.EpisodeSite"/>, <see cref="BaselineReasons.QuinineUsed"/> and
    /// <see cref="BaselineReasons.NothingKnown"/>. The risk factors behind a reason are in <see cref="RiskFactors"/>.
    /// </remarks>
    public IReadOnlyList<string> UrgencyReasons { get; }

    /// <summary>Gets the present risk factors, in knowledge-base table order.</summary>
    public IReadOnlyList<RiskFactorFinding> RiskFactors { get; }

    /// <summary>Gets the cause categories with a score above zero, highest score first, ties in table order.</summary>
    public IReadOnlyList<CauseCategoryFinding> CauseCategories { get; }

    /// <summary>Gets the fired red flags, in knowledge-base table order.</summary>
    public IReadOnlyList<RedFlagFinding> RedFlags { get; }

    /// <summary>Gets the open follow-up questions: by tier, then by how many rules each could reveal, then in table order.</summary>
    public IReadOnlyList<OpenQuestion> OpenQuestions { get; }

    /// <summary>Gets whether no tier 0 or tier 1 question is open; always true at urgency emergency, when no question is open.</summary>
    public bool InterviewComplete { get; }

    /// <summary>Gets the advice, in knowledge-base order.</summary>
    public IReadOnlyList<Advice> Advice { get; }

    /// <summary>Gets the inconsistencies of the request, reported without resolving them; empty when there are none.</summary>
    /// <remarks>Listed in the order of <see cref="WarningCodes"/>; warnings never change the urgency.</remarks>
    public IReadOnlyList<AssessmentWarning> Warnings { get; }

    /// <summary>Gets the inputs the knowledge base did not recognise and ignored, in request order.</summary>
    public IReadOnlyList<UnrecognisedInput> UnrecognisedInputs { get; }

    /// <summary>Gets one entry per knowledge-base rule (risk factors, then red flags) with its outcome and inputs.</summary>
    /// <value>The trace, or <see langword="null"/> when the evaluation was not asked for it (<see cref="EvaluationOptions.IncludeTrace"/>).</value>
    /// <remarks>
    /// The result contract's JSON carries the trace, so <see cref="Serialization.CrampJson"/> writes only assessments
    /// evaluated with <see cref="EvaluationOptions.WithTrace"/>.
    /// </remarks>
    [JsonIgnore]
    public IReadOnlyList<TraceEntry>? Trace { get; }

    /// <summary>Gets the trace for the wire, where the contract requires it; writing an assessment without one is a programming error.</summary>
    [JsonInclude]
    [JsonPropertyName("trace")]
    internal IReadOnlyList<TraceEntry> TraceOnWire =>
        Trace ?? throw new InvalidOperationException(NoTrace);

    /// <summary>The message for writing an assessment without its trace, which the result contract requires.</summary>
    internal const string NoTrace = "The assessment has no trace, which the result contract's JSON carries: evaluate with EvaluationOptions.WithTrace.";

    /// <summary>Gets the disclaimer: general information, not a diagnosis.</summary>
    public string Disclaimer { get; }
}

/// <summary>Provides the ids that explain a routine baseline urgency when no red flag fired, in the order assessments list them.</summary>
/// <remarks>The knowledge base describes each with its sources (<see cref="Knowledge.KnowledgeBase.BaselineReasons"/>).</remarks>
public static class BaselineReasons
{
    /// <summary>A present risk factor of strength moderate or strong outside the benign categories.</summary>
    public const string Factor = "baseline-factor";

    /// <summary>A present risk factor, of any strength, of category medication-induced or electrolyte-disturbance.</summary>
    public const string MedicineOrElectrolyte = "baseline-medicine-or-electrolyte";

    /// <summary>An episode was in a muscle other than calf or foot.</summary>
    public const string EpisodeSite = "baseline-episode-site";

    /// <summary>The patient has used quinine for cramps.</summary>
    public const string QuinineUsed = "baseline-quinine-used";

    /// <summary>Nothing at all is known about the episodes: no diary and no cramp-pattern answer.</summary>
    public const string NothingKnown = "baseline-nothing-known";
}
