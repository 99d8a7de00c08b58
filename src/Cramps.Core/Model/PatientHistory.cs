using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cramps.Core.Internal;

namespace Cramps.Core;

/// <summary>Represents what is known about a patient: demographics, conditions, medicines, labs, lifestyle, cramp pattern and symptoms.</summary>
/// <remarks>
/// <para>
/// Missing input is <em>unknown</em>, never false: a <see langword="null"/> property or list means the question
/// was not answered. An empty list means "asked: none".
/// </para>
/// <para>Instances are immutable and compare by value; <c>with</c> expressions validate like the initializer does.</para>
/// </remarks>
public sealed record PatientHistory
{
    /// <summary>Gets a history about which nothing is known.</summary>
    public static PatientHistory Unknown { get; } = new();

    /// <summary>Initializes a new instance of the <see cref="PatientHistory"/> class: a history about which nothing is known yet; set what is known with an object initializer.</summary>
    public PatientHistory()
    {
    }

    /// <summary>Gets the age in whole years.</summary>
    /// <value>From 0 to <see cref="RequestLimits.MaxAgeYears"/>, or <see langword="null"/> when unknown.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int? AgeYears
    {
        get;
        init => field = Require.InRange(value, 0, RequestLimits.MaxAgeYears, nameof(AgeYears));
    }

    /// <summary>Gets the sex; <see langword="null"/> and <see cref="Core.Sex.Unknown"/> are both unknown.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="Core.Sex"/>.</exception>
    public Sex? Sex
    {
        get;
        init => field = Require.Defined(value, nameof(Sex));
    }

    /// <summary>Gets whether the patient is pregnant.</summary>
    public bool? Pregnant { get; init; }

    /// <summary>Gets whether anyone in the patient's family has frequent cramps.</summary>
    public bool? FamilyHistoryOfCramps { get; init; }

    /// <summary>Gets the conditions; <see langword="null"/> when unknown, empty when asked and none.</summary>
    /// <value>At most <see cref="RequestLimits.MaxConditions"/> items, none <see langword="null"/>; the list is copied.</value>
    /// <exception cref="ArgumentException">The list contains a <see langword="null"/> item.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The list has too many items.</exception>
    public IReadOnlyList<Condition>? Conditions
    {
        get;
        init => field = Require.List(value, RequestLimits.MaxConditions, nameof(Conditions));
    }

    /// <summary>Gets the medicines; <see langword="null"/> when unknown, empty when asked and none.</summary>
    /// <value>At most <see cref="RequestLimits.MaxMedications"/> items, none <see langword="null"/>; the list is copied.</value>
    /// <exception cref="ArgumentException">The list contains a <see langword="null"/> item.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The list has too many items.</exception>
    public IReadOnlyList<Medication>? Medications
    {
        get;
        init => field = Require.List(value, RequestLimits.MaxMedications, nameof(Medications));
    }

    /// <summary>Gets the laboratory results; <see langword="null"/> when unknown, empty when asked and none.</summary>
    /// <value>At most <see cref="RequestLimits.MaxLabs"/> items, none <see langword="null"/>; the list is copied.</value>
    /// <exception cref="ArgumentException">The list contains a <see langword="null"/> item.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The list has too many items.</exception>
    public IReadOnlyList<LabResult>? Labs
    {
        get;
        init => field = Require.List(value, RequestLimits.MaxLabs, nameof(Labs));
    }

    /// <summary>Gets the lifestyle answers.</summary>
    /// <value>Defaults to <see cref="Core.Lifestyle.Unknown"/>.</value>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    [JsonIgnore]
    public Lifestyle Lifestyle
    {
        get;
        init => field = Guard.Against.Null(value, nameof(Lifestyle));
    } = Lifestyle.Unknown;

    [JsonInclude]
    [JsonPropertyName("lifestyle")]
    internal Lifestyle? LifestyleOnWire => Lifestyle.Equals(Lifestyle.Unknown) ? null : Lifestyle;

    /// <summary>Gets what the patient reports about their cramps in general.</summary>
    /// <value>Defaults to <see cref="Core.CrampPattern.Unknown"/>.</value>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    [JsonIgnore]
    public CrampPattern CrampPattern
    {
        get;
        init => field = Guard.Against.Null(value, nameof(CrampPattern));
    } = CrampPattern.Unknown;

    [JsonInclude]
    [JsonPropertyName("crampPattern")]
    internal CrampPattern? CrampPatternOnWire => CrampPattern.Equals(CrampPattern.Unknown) ? null : CrampPattern;

    /// <summary>Gets the symptom answers.</summary>
    /// <value>Defaults to <see cref="Core.Symptoms.Unknown"/>.</value>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    [JsonIgnore]
    public Symptoms Symptoms
    {
        get;
        init => field = Guard.Against.Null(value, nameof(Symptoms));
    } = Symptoms.Unknown;

    [JsonInclude]
    [JsonPropertyName("symptoms")]
    internal Symptoms? SymptomsOnWire => Symptoms.Equals(Symptoms.Unknown) ? null : Symptoms;

    /// <summary>Determines whether this history equals another, comparing lists item by item.</summary>
    /// <param name="other">The history to compare with.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public bool Equals(PatientHistory? other) =>
        other is not null
        && AgeYears == other.AgeYears
        && Sex == other.Sex
        && Pregnant == other.Pregnant
        && FamilyHistoryOfCramps == other.FamilyHistoryOfCramps
        && Equality.Lists(Conditions, other.Conditions)
        && Equality.Lists(Medications, other.Medications)
        && Equality.Lists(Labs, other.Labs)
        && Lifestyle.Equals(other.Lifestyle)
        && CrampPattern.Equals(other.CrampPattern)
        && Symptoms.Equals(other.Symptoms);

    /// <summary>Returns a hash code consistent with <see cref="Equals(PatientHistory)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(
            HashCode.Combine(AgeYears, Sex, Pregnant, FamilyHistoryOfCramps),
            Equality.Hash(Conditions),
            Equality.Hash(Medications),
            Equality.Hash(Labs),
            Lifestyle,
            CrampPattern,
            Symptoms);
}
