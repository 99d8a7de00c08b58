using System.Diagnostics.CodeAnalysis;
using Cramps.Core;
using Cramps.Core.Serialization;

namespace Cramps.Fhir;

/// <summary>Represents the outcome of reading FHIR input: the request and its mapping context, or every error found.</summary>
/// <remarks>
/// A valid result may still list <see cref="Unmapped"/> items: what the reader saw but could not use. Instances are
/// immutable and safe to share across threads.
/// </remarks>
public sealed class FhirReadResult
{
    internal FhirReadResult(AssessmentRequest? request, FhirMappingContext? context, IReadOnlyList<UnmappedItem> unmapped, IReadOnlyList<ValidationError> errors)
    {
        Request = request;
        Context = context;
        Unmapped = unmapped;
        Errors = errors;
    }

    /// <summary>Gets whether the input could be read.</summary>
    [MemberNotNullWhen(true, nameof(Request), nameof(Context))]
    public bool IsValid => Request is not null;

    /// <summary>Gets the request, or <see langword="null"/> when the input was rejected.</summary>
    /// <remarks>
    /// FHIR carries history, not the episode diary or the self-reported answers: combine them with
    /// <c>request.Patient with { Symptoms = … }</c> and a new <see cref="AssessmentRequest"/>.
    /// </remarks>
    public AssessmentRequest? Request { get; }

    /// <summary>Gets the link from request paths back to resources, for the writers; <see langword="null"/> when the input was rejected.</summary>
    public FhirMappingContext? Context { get; }

    /// <summary>Gets what the reader saw but could not map, in input order; empty when the input was rejected.</summary>
    public IReadOnlyList<UnmappedItem> Unmapped { get; }

    /// <summary>Gets every error that made the reader reject the input; empty when it is valid.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }
}
