using System.Text.Json;
using System.Text.Json.Nodes;
using Cramps.Core;
using Cramps.Core.Serialization;
using Cramps.Docs.Snippets;
using Cramps.Docs.Tests.Support;

namespace Cramps.Docs.Tests;

/// <summary>docs/articles/getting-started.md: the first assessment, in C# and as JSON, prints what the article shows.</summary>
[Collection(ConsoleTests.Name)]
public sealed class GettingStartedTests
{
    private const string RequestFile = "docs/examples/night-cramps.request.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, IndentSize = 2 };

    private const string Article = "docs/articles/getting-started.md";

    [Fact]
    public void ArticleProgram_CompilesAsPastedAndPrintsWhatTheArticleShows()
    {
        var marked = CodeBlocks.Marked(Repository.Text(Article));
        var program = Assert.Single(marked, b => b.Kind == "file").Body;
        var shown = Assert.Single(marked, b => b.Kind == "output").Body;

        var (exit, output, error) = CSharpProgram.Run(program);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(shown + "\n", output);
    }

    [Fact]
    public void ArticleProgram_IsTheSnippetTheReadmeAndTestsUse()
    {
        var program = Assert.Single(CodeBlocks.Marked(Repository.Text(Article)), b => b.Kind == "file").Body;
        var snippet = "docs/snippets/GettingStarted.cs";

        Assert.Equal(
            "using Cramps.Core;\n\n" + CodeBlocks.Region(Repository.PathOf(snippet), "evaluate") + "\n\n" + CodeBlocks.Region(Repository.PathOf(snippet), "print-findings"),
            program);
    }

    [Fact]
    public void ArticleJson_IsTheExampleRequestFile()
    {
        var json = Assert.Single(CodeBlocks.FencedBlocks(Repository.Text(Article), "json"));

        Assert.Equal(Repository.Text(RequestFile).TrimEnd('\n'), json);
    }

    [Fact]
    public void ArticleJsonProgram_CompilesAsPastedAndWritesTheResultOfTheExample()
    {
        var program = Assert.Single(CodeBlocks.FencedBlocks(Repository.Text(Article), "csharp"), b => b.Contains("CrampJson", StringComparison.Ordinal));

        var (exit, output, error) = CSharpProgram.Run(program, Repository.PathOf(RequestFile));

        Assert.Equal(0, exit);
        Assert.Empty(error);
        AssertIsTheCSharpExample(output);
    }

    [Fact]
    public void ArticleJsonProgram_InvalidRequest_PrintsEveryErrorAndExitsOne()
    {
        var program = Assert.Single(CodeBlocks.FencedBlocks(Repository.Text(Article), "csharp"), b => b.Contains("CrampJson", StringComparison.Ordinal));
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, """{"schemaVersion":"1","patient":{"ageYears":200,"sex":"x"}}""");
        try
        {
            var (exit, output, error) = CSharpProgram.Run(program, path);

            Assert.Equal(1, exit);
            Assert.Empty(output);
            Assert.Equal(["$.patient.ageYears", "$.patient.sex"], error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void FirstAssessment_PrintsWhatTheArticleShows()
    {
        var output = ConsoleOutput.Of(() => GettingStarted.FirstAssessment());

        Repository.AssertCommitted("docs/snippets/output/first-assessment.txt", output);
    }

    [Fact]
    public void FirstAssessment_IsSoonBecauseOfTheNewMedicine()
    {
        var assessment = ConsoleOutput.Quietly(GettingStarted.FirstAssessment);

        Assert.Equal(Urgency.Soon, assessment.Urgency);
        Assert.Equal(["flag-new-medicine"], assessment.UrgencyReasons);
    }

    [Fact]
    public void AssessJsonFile_TheJsonExample_GivesTheAssessmentOfTheCSharpExample()
    {
        var (output, error) = ConsoleOutput.Capture(() => Assert.Equal(0, GettingStarted.AssessJsonFile(new CrampEvaluator(), Repository.PathOf(RequestFile))));

        Assert.Empty(error);
        AssertIsTheCSharpExample(output);
    }

    [Fact]
    public void AssessJsonFile_CommittedResult_EqualsTheResultOfTheExample()
    {
        var parsed = CrampJson.ParseRequest(Repository.Text(RequestFile));
        Assert.True(parsed.IsValid);

        var result = JsonNode.Parse(CrampJson.Serialize(new CrampEvaluator().Evaluate(parsed.Request, EvaluationOptions.WithTrace)))!;

        Repository.AssertCommitted("docs/examples/night-cramps.result.json", result.ToJsonString(Indented) + "\n");
    }

    [Fact]
    public void AssessJsonFile_InvalidRequest_PrintsEveryErrorAndReturnsOne()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, """{"schemaVersion":"1","patient":{"ageYears":200,"sex":"x"}}""");
        try
        {
            var (output, error) = ConsoleOutput.Capture(() => Assert.Equal(1, GettingStarted.AssessJsonFile(new CrampEvaluator(), path)));

            Assert.Empty(output);
            Assert.Equal(["$.patient.ageYears", "$.patient.sex"], error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Checks that result JSON states what the C# example's assessment states: urgency, findings with evidence, questions, advice.</summary>
    private static void AssertIsTheCSharpExample(string output)
    {
        var example = ConsoleOutput.Quietly(GettingStarted.FirstAssessment);
        var written = JsonNode.Parse(output)!;
        Assert.Equal(example.Urgency.ToString(), written["urgency"]!.GetValue<string>(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(example.RiskFactors.Select(f => f.Id), written["riskFactors"]!.AsArray().Select(f => f!["id"]!.GetValue<string>()));
        Assert.Equal(example.RiskFactors.SelectMany(f => f.Evidence).Select(e => e.Path + "=" + e.Value), written["riskFactors"]!.AsArray().SelectMany(f => f!["evidence"]!.AsArray()).Select(e => e!["path"]!.GetValue<string>() + "=" + e["value"]!.GetValue<string>()));
        Assert.Equal(example.OpenQuestions.Select(q => q.Id), written["openQuestions"]!.AsArray().Select(q => q!["id"]!.GetValue<string>()));
        Assert.Equal(example.Advice.Select(a => a.Id), written["advice"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()));
    }
}
