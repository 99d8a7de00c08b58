using System.Globalization;
using Ardalis.GuardClauses;
using Cramps.Core.Internal;
using Cramps.Core.Knowledge;

namespace Cramps.Core;

/// <summary>Represents one laboratory result: a test, a value and its unit.</summary>
/// <remarks>
/// The test is named by knowledge-base lab id (<see cref="Test"/>), by LOINC code (<see cref="Loinc"/>), or
/// both. For a test the knowledge base knows, the unit must be one it accepts for that test (see
/// <see cref="LabTest.AcceptedUnits"/>); conversion is per test, never generic. A test it does not know is
/// listed under <see cref="CrampAssessment.UnrecognisedInputs"/>. Instances are immutable.
/// </remarks>
public sealed record LabResult
{
    /// <summary>Initializes a new instance of the <see cref="LabResult"/> class for a lab id given as text; an id the knowledge base does not know is listed as unrecognised, not rejected.</summary>
    /// <param name="test">The knowledge-base lab id, for example <c>potassium</c>; in code, prefer <see cref="LabResult(LabTestId, double, string)"/>.</param>
    /// <param name="value">The value, finite and not negative.</param>
    /// <param name="unit">The unit, for example <c>mmol/L</c>.</param>
    /// <exception cref="ArgumentException">A text is empty, white space or too long, or the unit is not accepted for the test.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="test"/> or <paramref name="unit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is out of range or not finite.</exception>
    public LabResult(string test, double value, string unit)
        : this(Guard.Against.Null(test), null, value, unit)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LabResult"/> class for a knowledge-base test, named by typed id so a misspelt id does not compile.</summary>
    /// <param name="test">The test, for example <see cref="LabTestId.Potassium"/>.</param>
    /// <param name="value">The value, finite and not negative.</param>
    /// <param name="unit">The unit, for example <c>mmol/L</c>; one the test accepts (<see cref="LabTest.AcceptedUnits"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="test"/> is the <see langword="default"/> value, the unit is empty, white space or too long, or the unit is not accepted for the test.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is out of range or not finite.</exception>
    public LabResult(LabTestId test, double value, string unit)
        : this(test.Checked(nameof(test)), null, value, unit)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LabResult"/> class from a lab id, a LOINC code, or both.</summary>
    /// <param name="test">The knowledge-base lab id, or <see langword="null"/>.</param>
    /// <param name="loinc">The LOINC code, or <see langword="null"/>.</param>
    /// <param name="value">The value, finite and not negative.</param>
    /// <param name="unit">The unit, for example <c>mg/dL</c>.</param>
    /// <exception cref="ArgumentException">Neither a test nor a LOINC code is given, the two name different tests, a text is empty, white space or too long, or the unit is not accepted for the test.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is out of range or not finite.</exception>
    public LabResult(string? test, string? loinc, double value, string unit)
    {
        Test = Require.OptionalText(test, nameof(test));
        Loinc = Require.OptionalText(loinc, nameof(loinc));
        Value = Require.InRange(value, 0, RequestLimits.MaxLabValue, nameof(value));
        Unit = Require.Text(unit, nameof(unit));
        if (Test is null && Loinc is null)
        {
            throw new ArgumentException("A lab result needs a test id or a LOINC code.", nameof(test));
        }

        var resolved = LabCatalog.Resolve(Test, Loinc);
        if (resolved.Conflict)
        {
            throw new ArgumentException("The test id and the LOINC code name different tests.", nameof(loinc));
        }

        if (resolved.Test is { } known)
        {
            KnownTest = known;
            CanonicalValue = known.Convert(Value, Unit) ?? throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The unit '{Unit}' is not accepted for {known.Id}; accepted units: {string.Join(", ", known.AcceptedUnits.Select(u => u.Unit))}."),
                nameof(unit));
            var given = CodeText.Number(Value) + " " + Unit;
            Text = string.Equals(Unit, known.CanonicalUnit, StringComparison.Ordinal)
                ? given
                : given + " (" + CodeText.Number(Math.Round(CanonicalValue, 3)) + " " + known.CanonicalUnit + ")";
        }
    }

    /// <summary>Gets the knowledge-base lab id, or <see langword="null"/> when the test is given by LOINC code only.</summary>
    public string? Test { get; }

    /// <summary>Gets the LOINC code, or <see langword="null"/> when the test is given by lab id only.</summary>
    public string? Loinc { get; }

    /// <summary>Gets the value, in <see cref="Unit"/>.</summary>
    public double Value { get; }

    /// <summary>Gets the unit of <see cref="Value"/>.</summary>
    public string Unit { get; }

    /// <summary>Gets the date the sample was collected; the latest result per test wins.</summary>
    /// <value>The collection date, or <see langword="null"/> when unknown.</value>
    public DateOnly? CollectedOn { get; init; }

    /// <summary>Gets the knowledge-base test this result names, or <see langword="null"/> when it is not recognised; resolved once, here.</summary>
    internal LabTest? KnownTest { get; }

    /// <summary>Gets <see cref="Value"/> in the canonical unit of <see cref="KnownTest"/>.</summary>
    internal double CanonicalValue { get; }

    /// <summary>Gets the result as evidence shows it, for example <c>1.6 mg/dL (0.658 mmol/L)</c>; set for a known test.</summary>
    internal string? Text { get; }
}
