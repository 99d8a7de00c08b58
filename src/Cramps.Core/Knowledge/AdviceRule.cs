using Cramps.Core.Evaluation;
using Cramps.Core.Internal;

namespace Cramps.Core.Knowledge;

/// <summary>Represents a piece of advice, the urgency levels at which it may be shown, and when an assessment gives it.</summary>
/// <remarks>
/// Advice never contradicts the urgency: an item is given only at one of its <see cref="Levels"/> and when its
/// condition (<see cref="ShownWhen"/>) holds. Advice is always listed in the knowledge base's order. Instances are immutable.
/// </remarks>
public sealed class AdviceRule
{
    internal AdviceRule(int order, string id, string text, IReadOnlyList<Urgency> levels, AdviceTerm condition, IReadOnlyList<Source> sources)
    {
        Order = order;
        Id = id;
        Text = text;
        Levels = new ReadOnlyArray<Urgency>([.. levels]);
        Condition = condition;
        Sources = sources;
        SourceKeys = new ReadOnlyArray<string>([.. sources.Select(s => s.Key)]);
        ShownWhen = condition.Describe();
        foreach (var level in levels)
        {
            LevelMask |= 1 << (int)level;
        }

        Given = new Advice(id, text, SourceKeys);
    }

    /// <summary>Gets the advice id, for example <c>advice-hydration</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the patient-facing advice text (plain English).</summary>
    public string Text { get; }

    /// <summary>Gets the urgency levels at which the advice may be shown at all, lowest first.</summary>
    public IReadOnlyList<Urgency> Levels { get; }

    /// <summary>Gets a plain description of when the advice is given at one of its levels.</summary>
    public string ShownWhen { get; }

    /// <summary>Gets the sources behind the advice.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Gets the position of the advice in the knowledge base's table, from 0.</summary>
    public int Order { get; }

    internal AdviceTerm Condition { get; }

    internal IReadOnlyList<string> SourceKeys { get; }

    /// <summary>Gets the levels as bits, one per <see cref="Urgency"/> value.</summary>
    internal int LevelMask { get; }

    /// <summary>Gets the advice as an assessment lists it; immutable, so every assessment shares it.</summary>
    internal Advice Given { get; }

    /// <summary>Returns the advice id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    internal bool Applies(in AdviceContext context) => (LevelMask & (1 << (int)context.Urgency)) != 0 && Condition.Holds(context);
}

/// <summary>Represents a level of the urgency scale with the meaning shown to a person.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class UrgencyLevel
{
    internal UrgencyLevel(Urgency urgency, string meaning)
    {
        Urgency = urgency;
        Meaning = meaning;
    }

    /// <summary>Gets the urgency.</summary>
    public Urgency Urgency { get; }

    /// <summary>Gets the urgency's wire id, for example <c>self-care</c>.</summary>
    public string Id => WireNames.Of(Urgency);

    /// <summary>Gets the meaning shown to a person.</summary>
    public string Meaning { get; }
}
