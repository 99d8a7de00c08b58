using Hl7.Fhir.Serialization;
using Hl7.Fhir.Validation;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir.Tests.Support;

/// <summary>Reads written FHIR back with the Firely parser in strict mode and validates it.</summary>
public static class FhirOutput
{
    /// <summary>Parses FHIR JSON strictly, asserting the parser reports nothing and the model validation (cardinality, required elements, formats) passes.</summary>
    public static T ParseValid<T>(string json)
        where T : R4.Resource
    {
        var deserializer = new FhirJsonDeserializer(new DeserializerSettings().UsingMode(DeserializationMode.Strict));
        Assert.True(deserializer.TryDeserializeResource(json, out var resource, out var issues), string.Join("; ", issues.Select(i => i.Message)));
        var typed = Assert.IsType<T>(resource);
        Assert.Empty(typed.Validate(NarrativeValidationKind.FhirXhtml, null));
        return typed;
    }
}
