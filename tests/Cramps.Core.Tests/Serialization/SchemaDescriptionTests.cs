using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Cramps.Core.Serialization;

namespace Cramps.Core.Tests.Serialization;

/// <summary>
/// Every member of both JSON Schemas has a description, taken from the XML documentation of the wire types: the library
/// holds them in a generated table (it reads no file and no attribute at run time), and the table is regenerated from the
/// XML documentation here and must equal the committed one.
/// </summary>
public sealed partial class SchemaDescriptionTests
{
    private const string TablePath = "src/Cramps.Core/Serialization/SchemaDescriptions.cs";

    [Theory]
    [InlineData("request")]
    [InlineData("result")]
    public void Schema_EveryPropertyHasADescription(string which)
    {
        var schema = JsonNode.Parse(which == "request" ? CrampJsonSchema.Request() : CrampJsonSchema.Result())!;
        var missing = new List<string>();
        var count = 0;
        Walk(schema, "$", (path, property) =>
        {
            count++;
            if (property is not JsonObject described || described["description"]?.GetValue<string>() is not { Length: > 0 })
            {
                missing.Add(path);
            }
        });

        Assert.True(count > 50, count + " properties");
        Assert.True(missing.Count == 0, which + " schema properties without a description: " + string.Join(", ", missing));
        Assert.False(string.IsNullOrEmpty(schema["description"]?.GetValue<string>()), "the root has no description");
    }

    [Fact]
    public void Schema_DescriptionsComeFromTheXmlDocumentation()
    {
        var request = JsonNode.Parse(CrampJsonSchema.Request())!;
        var result = JsonNode.Parse(CrampJsonSchema.Result())!;

        // <summary>Gets the patient's age in whole years.</summary> on PatientHistory.AgeYears, and so on.
        Assert.Equal(Summary("P:Cramps.Core.PatientHistory.AgeYears"), request["properties"]!["patient"]!["properties"]!["ageYears"]!["description"]!.GetValue<string>());
        Assert.StartsWith("The sex; null and unknown are both unknown", request["properties"]!["patient"]!["properties"]!["sex"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(Summary("P:Cramps.Core.CrampAssessment.Urgency"), result["properties"]!["urgency"]!["description"]!.GetValue<string>());
        Assert.Equal(Summary("T:Cramps.Core.CrampAssessment"), result["description"]!.GetValue<string>());
    }

    /// <summary>To update the committed table after a change of the XML documentation, run the tests with CRAMPS_WRITE_SCHEMAS=1 (twice).</summary>
    [Fact]
    public void CommittedTable_EqualsTheOneGeneratedFromTheXmlDocumentation()
    {
        var generated = Generate();
        var path = Path.Combine(RepositoryRoot(), TablePath);
        if (Environment.GetEnvironmentVariable("CRAMPS_WRITE_SCHEMAS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(
            File.ReadAllText(path).ReplaceLineEndings("\n") == generated,
            TablePath + " is out of date with the XML documentation: run `CRAMPS_WRITE_SCHEMAS=1 dotnet test tests/Cramps.Core.Tests` twice and commit the result.");
    }

    /// <summary>Builds the table: one entry per wire type of the library and per member the schemas show.</summary>
    private static string Generate()
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var typeInfo in new JsonTypeInfo[] { CrampJson.RequestTypeInfo, CrampJson.AssessmentTypeInfo })
        {
            JsonSchemaExporter.GetJsonSchemaAsNode(typeInfo, new JsonSchemaExporterOptions
            {
                TransformSchemaNode = (context, node) =>
                {
                    var (key, member) = context.PropertyInfo is { } property
                        ? (property.DeclaringType.Name + "." + property.Name, "P:" + XmlName(property.DeclaringType) + "." + Pascal(property.Name))
                        : (context.TypeInfo.Type.Name, "T:" + XmlName(context.TypeInfo.Type));
                    if (context.PropertyInfo is not null || (context.TypeInfo.Type.Namespace ?? string.Empty).StartsWith("Cramps.Core", StringComparison.Ordinal))
                    {
                        if (Summary(member) is { } summary)
                        {
                            entries[key] = summary;
                        }
                        else if (context.PropertyInfo is not null || context.TypeInfo.Kind == JsonTypeInfoKind.Object)
                        {
                            missing.Add(member);
                        }
                    }

                    return node;
                },
            });
        }

        Assert.True(missing.Count == 0, "wire members without an XML summary: " + string.Join(", ", missing.Distinct()));

        var text = new StringBuilder();
        text.Append("""
            // <auto-generated>
            // Generated from the XML documentation of the wire types by SchemaDescriptionTests; regenerate with
            // CRAMPS_WRITE_SCHEMAS=1 dotnet test tests/Cramps.Core.Tests (run twice: the schemas are written from this table).
            // </auto-generated>

            #nullable enable

            namespace Cramps.Core.Serialization;

            /// <summary>The description of each wire type and member, from its XML documentation, for the JSON Schemas.</summary>
            internal static class SchemaDescriptions
            {
                /// <summary>Gets the description of a type (its name) or a member (<c>Type.wireName</c>).</summary>
                public static string? Of(string key) => key switch
                {

            """);
        foreach (var (key, summary) in entries)
        {
            text.Append(CultureInfo.InvariantCulture, $"        {Literal(key)} => {Literal(summary)},\n");
        }

        text.Append("        _ => null,\n    };\n}\n");
        return text.ToString().ReplaceLineEndings("\n");
    }

    private static readonly Lazy<Dictionary<string, XElement>> Members = new(() =>
        XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Cramps.Core.xml")).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, StringComparer.Ordinal));

    /// <summary>Gets a member's summary as plain text: "Gets the ..." becomes "The ...", references become their names.</summary>
    private static string? Summary(string member)
    {
        if (!Members.Value.TryGetValue(member, out var element) || element.Element("summary") is not { } summary)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var node in summary.DescendantNodes())
        {
            switch (node)
            {
                case XText t when t.Parent is { Name.LocalName: "summary" or "para" or "c" or "b" or "i" }:
                    text.Append(t.Value);
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } see:
                    text.Append(see.Attribute("langword")?.Value ?? CrefName(see.Attribute("cref")?.Value ?? string.Empty));
                    break;
                case XElement { Name.LocalName: "paramref" or "typeparamref" } reference:
                    text.Append(reference.Attribute("name")?.Value);
                    break;
            }
        }

        var plain = Spaces().Replace(text.ToString(), " ").Trim();
        foreach (var prefix in new[] { "Gets or sets ", "Gets " })
        {
            if (plain.StartsWith(prefix, StringComparison.Ordinal))
            {
                plain = char.ToUpperInvariant(plain[prefix.Length]) + plain[(prefix.Length + 1)..];
                break;
            }
        }

        return plain;
    }

    /// <summary>
    /// Names a cref as the wire shows it: a member of a wire type by its wire name (<c>P:Cramps.Core.LabResult.Unit</c> is
    /// unit), an enum value by its kebab-case wire name (<c>F:Cramps.Core.Urgency.SelfCare</c> is self-care), a type by its
    /// name, and any other member as Type.Member.
    /// </summary>
    private static string CrefName(string cref)
    {
        var name = cref.Length > 2 && cref[1] == ':' ? cref[2..] : cref;
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
        {
            name = name[..paren];
        }

        var parts = name.Split('.');
        if (cref.StartsWith("T:", StringComparison.Ordinal) || parts.Length < 2)
        {
            return parts[^1];
        }

        var owner = typeof(CrampEvaluator).Assembly.GetType(string.Join(".", parts[..^1]));
        return owner switch
        {
            { IsEnum: true } => Kebab().Replace(parts[^1], "-$1").ToLowerInvariant(),
            not null when owner.Namespace == "Cramps.Core" && cref.StartsWith("P:", StringComparison.Ordinal) => char.ToLowerInvariant(parts[^1][0]) + parts[^1][1..],
            _ => parts[^2] + "." + parts[^1],
        };
    }

    private static string XmlName(Type type) => type.FullName!.Replace('+', '.');

    private static string Pascal(string wireName) => char.ToUpperInvariant(wireName[0]) + wireName[1..];

    private static string Literal(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>Calls back for every property of every object schema, with its path.</summary>
    private static void Walk(JsonNode? node, string path, Action<string, JsonNode?> property)
    {
        switch (node)
        {
            case JsonObject schema:
                foreach (var (name, value) in schema)
                {
                    if (name == "properties" && value is JsonObject properties)
                    {
                        foreach (var (member, memberSchema) in properties)
                        {
                            property(path + "." + member, memberSchema);
                            Walk(memberSchema, path + "." + member, property);
                        }
                    }
                    else
                    {
                        Walk(value, path + "/" + name, property);
                    }
                }

                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    Walk(item, path, property);
                }

                break;
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Cramps.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=[a-z])([A-Z])")]
    private static partial Regex Kebab();
}
