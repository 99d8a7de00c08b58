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
        Assert.Equal(CrampJson.Serialize(ConsoleOutput.Quietly(GettingStarted.FirstAssessment)) + "\n", output);
    }

    [Fact]
    public void AssessJsonFile_CommittedResult_EqualsTheResultOfTheExample()
    {
        var parsed = CrampJson.ParseRequest(Repository.Text(RequestFile));
        Assert.True(parsed.IsValid);

        var result = JsonNode.Parse(CrampJson.Serialize(new CrampEvaluator().Evaluate(parsed.Request)))!;

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
}
