namespace Cramps.Fhir;

/// <summary>Identifies one FHIR resource of the input: its type, its reference and where it stood.</summary>
/// <remarks>Instances are immutable, compare by value and are safe to share across threads.</remarks>
public sealed record FhirSource
{
    internal FhirSource(string resourceType, string? reference, string location)
    {
        ResourceType = resourceType;
        Reference = reference;
        Location = location;
    }

    /// <summary>Gets the resource type, for example <c>Observation</c>.</summary>
    public string ResourceType { get; }

    /// <summary>Gets the literal reference to the resource: <c>Type/id</c> when it has an id, else the bundle entry's <c>fullUrl</c>.</summary>
    /// <value>The reference, or <see langword="null"/> when the resource has neither an id nor a <c>fullUrl</c>.</value>
    public string? Reference { get; }

    /// <summary>Gets where the resource stood in the input, as a FHIRPath such as <c>Bundle.entry[3].resource</c>.</summary>
    public string Location { get; }

    /// <summary>Returns the reference, or the type and location when there is no reference.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Reference ?? ResourceType + " at " + Location;
}
