using Cramps.Core.Configuration;

namespace Cramps.Fhir;

/// <summary>Represents the options of <see cref="FhirRequestReader"/>: the date that counts as today, the thresholds and the size limit.</summary>
/// <remarks>Instances are immutable and safe to share across threads.</remarks>
public sealed class FhirReadOptions
{
    /// <summary>The default size limit of FHIR JSON text: 64 MiB of UTF-8.</summary>
    public const int DefaultMaxInputBytes = 64 * 1024 * 1024;

    /// <summary>Gets the date that counts as today.</summary>
    /// <value>The date; <see langword="null"/> (the default) takes the latest date of any kind in the input.</value>
    public DateOnly? AsOf { get; init; }

    /// <summary>Gets the thresholds the request will be evaluated with, which decide how a result with a comparator (such as <c>&lt;2.5</c>) is read.</summary>
    /// <value>The thresholds; <see langword="null"/> (the default) uses the knowledge base's defaults. Give the evaluator's own when it is configured.</value>
    public CrampThresholds? Thresholds { get; init; }

    /// <summary>Gets the largest FHIR JSON text read, in UTF-8 bytes; larger input is rejected with one <c>too-large</c> error.</summary>
    /// <value>Defaults to <see cref="DefaultMaxInputBytes"/>.</value>
    public int MaxInputBytes { get; init; } = DefaultMaxInputBytes;
}
