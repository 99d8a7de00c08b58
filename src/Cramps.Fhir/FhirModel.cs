using System.Collections.Concurrent;
using System.Reflection;
using Hl7.Fhir.Introspection;
using Cql = Hl7.Fhir.ElementModel.Types;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir;

/// <summary>The FHIR R4 model the reader and the writers use: one inspector, built once, shared by every read and write.</summary>
/// <remarks>
/// <para>
/// It holds what <c>ModelInfo.ModelInspector</c> holds (tests compare the two type by type and element by element), but
/// is built from the model's three assemblies named here instead of by walking the R4 assembly's references, which Native
/// AOT cannot do (<c>Assembly.GetReferencedAssemblies</c> throws there). In a Native AOT build (no dynamic code), the
/// model's own per-assembly cache is filled with the same inspectors before first use, so the parts of the FHIR SDK
/// that ask for it (the strict parser, its validators) find them instead of walking references. So the reader, the
/// parser it falls back on and the RiskAssessment writer work the same in the console's Native AOT build, whose publish
/// roots those assemblies whole.
/// </para>
/// <para>Built on first use and read-only after that; safe to share across threads, as the model's own inspector is.</para>
/// </remarks>
internal static class FhirModel
{
    private static readonly Assembly R4Assembly = typeof(R4.Patient).Assembly;
    private static readonly Assembly BaseAssembly = typeof(R4.FhirString).Assembly;
    private static readonly Assembly ConformanceAssembly = typeof(R4.CapabilityStatement).Assembly;

    /// <summary>The FHIR model assemblies and, for each, the model assemblies it references, in its reference order.</summary>
    internal static IReadOnlyList<(Assembly Assembly, Assembly[] References)> Assemblies { get; } =
    [
        (R4Assembly, [BaseAssembly, ConformanceAssembly]),
        (BaseAssembly, []),
        (ConformanceAssembly, [BaseAssembly]),
    ];

    /// <summary>The system (CQL) primitive types of the model, named so that no assembly scan is needed.</summary>
    internal static IReadOnlyList<Type> CqlTypes { get; } =
    [
        typeof(Cql.Any),
        typeof(Cql.Boolean),
        typeof(Cql.Code),
        typeof(Cql.Concept),
        typeof(Cql.Date),
        typeof(Cql.DateTime),
        typeof(Cql.Decimal),
        typeof(Cql.Integer),
        typeof(Cql.Long),
        typeof(Cql.Quantity),
        typeof(Cql.Ratio),
        typeof(Cql.String),
        typeof(Cql.Time),
    ];

    /// <summary>Gets the R4 model (declared after the lists it is built from, which static initialisation reads in order).</summary>
    public static ModelInspector Inspector { get; } = PrepareForNativeAot(Build(R4Assembly));

    /// <summary>
    /// In a build without dynamic code (Native AOT), fills the model's own per-assembly inspector cache, the R4 entry with
    /// <paramref name="r4"/>; elsewhere the model builds its own when asked.
    /// </summary>
    /// <returns><paramref name="r4"/>.</returns>
    internal static ModelInspector PrepareForNativeAot(ModelInspector r4)
    {
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported && InspectorCache() is { } cache)
        {
            Fill(cache, r4);
        }

        return r4;
    }

    /// <summary>The model's own cache of inspectors by assembly name, or <see langword="null"/> if this version of the model has none by that name.</summary>
    internal static ConcurrentDictionary<string, ModelInspector>? InspectorCache() =>
        typeof(ModelInspector).GetField("_inspectedAssemblies", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null) as ConcurrentDictionary<string, ModelInspector>;

    /// <summary>Adds an inspector for each model assembly to a cache keyed by assembly name, as <c>ModelInspector.ForAssembly</c> builds it.</summary>
    internal static void Fill(ConcurrentDictionary<string, ModelInspector> cache, ModelInspector r4)
    {
        foreach (var (assembly, _) in Assemblies)
        {
            cache.TryAdd(assembly.FullName!, assembly == R4Assembly ? r4 : Build(assembly));
        }
    }

    /// <summary>Builds the inspector of one model assembly as <c>ModelInspector.ForAssembly</c> does: its release, its types and those of the model assemblies it references, then the system types.</summary>
    internal static ModelInspector Build(Assembly root)
    {
        var inspector = new ModelInspector(root.GetCustomAttribute<FhirModelAssemblyAttribute>()!.Since);
        var imported = new List<Assembly>();
        Import(root);
        foreach (var type in CqlTypes)
        {
            inspector.ImportType(type);
        }

        return inspector;

        void Import(Assembly assembly)
        {
            if (imported.Contains(assembly))
            {
                return;
            }

            inspector.Import(assembly);
            imported.Add(assembly);
            foreach (var referenced in Assemblies.First(a => a.Assembly == assembly).References)
            {
                Import(referenced);
            }
        }
    }
}
