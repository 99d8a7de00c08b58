using System.Globalization;
using Cramps.Core.Internal;

namespace Cramps.Core;

/// <summary>Represents one request for an assessment: a patient's history, a diary of cramp episodes and the date that counts as today.</summary>
/// <remarks>
/// <para>
/// The evaluator never reads the clock: <see cref="AsOf"/> is "today" for time windows and frequency. When it is
/// <see langword="null"/>, the date of the latest episode stands in, else the latest lab collection or medicine
/// start date, else the time-dependent rules are unknown.
/// </para>
/// <para>Instances are immutable and compare by value.</para>
/// </remarks>
public sealed record AssessmentRequest
{
    /// <summary>Initializes a new instance of the <see cref="AssessmentRequest"/> class.</summary>
    /// <param name="patient">The patient's history; <see langword="null"/> means nothing is known.</param>
    /// <param name="episodes">The episode diary; <see langword="null"/> and empty both mean "no diary". The list is copied.</param>
    /// <param name="asOf">The date that counts as today, or <see langword="null"/> to derive it from the request.</param>
    /// <exception cref="ArgumentException">The diary contains a <see langword="null"/> item, or a date in the request lies after <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The diary has more than <see cref="RequestLimits.MaxEpisodes"/> episodes.</exception>
    public AssessmentRequest(PatientHistory? patient = null, IEnumerable<CrampEpisode>? episodes = null, DateOnly? asOf = null)
    {
        Patient = patient ?? PatientHistory.Unknown;
        Episodes = Require.List(episodes, RequestLimits.MaxEpisodes, nameof(episodes)) ?? ReadOnlyArray<CrampEpisode>.Empty;
        AsOf = asOf;
        if (asOf is { } today && FindFutureDate(today) is { } path)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The date at {path} lies after asOf ({today:yyyy-MM-dd})."),
                nameof(asOf));
        }
    }

    /// <summary>Gets the schema version of the request: always <see cref="RequestLimits.SchemaVersion"/>.</summary>
    public string SchemaVersion { get; } = RequestLimits.SchemaVersion;

    /// <summary>Gets the caller's own id of the request, echoed unchanged in the assessment; it takes no part in the evaluation.</summary>
    /// <value>1 to <see cref="RequestLimits.MaxRequestIdLength"/> printable characters, or <see langword="null"/> (the default) for none.</value>
    /// <exception cref="ArgumentException">The value is empty, longer than <see cref="RequestLimits.MaxRequestIdLength"/> characters, or holds a control, format or direction character.</exception>
    public string? RequestId
    {
        get;
        init
        {
            if (value is not null && !RequestIds.IsValid(value))
            {
                throw new ArgumentException(RequestIds.Rule, nameof(value));
            }

            field = value;
        }
    }

    /// <summary>Gets the date that counts as today, or <see langword="null"/> when it is derived from the request.</summary>
    public DateOnly? AsOf { get; }

    /// <summary>Gets the patient's history.</summary>
    public PatientHistory Patient { get; }

    /// <summary>Gets the episode diary, in the order given; empty when there is no diary.</summary>
    public IReadOnlyList<CrampEpisode> Episodes { get; }

    /// <summary>Determines whether this request equals another, comparing the diary episode by episode.</summary>
    /// <param name="other">The request to compare with.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public bool Equals(AssessmentRequest? other) =>
        other is not null
        && AsOf == other.AsOf
        && string.Equals(RequestId, other.RequestId, StringComparison.Ordinal)
        && Patient.Equals(other.Patient)
        && Equality.Lists(Episodes, other.Episodes);

    /// <summary>Returns a hash code consistent with <see cref="Equals(AssessmentRequest)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(AsOf, RequestId, Patient, Equality.Hash(Episodes));

    private string? FindFutureDate(DateOnly today)
    {
        for (var i = 0; i < Episodes.Count; i++)
        {
            if (Episodes[i].StartedAt is { } started && DateOnly.FromDateTime(started.DateTime) > today)
            {
                return JsonPaths.Episode(i, "startedAt");
            }
        }

        var medications = Patient.Medications ?? [];
        for (var i = 0; i < medications.Count; i++)
        {
            if (medications[i].StartedOn > today)
            {
                return JsonPaths.Medication(i, "startedOn");
            }
        }

        var labs = Patient.Labs ?? [];
        for (var i = 0; i < labs.Count; i++)
        {
            if (labs[i].CollectedOn > today)
            {
                return JsonPaths.Lab(i, "collectedOn");
            }
        }

        return null;
    }
}
