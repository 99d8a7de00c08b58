using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Cramps.Core.Knowledge;

namespace Cramps.Core.Tests.Meta;

/// <summary>Reflection checks over the public surface: sealed types, immutable results and catalog, documented members.</summary>
public sealed class PublicSurfaceTests
{
    private static readonly Assembly Library = typeof(CrampEvaluator).Assembly;
    private static readonly Type[] PublicTypes = [.. Library.GetExportedTypes()];

    /// <summary>Types whose instances are results or catalog entries: no setters at all, not even init.</summary>
    private static readonly Type[] ResultAndCatalogTypes =
    [
        .. PublicTypes.Where(t => t.Namespace == typeof(KnowledgeBase).Namespace && t.IsClass),
        typeof(CrampAssessment), typeof(RiskFactorFinding), typeof(RedFlagFinding), typeof(CauseCategoryFinding),
        typeof(OpenQuestion), typeof(TraceEntry), typeof(KnowledgeBaseIdentity), typeof(Evidence), typeof(UnrecognisedInput),
        typeof(Advice), typeof(CategoryContribution), typeof(Cramps.Core.Serialization.RequestParseResult), typeof(Cramps.Core.Serialization.ValidationError),
    ];

    [Fact]
    public void PublicTypes_AreSealedAbstractOrStatic()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void ResultAndCatalogTypes_HaveNoPublicSetters()
    {
        var setters = ResultAndCatalogTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.DeclaringType!.Name + "." + p.Name);

        Assert.Empty(setters);
    }

    [Fact]
    public void ModelTypes_HaveOnlyInitSetters()
    {
        Type[] model = [typeof(AssessmentRequest), typeof(PatientHistory), typeof(CrampEpisode), typeof(Condition), typeof(Medication), typeof(LabResult), typeof(Lifestyle), typeof(CrampPattern), typeof(Symptoms)];

        var mutable = model
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => p.DeclaringType!.Name + "." + p.Name);

        Assert.Empty(mutable);
    }

    [Fact]
    public void ResultTypes_ExposeReadOnlyLists()
    {
        var lists = ResultAndCatalogTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.PropertyType.IsArray || (p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(List<>)))
            .Select(p => p.DeclaringType!.Name + "." + p.Name);

        Assert.Empty(lists);
    }

    [Fact]
    public void PublicMembers_HaveRealXmlDocumentation()
    {
        var docs = XDocument.Load(Path.ChangeExtension(Library.Location, ".xml"))
            .Descendants("member")
            .ToDictionary(m => m.Attribute("name")!.Value, m => m);
        var undocumented = new List<string>();

        foreach (var type in PublicTypes)
        {
            Check("T:" + Name(type), type.FullName!);
            var flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var member in type.GetMembers(flags).Where(Documentable))
            {
                Check(Id(member), type.Name + "." + member.Name);
            }
        }

        Assert.Empty(undocumented);

        void Check(string id, string what)
        {
            if (!docs.TryGetValue(id, out var doc))
            {
                undocumented.Add(what + " (" + id + ")");
                return;
            }

            var inherits = doc.Element("inheritdoc") is not null;
            var summary = doc.Element("summary")?.Value.Trim();
            if (!inherits && string.IsNullOrWhiteSpace(summary))
            {
                undocumented.Add(what + " (empty summary)");
            }

            if (doc.Descendants().Any(e => e.Name != "inheritdoc" && e.Name != "see" && e.Name != "paramref" && e.Name != "typeparamref" && e.Name != "c" && !e.HasElements && string.IsNullOrWhiteSpace(e.Value) && !e.HasAttributes))
            {
                undocumented.Add(what + " (an empty tag)");
            }
        }
    }

    private static bool Documentable(MemberInfo member) => member switch
    {
        MethodInfo method => !method.IsSpecialName && !IsCompilerGenerated(method) && method.GetBaseDefinition().DeclaringType == method.DeclaringType,
        PropertyInfo property => !IsCompilerGenerated(property.GetMethod!) && property.Name != "EqualityContract",
        FieldInfo field => !field.IsSpecialName,
        ConstructorInfo constructor => !IsCompilerGenerated(constructor) && !(constructor.GetParameters() is [var only] && only.ParameterType == constructor.DeclaringType),
        _ => false,
    };

    private static bool IsCompilerGenerated(MethodBase method) => method.GetCustomAttribute<CompilerGeneratedAttribute>() is not null;

    private static string Name(Type type) => type.FullName!.Replace('+', '.');

    private static string Id(MemberInfo member) => member switch
    {
        MethodBase method => (method is ConstructorInfo ? "M:" + Name(method.DeclaringType!) + ".#ctor" : "M:" + Name(method.DeclaringType!) + "." + method.Name + (method.IsGenericMethod ? "``" + method.GetGenericArguments().Length : string.Empty))
            + (method.GetParameters().Length == 0 ? string.Empty : "(" + string.Join(",", method.GetParameters().Select(p => ParameterName(p.ParameterType))) + ")"),
        PropertyInfo property => "P:" + Name(property.DeclaringType!) + "." + property.Name + (property.GetIndexParameters().Length == 0 ? string.Empty : "(" + string.Join(",", property.GetIndexParameters().Select(p => ParameterName(p.ParameterType))) + ")"),
        FieldInfo field => "F:" + Name(field.DeclaringType!) + "." + field.Name,
        _ => member.Name,
    };

    private static string ParameterName(Type type)
    {
        if (type.IsByRef)
        {
            return ParameterName(type.GetElementType()!) + "@";
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (type.IsArray)
        {
            return ParameterName(type.GetElementType()!) + "[]";
        }

        if (!type.IsGenericType)
        {
            return Name(type);
        }

        var definition = type.GetGenericTypeDefinition().FullName!;
        return definition[..definition.IndexOf('`', StringComparison.Ordinal)].Replace('+', '.') + "{" + string.Join(",", type.GetGenericArguments().Select(ParameterName)) + "}";
    }
}
