namespace Cramps.Core.Knowledge;

/// <summary>Represents a laboratory test the knowledge base reads, with its LOINC codes and accepted units.</summary>
/// <remarks>
/// Values are converted to <see cref="CanonicalUnit"/> with the factor of the unit they were given in; mg/dL and
/// mmol/L differ by the analyte's molar mass, so conversion is per test, never generic. Instances are immutable.
/// </remarks>
public sealed class LabTest
{
    internal LabTest(int index, string id, string name, IReadOnlyList<string> loincCodes, string canonicalUnit, IReadOnlyList<LabUnit> acceptedUnits)
    {
        Index = index;
        Id = id;
        Name = name;
        LoincCodes = [.. loincCodes.Union(CodeTables.LoincFor(id), StringComparer.Ordinal)];
        CanonicalUnit = canonicalUnit;
        AcceptedUnits = acceptedUnits;
    }

    /// <summary>Gets the lab id, for example <c>potassium</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the LOINC codes that name the test, including those of <see cref="KnowledgeBase.ExtraLoincCodes"/>.</summary>
    public IReadOnlyList<string> LoincCodes { get; }

    /// <summary>Gets the unit thresholds are expressed in.</summary>
    public string CanonicalUnit { get; }

    /// <summary>Gets every accepted unit, the canonical one first, each with its factor to the canonical unit.</summary>
    public IReadOnlyList<LabUnit> AcceptedUnits { get; }

    internal int Index { get; }

    /// <summary>Returns the lab id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    /// <summary>Converts a value to the canonical unit.</summary>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit the value is given in.</param>
    /// <returns>The value in <see cref="CanonicalUnit"/>, or <see langword="null"/> when the unit is not accepted.</returns>
    internal double? Convert(double value, string unit)
    {
        foreach (var accepted in AcceptedUnits)
        {
            if (accepted.Matches(unit))
            {
                return value * accepted.Factor;
            }
        }

        return null;
    }
}

/// <summary>Represents a unit accepted for a laboratory test and its factor to the test's canonical unit.</summary>
/// <remarks>Unit text matches case-insensitively, ignoring spaces, with the micro sign written as µ, μ or u.</remarks>
public sealed class LabUnit
{
    internal LabUnit(string unit, double factor, params string[] aliases)
    {
        Unit = unit;
        Factor = factor;
        Aliases = [Normalize(unit), .. aliases.Select(Normalize)];
    }

    /// <summary>Gets the unit, for example <c>mg/dL</c>.</summary>
    public string Unit { get; }

    /// <summary>Gets the factor that converts a value in this unit to the canonical unit.</summary>
    public double Factor { get; }

    private string[] Aliases { get; }

    /// <summary>Returns the unit.</summary>
    /// <returns>The unit.</returns>
    public override string ToString() => Unit;

    internal bool Matches(string unit)
    {
        var normalized = Normalize(unit);
        foreach (var alias in Aliases)
        {
            if (string.Equals(alias, normalized, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalize(string unit) =>
        unit.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace('\u00B5', 'u')
            .Replace('\u03BC', 'u')
            .ToUpperInvariant();
}
