using System.Text.Json;
using Cramps.Core;
using Cramps.Core.Serialization;
using Cramps.Fhir.Tests.Support;

namespace Cramps.Fhir.Tests;

/// <summary>A history read from FHIR and the same history as request JSON lead to the same assessment, byte for byte.</summary>
public sealed class FhirJsonParityTests
{
    private static readonly CrampEvaluator Evaluator = new();

    /// <summary>Every expectation key a vignette may use; an unknown key fails rather than being silently ignored.</summary>
    private static readonly string[] KnownKeys =
    [
        "invalid", "errorsMention", "urgency", "riskFactorsInclude", "riskFactorsExclude", "redFlagsInclude", "redFlagsExclude",
        "redFlagsExactly", "topCategoriesInclude", "firstCategory", "adviceInclude", "adviceExclude", "openQuestionsExactly",
        "interviewComplete",
    ];

    public static TheoryData<string> Bundles() => [.. TestData.Files("bundles")];

    public static TheoryData<string> ValidVignettes() => [.. VignettesAsFhir.ValidFiles()];

    [Theory]
    [MemberData(nameof(Bundles))]
    public void History_FromFhirAndWrittenAsRequestJson_SameAssessment(string file)
    {
        var read = TestData.Bundle(file);

        var throughJson = TestData.Request(CrampJson.Serialize(read.Request));

        Assert.Equal(read.Request, throughJson);
        Assert.Equal(CrampJson.Serialize(Evaluator.Evaluate(read.Request, EvaluationOptions.WithTrace)), CrampJson.Serialize(Evaluator.Evaluate(throughJson, EvaluationOptions.WithTrace)));
    }

    [Theory]
    [MemberData(nameof(ValidVignettes))]
    public void Vignette_HistoryFromFhir_SameAssessmentAsTheVignettesJson(string file)
    {
        var (fromFhir, _) = VignettesAsFhir.Request(file);

        var expected = CrampJson.Serialize(Evaluator.Evaluate(VignettesAsFhir.JsonRequest(file), EvaluationOptions.WithTrace));

        Assert.Equal(expected, CrampJson.Serialize(Evaluator.Evaluate(fromFhir, EvaluationOptions.WithTrace)));
    }

    [Theory]
    [MemberData(nameof(ValidVignettes))]
    public void Vignette_HistoryFromFhir_MeetsTheVignettesExpectations(string file)
    {
        var (fromFhir, _) = VignettesAsFhir.Request(file);
        using var result = JsonDocument.Parse(CrampJson.Serialize(Evaluator.Evaluate(fromFhir, EvaluationOptions.WithTrace)));
        var root = result.RootElement;
        var expect = VignettesAsFhir.Expect(file);
        Assert.All(expect.EnumerateObject(), p => Assert.Contains(p.Name, KnownKeys));

        if (expect.TryGetProperty("urgency", out var urgency))
        {
            Assert.Equal(urgency.GetString(), root.GetProperty("urgency").GetString());
        }

        var factors = Ids(root, "riskFactors");
        var flags = Ids(root, "redFlags");
        var advice = Ids(root, "advice");
        var categories = Ids(root, "causeCategories");
        var questions = Ids(root, "openQuestions");
        Assert.All(Strings(expect, "riskFactorsInclude"), id => Assert.Contains(id, factors));
        Assert.All(Strings(expect, "riskFactorsExclude"), id => Assert.DoesNotContain(id, factors));
        Assert.All(Strings(expect, "redFlagsInclude"), id => Assert.Contains(id, flags));
        Assert.All(Strings(expect, "redFlagsExclude"), id => Assert.DoesNotContain(id, flags));
        Assert.All(Strings(expect, "adviceInclude"), id => Assert.Contains(id, advice));
        Assert.All(Strings(expect, "adviceExclude"), id => Assert.DoesNotContain(id, advice));
        var top = Strings(expect, "topCategoriesInclude");
        Assert.All(top, id => Assert.Contains(id, categories.Take(top.Count)));
        if (expect.TryGetProperty("firstCategory", out var first))
        {
            Assert.Equal(first.GetString(), categories.FirstOrDefault());
        }

        if (expect.TryGetProperty("redFlagsExactly", out _))
        {
            Assert.Equal(Strings(expect, "redFlagsExactly").Order(StringComparer.Ordinal), flags.Order(StringComparer.Ordinal));
        }

        if (expect.TryGetProperty("openQuestionsExactly", out _))
        {
            Assert.Equal(Strings(expect, "openQuestionsExactly").Order(StringComparer.Ordinal), questions.Order(StringComparer.Ordinal));
        }

        if (expect.TryGetProperty("interviewComplete", out var complete))
        {
            Assert.Equal(complete.GetBoolean(), root.GetProperty("interviewComplete").GetBoolean());
        }
    }

    [Fact]
    public void Vignette_InvalidValuesAsFhir_RejectedNamingTheElement()
    {
        var read = FhirRequestReader.Read(TestData.Text("vignettes-fhir", "p05-invalid-values.json"));

        Assert.False(read.IsValid);
        Assert.Equal(("Patient.gender", FhirValidationCodes.InvalidFhir), (Assert.Single(read.Errors).Path, read.Errors[0].Code));
    }

    [Fact]
    public void Vignette_InvalidAgeAsFhir_AgeOutOfRangeListedNotGuessed()
    {
        var json = TestData.Text("vignettes-fhir", "p05-invalid-values.json").Replace("\"yes\"", "\"unknown\"", StringComparison.Ordinal);

        var read = TestData.Json(json);

        Assert.Null(read.Patient.AgeYears);
        Assert.Equal(UnmappedCodes.OutOfRange, Assert.Single(read.Unmapped).Code);
    }

    private static List<string> Strings(JsonElement expect, string property) =>
        expect.TryGetProperty(property, out var list) ? [.. list.EnumerateArray().Select(e => e.GetString()!)] : [];

    private static List<string> Ids(JsonElement result, string property) =>
        [.. result.GetProperty(property).EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
}
