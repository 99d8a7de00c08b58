using System.Text.Json.Serialization;
using Cramps.Core.Knowledge;

namespace Cramps.Core;

/// <summary>Represents a risk factor that is present, with the evidence for it.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class RiskFactorFinding
{
    internal RiskFactorFinding(RiskFactor definition, IReadOnlyList<Evidence> evidence)
    {
        Definition = definition;
        Evidence = evidence;
    }

    /// <summary>Gets the risk factor id, for example <c>diuretic-thiazide</c>.</summary>
    public string Id => Definition.Id;

    /// <summary>Gets the clinical name, for clinicians.</summary>
    public string Name => Definition.Name;

    /// <summary>Gets the plain-English name, for patients.</summary>
    public string PlainName => Definition.PlainName;

    /// <summary>Gets the id of the cause category the factor belongs to.</summary>
    public string Category => Definition.Category.Id;

    /// <summary>Gets how strongly the sources support the factor.</summary>
    [JsonIgnore]
    public EvidenceStrength Strength => Definition.Strength;

    [JsonInclude]
    [JsonPropertyName("strength")]
    internal string StrengthOnWire => WireNames.Of(Definition.Strength);

    /// <summary>Gets the input values that made the factor present.</summary>
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>Gets the keys of the sources behind the factor.</summary>
    public IReadOnlyList<string> Sources => Definition.SourceKeys;

    /// <summary>Gets the knowledge-base definition of the factor.</summary>
    [JsonIgnore]
    public RiskFactor Definition { get; }
}

/// <summary>Represents a red flag that fired, with the urgency it calls for and the evidence for it.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class RedFlagFinding
{
    internal RedFlagFinding(RedFlag definition, Urgency urgency, IReadOnlyList<Evidence> evidence)
    {
        Definition = definition;
        Urgency = urgency;
        Evidence = evidence;
    }

    /// <summary>Gets the red flag id, for example <c>flag-tetany</c>.</summary>
    public string Id => Definition.Id;

    /// <summary>Gets the clinical name, for clinicians.</summary>
    public string Name => Definition.Name;

    /// <summary>Gets the plain-English name, for patients.</summary>
    public string PlainName => Definition.PlainName;

    /// <summary>Gets the urgency this red flag calls for.</summary>
    [JsonIgnore]
    public Urgency Urgency { get; }

    [JsonInclude]
    [JsonPropertyName("urgency")]
    internal string UrgencyOnWire => WireNames.Of(Urgency);

    /// <summary>Gets the id of the cause category the red flag counts toward.</summary>
    public string Category => Definition.Category.Id;

    /// <summary>Gets the input values that made the red flag fire.</summary>
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>Gets the keys of the sources behind the red flag.</summary>
    public IReadOnlyList<string> Sources => Definition.SourceKeys;

    /// <summary>Gets the knowledge-base definition of the red flag.</summary>
    [JsonIgnore]
    public RedFlag Definition { get; }
}

/// <summary>Represents a possible cause category with its score and what contributed to it.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class CauseCategoryFinding
{
    internal CauseCategoryFinding(CauseCategory definition, double score, IReadOnlyList<string> riskFactors, IReadOnlyList<string> redFlags, IReadOnlyList<CategoryContribution> contributions)
    {
        Definition = definition;
        Score = score;
        RiskFactors = riskFactors;
        RedFlags = redFlags;
        Contributions = contributions;
    }

    /// <summary>Gets the category id, for example <c>electrolyte-disturbance</c>.</summary>
    public string Id => Definition.Id;

    /// <summary>Gets the clinical name, for clinicians.</summary>
    public string Name => Definition.Name;

    /// <summary>Gets the plain-English name, for patients.</summary>
    public string PlainName => Definition.PlainName;

    /// <summary>Gets the score: the sum of <see cref="Contributions"/>.</summary>
    public double Score { get; }

    /// <summary>Gets the ids of the present risk factors that count toward the category: its own, then those that point to it.</summary>
    public IReadOnlyList<string> RiskFactors { get; }

    /// <summary>Gets the ids of the fired red flags that count toward the category.</summary>
    public IReadOnlyList<string> RedFlags { get; }

    /// <summary>Gets every weighted contribution to <see cref="Score"/>.</summary>
    public IReadOnlyList<CategoryContribution> Contributions { get; }

    /// <summary>Gets the knowledge-base definition of the category.</summary>
    [JsonIgnore]
    public CauseCategory Definition { get; }
}

/// <summary>Represents a follow-up question that is still open, with the rules its answer could decide.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class OpenQuestion
{
    internal OpenQuestion(FollowUpQuestion definition, IReadOnlyList<string> couldReveal)
    {
        Definition = definition;
        CouldReveal = couldReveal;
    }

    /// <summary>Gets the question id, for example <c>q-weakness</c>.</summary>
    public string Id => Definition.Id;

    /// <summary>Gets the tier: 0 safety, 1 core history, 2 detail.</summary>
    public int Tier => Definition.Tier;

    /// <summary>Gets the patient-facing question text.</summary>
    public string Text => Definition.Text;

    /// <summary>Gets the ids of the rules that are unknown now and whose missing inputs the question asks for.</summary>
    public IReadOnlyList<string> CouldReveal { get; }

    /// <summary>Gets the knowledge-base definition of the question.</summary>
    [JsonIgnore]
    public FollowUpQuestion Definition { get; }
}

/// <summary>Represents the outcome of one knowledge-base rule, whatever it was.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class TraceEntry
{
    // Arrays, not interfaces, on the wire: the generated writer walks an array with an index, where it boxes an
    // enumerator for every non-empty IReadOnlyList (416 bytes per write of the typical result with its trace).
    private readonly string[] _inputs;
    private readonly string[] _missing;

    internal TraceEntry(string rule, RuleOutcome outcome, string[] inputs, string[] missing)
    {
        Rule = rule;
        Outcome = outcome;
        _inputs = inputs;
        _missing = missing;
    }

    /// <summary>Gets the rule id (a risk factor or red flag id).</summary>
    public string Rule { get; }

    /// <summary>Gets the rule's three-valued outcome.</summary>
    [JsonIgnore]
    public RuleOutcome Outcome { get; }

    [JsonInclude]
    [JsonPropertyName("outcome")]
    internal string OutcomeOnWire => WireNames.Of(Outcome);

    /// <summary>Gets the JSON paths of the inputs that decided a present or absent rule; empty for an unknown rule.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Inputs => _inputs;

    /// <summary>Gets the JSON paths of the inputs an unknown rule is missing; empty for a present or absent rule.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Missing => _missing;

    [JsonInclude]
    [JsonPropertyName("inputs")]
    internal string[]? InputsOnWire => Outcome == RuleOutcome.Unknown ? null : _inputs;

    [JsonInclude]
    [JsonPropertyName("missing")]
    internal string[]? MissingOnWire => Outcome == RuleOutcome.Unknown ? _missing : null;
}

/// <summary>Identifies the knowledge base an assessment was made with: its edition, content hash and threshold overrides.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class KnowledgeBaseIdentity
{
    internal KnowledgeBaseIdentity(string id, string edition, string contentHash, IReadOnlyDictionary<string, double> overrides)
    {
        Id = id;
        Edition = edition;
        ContentHash = contentHash;
        Overrides = overrides;
    }

    /// <summary>Gets the knowledge base id: <c>cramps-kb</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the edition, for example <c>2026.1</c>.</summary>
    public string Edition { get; }

    /// <summary>Gets the SHA-256 hash, as <c>sha256:</c> and 64 lower-case hex digits, of every rule, text and threshold in effect.</summary>
    public string ContentHash { get; }

    /// <summary>Gets the thresholds that differ from the defaults, by name, in ordinal order; empty when none do.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, double> Overrides { get; }

    [JsonInclude]
    [JsonPropertyName("overrides")]
    internal IReadOnlyDictionary<string, double>? OverridesOnWire => Overrides.Count == 0 ? null : Overrides;
}
