using System.Text.Json;
using Cramps.Core.Serialization;
using Cramps.Core.Tests.Support;
using CsCheck;
using Json.Schema;

namespace Cramps.Core.Tests.Serialization;

/// <summary>
/// The committed schemas equal the generated ones; the schema accepts every valid request, and the validator rejects
/// whatever the schema rejects (checked with an independent validator, JsonSchema.Net).
/// </summary>
public sealed class CrampJsonSchemaTests
{
    private static readonly JsonSchema RequestSchema = JsonSchema.FromText(CrampJsonSchema.Request());
    private static readonly JsonSchema ResultSchema = JsonSchema.FromText(CrampJsonSchema.Result());
    private static readonly Json.Schema.EvaluationOptions Options = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };
    private static readonly CrampEvaluator Evaluator = new();

    /// <summary>To update the committed files after a deliberate change, run the tests with CRAMPS_WRITE_SCHEMAS=1.</summary>
    [Theory]
    [InlineData("request.schema.json")]
    [InlineData("result.schema.json")]
    public void CommittedSchema_EqualsTheGeneratedOne(string file)
    {
        var generated = file.StartsWith("request", StringComparison.Ordinal) ? CrampJsonSchema.Request() : CrampJsonSchema.Result();
        if (Environment.GetEnvironmentVariable("CRAMPS_WRITE_SCHEMAS") == "1")
        {
            File.WriteAllText(Path.Combine(RepositoryRoot(), "docs", "schema", file), generated);
        }

        var committed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "schema", file)).ReplaceLineEndings("\n");

        Assert.True(committed == generated, "docs/schema/" + file + " is out of date: run `CRAMPS_WRITE_SCHEMAS=1 dotnet test` and commit the result.");
    }

    [Fact]
    public void Schemas_AreDraft2020_12WithIds()
    {
        using var request = JsonDocument.Parse(CrampJsonSchema.Request());
        Assert.Equal(CrampJsonSchema.Dialect, request.RootElement.GetProperty("$schema").GetString());
        Assert.Equal("urn:cramps:schema:request:1", request.RootElement.GetProperty("$id").GetString());
        Assert.Equal("urn:cramps:schema:result:1", JsonDocument.Parse(CrampJsonSchema.Result()).RootElement.GetProperty("$id").GetString());
    }

    public static TheoryData<string> Vignettes() => [.. Vignette.Files()];

    [Theory]
    [MemberData(nameof(Vignettes))]
    public void Vignettes_SchemaAndValidatorAgree(string file)
    {
        var vignette = Vignette.Load(file);

        Assert.Equal(CrampJson.ParseRequest(vignette.RequestJson).IsValid, IsValid(RequestSchema, vignette.RequestJson));
    }

    [Fact]
    public void ContractExample_IsValidAgainstTheSchema()
    {
        Assert.True(IsValid(RequestSchema, TestFiles.Text("contract-example-request.json")));
    }

    /// <remarks>Slow (an independent schema validator on every case); mutation runs filter it out.</remarks>
    [Fact]
    [Trait("Category", "Slow")]
    public void GeneratedValidRequests_AreValidAgainstTheSchema_AndTheirResultsAgainstTheResultSchema()
    {
        Generators.Request.Sample(
            request =>
            {
                Assert.True(IsValid(RequestSchema, CrampJson.Serialize(request)), CrampJson.Serialize(request));
                Assert.True(IsValid(ResultSchema, CrampJson.Serialize(Evaluator.Evaluate(request, EvaluationOptions.WithTrace))));
            },
            iter: 200);
    }

    /// <remarks>Slow (3 000 documents through an independent schema validator); mutation runs filter it out.</remarks>
    [Fact]
    [Trait("Category", "Slow")]
    public void MutatedRequests_WhatTheSchemaRejects_TheValidatorRejects()
    {
        var schemaRejected = 0;
        var bothAccepted = 0;
        var seeds = Vignette.Files().Select(f => Vignette.Load(f).RequestJson).Append(TestFiles.Text("contract-example-request.json")).ToArray();
        var random = new Random(20261125);
        for (var i = 0; i < 3000; i++)
        {
            var json = JsonMutator.Structural(seeds[random.Next(seeds.Length)], random);
            var parsed = CrampJson.ParseRequest(json);
            if (TryIsValid(RequestSchema, json) is not { } schemaValid)
            {
                continue;
            }

            if (!schemaValid)
            {
                schemaRejected++;
                Assert.False(parsed.IsValid, "The schema rejects but the validator accepts: " + json);
            }
            else if (parsed.IsValid)
            {
                bothAccepted++;
            }
        }

        // Both directions were exercised, not only one.
        Assert.True(schemaRejected > 300, schemaRejected + " rejections");
        Assert.True(bothAccepted > 300, bothAccepted + " acceptances");
    }

    /// <summary>Evaluates with the independent validator, or gives null where it cannot (it fails on numbers beyond decimal in uniqueItems).</summary>
    private static bool? TryIsValid(JsonSchema schema, string json)
    {
        try
        {
            return IsValid(schema, json);
        }
        catch (FormatException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static bool IsValid(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, Options).IsValid;
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
}
