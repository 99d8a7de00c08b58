namespace Cramps.Core.Knowledge;

/// <summary>Represents one configurable threshold of the knowledge base, with its default.</summary>
/// <remarks>
/// Ids and logic are fixed; thresholds are not. The evaluator takes their values from
/// <see cref="Configuration.CrampThresholds"/>, and any value that differs from <see cref="DefaultValue"/> is
/// listed among the assessment's knowledge-base overrides. Instances are immutable.
/// </remarks>
public sealed class Threshold
{
    internal Threshold(int index, string name, double defaultValue, string unit, string description)
    {
        Index = index;
        Name = name;
        DefaultValue = defaultValue;
        Unit = unit;
        Description = description;
    }

    /// <summary>Gets the threshold's name as the knowledge base writes it, for example <c>potassiumLow</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the default value.</summary>
    public double DefaultValue { get; }

    /// <summary>Gets the unit of the value, for example <c>mmol/L</c>.</summary>
    public string Unit { get; }

    /// <summary>Gets what the threshold decides.</summary>
    public string Description { get; }

    internal int Index { get; }

    /// <summary>Returns the threshold's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
