using System.Reflection;

namespace Cramps.Fhir.Tests;

/// <summary>Meta tests over the package's public surface: sealed or static types, immutable results.</summary>
public sealed class PublicSurfaceTests
{
    private static readonly Type[] PublicTypes = typeof(FhirRequestReader).Assembly.GetExportedTypes();

    public static TheoryData<string> TypeNames() => [.. PublicTypes.Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void PublicType_IsSealedOrStatic(string name)
    {
        var type = PublicTypes.Single(t => t.FullName == name);

        Assert.True(type.IsSealed || type.IsAbstract, name + " is neither sealed nor static nor abstract.");
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void PublicType_HasNoPublicSetters(string name)
    {
        var type = PublicTypes.Single(t => t.FullName == name);

        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(p => p.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(p => p.Name);

        Assert.Empty(setters);
    }

    [Fact]
    public void PublicTypes_AreTheDocumentedEntryPointsAndResults()
    {
        Assert.Equal(
            [
                "Cramps.Fhir.CdsHooksWriter", "Cramps.Fhir.FhirMappingContext", "Cramps.Fhir.FhirReadOptions", "Cramps.Fhir.FhirReadResult", "Cramps.Fhir.FhirRequestReader",
                "Cramps.Fhir.FhirSource", "Cramps.Fhir.FhirSystems", "Cramps.Fhir.FhirValidationCodes", "Cramps.Fhir.RiskAssessmentWriter",
                "Cramps.Fhir.UnmappedCodes", "Cramps.Fhir.UnmappedItem",
            ],
            PublicTypes.Select(t => t.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void UnmappedCodes_AreDistinctKebabCase()
    {
        var codes = typeof(UnmappedCodes).GetFields().Concat(typeof(FhirValidationCodes).GetFields()).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^[a-z]+(-[a-z]+)*$", c));
    }
}
