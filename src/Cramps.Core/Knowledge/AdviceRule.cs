using Cramps.Core.Evaluation;

namespace Cramps.Core.Knowledge;

/// <summary>Represents a piece of advice and when an assessment gives it.</summary>
/// <remarks>Advice is always listed in the knowledge base's order. Instances are immutable.</remarks>
public sealed class AdviceRule
{
    internal AdviceRule(int order, string id, string text, string shownWhen, Func<AdviceContext, bool> applies)
    {
        Order = order;
        Id = id;
        Text = text;
        ShownWhen = shownWhen;
        Applies = applies;
        Given = new Advice(id, text);
    }

    /// <summary>Gets the advice id, for example <c>advice-hydration</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the patient-facing advice text (English).</summary>
    public string Text { get; }

    /// <summary>Gets a plain description of when the advice is given.</summary>
    public string ShownWhen { get; }

    /// <summary>Gets the position of the advice in the knowledge base's table, from 0.</summary>
    public int Order { get; }

    internal Func<AdviceContext, bool> Applies { get; }

    /// <summary>Gets the advice as an assessment lists it; immutable, so every assessment shares it.</summary>
    internal Advice Given { get; }

    /// <summary>Returns the advice id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
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
