using Cramps.Core.Evaluation;

namespace Cramps.Core.Knowledge;

/// <summary>Represents a knowledge-base rule: a <see cref="RiskFactor"/> or a <see cref="RedFlag"/>.</summary>
/// <remarks>
/// Every rule is evaluated with three-valued logic (present, absent, unknown) and appears once in an assessment's
/// trace. Instances are immutable and belong to <see cref="KnowledgeBase"/>.
/// </remarks>
public abstract class Rule
{
    private protected Rule(int index, string id, string name, string plainName, CauseCategory category, IReadOnlyList<Source> sources)
    {
        Index = index;
        Id = id;
        Name = name;
        PlainName = plainName;
        Category = category;
        Sources = sources;
        SourceKeys = new Internal.ReadOnlyArray<string>([.. sources.Select(s => s.Key)]);
    }

    /// <summary>Gets the rule's stable id, for example <c>hypokalemia</c> or <c>flag-tetany</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the clinical name, for clinicians (CDS Hooks cards, FHIR).</summary>
    public string Name { get; }

    /// <summary>Gets the plain-English name for patients (US school grade 8 or below).</summary>
    public string PlainName { get; }

    /// <summary>Gets the cause category the rule counts toward.</summary>
    public CauseCategory Category { get; }

    /// <summary>Gets the sources behind the rule.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Gets a plain description of when the rule is present, with the default thresholds.</summary>
    public abstract string Trigger { get; }

    internal IReadOnlyList<string> SourceKeys { get; }

    internal int Index { get; }

    /// <summary>Returns the rule's id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    internal abstract IEnumerable<RuleTerm> Terms();
}

/// <summary>Represents a risk factor: something in the history that makes a cause category more likely.</summary>
/// <remarks>Instances are immutable and belong to <see cref="KnowledgeBase"/>.</remarks>
public sealed class RiskFactor : Rule
{
    internal RiskFactor(int index, string id, string name, string plainName, CauseCategory category, EvidenceStrength strength, IReadOnlyList<Source> sources, RuleTerm term, KnowledgePolicies policies, MedicineClass? medicines = null, IReadOnlyList<CauseCategory>? pointsTo = null)
        : base(index, id, name, plainName, category, sources)
    {
        Strength = strength;
        Weight = policies.WeightOf(strength);
        PointsToWeight = Weight * policies.PointsToShare;
        Term = term;
        Medicines = medicines;
        PointsToArray = [.. pointsTo ?? []];
        PointsTo = new Internal.ReadOnlyArray<CauseCategory>(PointsToArray);
        Trigger = term.Describe();
        Contribution = new CategoryContribution(id, Weight);
        PointsToContribution = new CategoryContribution(id, PointsToWeight);
    }

    /// <summary>Gets how strongly the sources support the factor.</summary>
    public EvidenceStrength Strength { get; }

    /// <summary>Gets the weight the factor adds to its category's score: strong 4, moderate 3, weak 2, expert opinion 1 (<see cref="KnowledgePolicies.StrengthWeights"/>).</summary>
    public double Weight { get; }

    /// <summary>Gets the weight the factor adds to each category it points to: half of <see cref="Weight"/> (<see cref="KnowledgePolicies.PointsToShare"/>).</summary>
    public double PointsToWeight { get; }

    /// <summary>Gets the other categories the factor points to; each receives <see cref="PointsToWeight"/>.</summary>
    public IReadOnlyList<CauseCategory> PointsTo { get; }

    /// <summary>Gets the medicine class the factor matches, or <see langword="null"/> when it is not a medicine factor.</summary>
    public MedicineClass? Medicines { get; }

    /// <inheritdoc/>
    public override string Trigger { get; }

    internal RuleTerm Term { get; }

    internal CauseCategory[] PointsToArray { get; }

    /// <summary>Gets the factor's contribution to its own category.</summary>
    internal CategoryContribution Contribution { get; }

    /// <summary>Gets the factor's contribution to each category it points to.</summary>
    internal CategoryContribution PointsToContribution { get; }

    internal override IEnumerable<RuleTerm> Terms() => [Term];
}

/// <summary>Represents a red flag: a finding that needs care with a given urgency.</summary>
/// <remarks>
/// A red flag has one or more levels, highest urgency first; it fires at the highest level whose trigger is present.
/// A fired red flag also counts <see cref="Weight"/> (3) toward its category's score. Instances are immutable.
/// </remarks>
public sealed class RedFlag : Rule
{
    internal RedFlag(int index, string id, string name, string plainName, CauseCategory category, IReadOnlyList<Source> sources, IReadOnlyList<RedFlagLevel> levels, KnowledgePolicies policies)
        : base(index, id, name, plainName, category, sources)
    {
        Weight = policies.RedFlagWeight;
        LevelArray = [.. levels];
        Levels = new Internal.ReadOnlyArray<RedFlagLevel>(LevelArray);
        Trigger = string.Join("; ", levels.Select(l => WireNames.Of(l.Urgency) + " when " + l.Trigger));
        Contribution = new CategoryContribution(id, Weight);
    }

    /// <summary>Gets the weight the red flag adds to its category's score when it fires (<see cref="KnowledgePolicies.RedFlagWeight"/>).</summary>
    public double Weight { get; }

    /// <summary>Gets the red flag's levels, highest urgency first.</summary>
    public IReadOnlyList<RedFlagLevel> Levels { get; }

    /// <summary>Gets the highest urgency the red flag can call for.</summary>
    public Urgency MaxUrgency => Levels[0].Urgency;

    /// <inheritdoc/>
    public override string Trigger { get; }

    internal RedFlagLevel[] LevelArray { get; }

    /// <summary>Gets the red flag's contribution to its category.</summary>
    internal CategoryContribution Contribution { get; }

    internal override IEnumerable<RuleTerm> Terms() => Levels.Select(l => l.Term);
}

/// <summary>Represents one level of a red flag: the urgency it calls for and when.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class RedFlagLevel
{
    internal RedFlagLevel(Urgency urgency, RuleTerm term)
    {
        Urgency = urgency;
        Term = term;
        Trigger = term.Describe();
    }

    /// <summary>Gets the urgency of this level.</summary>
    public Urgency Urgency { get; }

    /// <summary>Gets a plain description of when this level fires, with the default thresholds.</summary>
    public string Trigger { get; }

    internal RuleTerm Term { get; }
}
