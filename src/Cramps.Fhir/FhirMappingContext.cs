using System.Collections.Frozen;
using Ardalis.GuardClauses;

namespace Cramps.Fhir;

/// <summary>Links an assessment request read from FHIR back to the resources it came from.</summary>
/// <remarks>
/// <para>
/// Evidence in an assessment names request paths such as <c>$.patient.labs[0]</c> or
/// <c>$.patient.medications[2].startedOn</c>; <see cref="FindSource"/> turns such a path into the resource behind it, so
/// the writers can cite resources (a RiskAssessment's <c>basis</c>, a card's evidence).
/// </para>
/// <para>Instances are immutable and safe to share across threads.</para>
/// </remarks>
public sealed class FhirMappingContext
{
    internal FhirMappingContext(
        string? subjectReference,
        DateOnly? asOf,
        IReadOnlyDictionary<string, FhirSource> sources,
        IReadOnlyList<UnmappedItem> unmapped)
    {
        SubjectReference = subjectReference;
        AsOf = asOf;
        Sources = sources.ToFrozenDictionary(StringComparer.Ordinal);
        Unmapped = unmapped;
    }

    /// <summary>Gets the literal reference to the patient: the Patient resource's, else the subject the resources share.</summary>
    /// <value>The reference, or <see langword="null"/> when the input names no patient.</value>
    public string? SubjectReference { get; }

    /// <summary>Gets the date the input was read as of, as the caller gave it.</summary>
    /// <value>The date, or <see langword="null"/> when the caller gave none and today is the latest date in the input.</value>
    public DateOnly? AsOf { get; }

    /// <summary>Gets the date that counted as today: <see cref="AsOf"/>, else the latest date of any kind in the input.</summary>
    /// <value>The date the request carries as its <c>asOf</c>, or <see langword="null"/> when the input states no date at all.</value>
    public DateOnly? ReferenceDate { get; internal init; }

    /// <summary>Gets whether <see cref="ReferenceDate"/> was taken from the input because no <see cref="AsOf"/> was given.</summary>
    public bool ReferenceDateFromInput => AsOf is null && ReferenceDate is not null;

    /// <summary>Gets each lab result as the source wrote it, by request path: the comparator, the value to the source's precision, the unit and the date.</summary>
    /// <remarks>For example <c>&lt; 2.5 mmol/L, collected 2024-03-01</c> for <c>$.patient.labs[0]</c>; the writers show it as the evidence.</remarks>
    public IReadOnlyDictionary<string, string> Readings { get; internal init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>Finds how the source wrote the lab result behind a request path, such as an evidence path of an assessment.</summary>
    /// <param name="path">A JSON path into the request, for example <c>$.patient.labs[0]</c>.</param>
    /// <returns>The text, or <see langword="null"/> when the path is not a lab result read from FHIR.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public string? FindReading(string path)
    {
        Guard.Against.Null(path);
        return Readings.TryGetValue(path, out var text) ? text : null;
    }

    /// <summary>Gets the resource behind each request path the reader filled, by path (ordinal).</summary>
    public IReadOnlyDictionary<string, FhirSource> Sources { get; }

    /// <summary>Gets what the reader could not map, in input order.</summary>
    public IReadOnlyList<UnmappedItem> Unmapped { get; }

    /// <summary>Finds the resource behind a request path, such as an evidence path of an assessment.</summary>
    /// <param name="path">A JSON path into the request, for example <c>$.patient.medications[0].startedOn</c>.</param>
    /// <returns>The resource, or <see langword="null"/> when the path did not come from a resource.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public FhirSource? FindSource(string path)
    {
        Guard.Against.Null(path);
        var candidate = path;
        while (true)
        {
            if (Sources.TryGetValue(candidate, out var source))
            {
                return source;
            }

            var member = candidate.LastIndexOf('.');
            if (member <= 1)
            {
                return null;
            }

            candidate = candidate[..member];
        }
    }
}
