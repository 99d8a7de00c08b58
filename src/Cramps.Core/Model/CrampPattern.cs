using Cramps.Core.Internal;

namespace Cramps.Core;

/// <summary>Represents what the patient reports about their cramps in general, as opposed to the episode diary.</summary>
/// <remarks>
/// A diary can make a fact true (an episode shows it) but never false: only an explicit <see langword="false"/>
/// here does. Instances are immutable.
/// </remarks>
public sealed record CrampPattern
{
    /// <summary>Gets a cramp pattern about which nothing is known.</summary>
    public static CrampPattern Unknown { get; } = new();

    /// <summary>Initializes a new instance of the <see cref="CrampPattern"/> class: a cramp pattern about which nothing is known yet; set what is known with an object initializer.</summary>
    public CrampPattern()
    {
    }

    /// <summary>Gets whether cramps happen at other times than in the morning (05:00–11:59).</summary>
    public bool? OutsideMorning { get; init; }

    /// <summary>Gets whether cramps happen during or after exercise.</summary>
    public bool? AfterExercise { get; init; }

    /// <summary>Gets whether cramps happen during dialysis sessions.</summary>
    public bool? DuringDialysis { get; init; }

    /// <summary>Gets the number of episodes per week.</summary>
    /// <value>From 0 to <see cref="RequestLimits.MaxEpisodesPerWeek"/>, or <see langword="null"/> when unknown.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range or not finite.</exception>
    public double? EpisodesPerWeek
    {
        get;
        init => field = Require.InRange(value, 0, RequestLimits.MaxEpisodesPerWeek, nameof(EpisodesPerWeek));
    }

    /// <summary>Gets the longest episode in minutes.</summary>
    /// <value>From 0 to <see cref="RequestLimits.MaxLongestMinutes"/>, or <see langword="null"/> when unknown.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range or not finite.</exception>
    public double? LongestMinutes
    {
        get;
        init => field = Require.InRange(value, 0, RequestLimits.MaxLongestMinutes, nameof(LongestMinutes));
    }

    /// <summary>Gets whether stretching stops the cramps.</summary>
    public bool? RelievedByStretching { get; init; }
}
