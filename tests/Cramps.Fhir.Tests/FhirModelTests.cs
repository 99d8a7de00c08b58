using System.Collections.Concurrent;
using System.Reflection;
using Hl7.Fhir.Introspection;
using Cql = Hl7.Fhir.ElementModel.Types;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir.Tests;

/// <summary>
/// The model the reader and writers use is the model's own (<c>ModelInspector.ForAssembly</c>), built without walking
/// assembly references so that it works in a Native AOT build.
/// </summary>
public sealed class FhirModelTests
{
    private static bool IsModelAssembly(Assembly assembly) => assembly.GetCustomAttribute<FhirModelAssemblyAttribute>() is not null;

    [Fact]
    public void Assemblies_AreEveryModelAssemblyWithTheModelAssembliesItReferences_InReferenceOrder()
    {
        foreach (var (assembly, references) in FhirModel.Assemblies)
        {
            Assert.True(IsModelAssembly(assembly));
            Assert.Equal(assembly.GetReferencedAssemblies().Select(Assembly.Load).Where(IsModelAssembly), references);
        }

        Assert.Equal(typeof(R4.Patient).Assembly, FhirModel.Assemblies[0].Assembly);
        Assert.Equal(
            FhirModel.Assemblies.SelectMany(a => a.References).Select(a => a.FullName).Distinct().Order(StringComparer.Ordinal),
            FhirModel.Assemblies.Skip(1).Select(a => a.Assembly.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CqlTypes_AreEverySystemPrimitiveTheModelsInspectorAdds()
    {
        var expected = typeof(Cql.Any).Assembly.GetExportedTypes().Where(typeof(Cql.Any).IsAssignableFrom);

        Assert.Equal(expected.OrderBy(t => t.FullName, StringComparer.Ordinal), FhirModel.CqlTypes.OrderBy(t => t.FullName, StringComparer.Ordinal));
    }

    [Fact]
    public void Inspector_HoldsWhatTheModelsOwnInspectorHolds_TypeByTypeAndElementByElement()
    {
        // As a read does, whichever test runs first: the model adds a coded type when first asked for it.
        Assert.NotNull(FhirModel.Inspector.FindOrImportClassMapping(typeof(R4.Code<R4.AdministrativeGender>)));

        AssertSame(R4.ModelInfo.ModelInspector, FhirModel.Inspector);
        Assert.True(FhirModel.Inspector.ClassMappings.Count > 600);
    }

    [Fact]
    public void Fill_GivesEachModelAssemblyTheInspectorTheModelBuildsForIt()
    {
        var cache = new ConcurrentDictionary<string, ModelInspector>();

        FhirModel.Fill(cache, FhirModel.Inspector);

        Assert.Equal(FhirModel.Assemblies.Select(a => a.Assembly.FullName!).Order(), cache.Keys.Order());
        Assert.Same(FhirModel.Inspector, cache[typeof(R4.Patient).Assembly.FullName!]);
        foreach (var (assembly, _) in FhirModel.Assemblies)
        {
            AssertSame(ForAssembly(assembly), cache[assembly.FullName!]);
        }
    }

    [Fact]
    public void InspectorCache_IsTheModelsOwnCache()
    {
        // The Native AOT build fills this cache; a version of the model without it by this name fails here, not there.
        var cache = FhirModel.InspectorCache();

        Assert.NotNull(cache);
        Assert.Same(ForAssembly(typeof(R4.Patient).Assembly), cache[typeof(R4.Patient).Assembly.FullName!]);
    }

    [Fact]
    public void PrepareForNativeAot_WithDynamicCode_LeavesTheModelsCacheAlone()
    {
        var inspector = new ModelInspector(Hl7.Fhir.Specification.FhirRelease.R4);

        Assert.Same(inspector, FhirModel.PrepareForNativeAot(inspector));
        Assert.DoesNotContain(inspector, FhirModel.InspectorCache()!.Values);
    }

    /// <summary>The model's own inspector of an assembly, which the model marks obsolete for applications (they should use <c>ModelInfo</c>), and which its own parser still uses.</summary>
#pragma warning disable CS0618
    private static ModelInspector ForAssembly(Assembly assembly) => ModelInspector.ForAssembly(assembly);
#pragma warning restore CS0618

    private static void AssertSame(ModelInspector expected, ModelInspector actual)
    {
        // An inspector also adds a coded type (Code<T>) when a read or write first meets it, so what either has met so far
        // is left out: the comparison is of what both are built with.
        static string[] Classes(ModelInspector inspector) =>
            [.. inspector.ClassMappings
                .Where(m => !m.NativeType.IsConstructedGenericType)
                .Select(m => $"{m.Name} {m.NativeType.FullName} {m.Release} {m.IsFhirPrimitive} {m.IsResource} " + string.Join(
                    ",",
                    m.PropertyMappings.Select(p => $"{p.Name}:{p.ImplementingType.FullName}:{p.Choice}:{p.IsCollection}:{p.IsMandatoryElement}:{string.Join("|", p.FhirType.Select(t => t.FullName))}")))
                .Order(StringComparer.Ordinal)];

        static string[] Enums(ModelInspector inspector) =>
            [.. inspector.EnumMappings.Select(m => $"{m.Name} {m.NativeType.FullName} " + string.Join(",", m.Members.Keys)).Order(StringComparer.Ordinal)];

        Assert.Equal(expected.FhirRelease, actual.FhirRelease);
        Assert.Equal(expected.FhirVersion, actual.FhirVersion);
        Assert.Equal(Classes(expected), Classes(actual));
        Assert.Equal(Enums(expected), Enums(actual));
    }
}
