using Ardalis.GuardClauses;
using Cramps.Core.Internal;

namespace Cramps.Core;

/// <summary>Represents one cramp episode from the patient's diary.</summary>
/// <remarks>
/// The local time of day of <see cref="StartedAt"/> (its own offset) decides morning and night facts. Instances
/// are immutable and compare by value.
/// </remarks>
public sealed record CrampEpisode
{
    /// <summary>Initializes a new instance of the <see cref="CrampEpisode"/> class.</summary>
    /// <param name="muscles">The muscle regions affected; at least one, each at most once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="muscles"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="muscles"/> is empty, repeats a region, or holds an undefined value.</exception>
    public CrampEpisode(IEnumerable<MuscleRegion> muscles)
    {
        Guard.Against.Null(muscles);
        var regions = muscles.ToArray();
        if (regions.Length == 0)
        {
            throw new ArgumentException("An episode needs at least one muscle region.", nameof(muscles));
        }

        if (regions.Any(r => !Enum.IsDefined(r)))
        {
            throw new ArgumentException("An episode's muscle regions must be defined MuscleRegion values.", nameof(muscles));
        }

        if (regions.Distinct().Count() != regions.Length)
        {
            throw new ArgumentException("An episode names each muscle region at most once.", nameof(muscles));
        }

        Muscles = new ReadOnlyArray<MuscleRegion>(regions);
    }

    /// <summary>Gets when the episode started, with the patient's local offset.</summary>
    /// <value>The start, or <see langword="null"/> when unknown.</value>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>Gets how long the episode lasted, in seconds.</summary>
    /// <value>From <see cref="RequestLimits.MinDurationSeconds"/> to <see cref="RequestLimits.MaxDurationSeconds"/>, or <see langword="null"/> when unknown.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int? DurationSeconds
    {
        get;
        init => field = Require.InRange(value, RequestLimits.MinDurationSeconds, RequestLimits.MaxDurationSeconds, nameof(DurationSeconds));
    }

    /// <summary>Gets the muscle regions affected, in the order given.</summary>
    public IReadOnlyList<MuscleRegion> Muscles { get; }

    /// <summary>Gets the side of the body affected.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="Core.Side"/>.</exception>
    public Side? Side
    {
        get;
        init => field = Require.Defined(value, nameof(Side));
    }

    /// <summary>Gets what the patient was doing when the episode started.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="EpisodeSetting"/>.</exception>
    public EpisodeSetting? Setting
    {
        get;
        init => field = Require.Defined(value, nameof(Setting));
    }

    /// <summary>Gets whether stretching stopped the episode.</summary>
    public bool? RelievedByStretching { get; init; }

    /// <summary>Gets the pain score.</summary>
    /// <value>From 0 to <see cref="RequestLimits.MaxPainScore"/>, or <see langword="null"/> when unknown.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int? PainScore
    {
        get;
        init => field = Require.InRange(value, 0, RequestLimits.MaxPainScore, nameof(PainScore));
    }

    /// <summary>Determines whether this episode equals another, comparing muscle regions in order.</summary>
    /// <param name="other">The episode to compare with.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public bool Equals(CrampEpisode? other) =>
        other is not null
        && Equality.Lists(Muscles, other.Muscles)
        && StartedAt == other.StartedAt
        && (StartedAt is null || StartedAt.Value.Offset == other.StartedAt!.Value.Offset)
        && DurationSeconds == other.DurationSeconds
        && Side == other.Side
        && Setting == other.Setting
        && RelievedByStretching == other.RelievedByStretching
        && PainScore == other.PainScore;

    /// <summary>Returns a hash code consistent with <see cref="Equals(CrampEpisode)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(Equality.Hash(Muscles), StartedAt, DurationSeconds, Side, Setting, RelievedByStretching, PainScore);
}
