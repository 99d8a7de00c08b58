using System.Text.Json;
using System.Text.Json.Nodes;
using Cramps.Cli.Tests.Support;
using Cramps.Core;
using Cramps.Core.Serialization;

namespace Cramps.Cli.Tests.Commands;

/// <summary><c>cramps assess</c>: readable text, JSON, stdin, invalid requests (exit 1) and unreadable files (exit 2).</summary>
public sealed class AssessCommandTests
{
    public static TheoryData<string> Examples() => ["morning-cramps.json", "thiazide-low-potassium.json", "night-calf-cramps.json"];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Assess_BundledExample_IsValidAndExitsZero(string example)
    {
        var run = await CrampsProcess.RunAsync(["assess", CrampsProcess.Example(example)]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public async Task Assess_MorningCramps_StartsWithWhatToDoNowInPlainText()
    {
        var run = await CrampsProcess.RunAsync(["assess", CrampsProcess.Example("morning-cramps.json")]);

        var lines = run.Stdout.Split('\n');
        Assert.Equal("ROUTINE", lines[0]);
        Assert.Equal("  What to do now: Book a visit with your main doctor.", lines[1]);
        Assert.Contains("Warning signs", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Frequent cramps", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Questions that would help", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Advice", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("not a diagnosis", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_Text_GroupsRiskFactorsUnderTheirCategoryWithEvidence()
    {
        var run = await CrampsProcess.RunAsync(["assess", CrampsProcess.Example("thiazide-low-potassium.json")]);

        // A report for a person names categories and risk factors by their plain names, never the clinical ones.
        var text = run.Stdout;
        var medicines = text.IndexOf("- Your medicines and pills (score", StringComparison.Ordinal);
        var thiazide = text.IndexOf("- A water pill of the thiazide type (moderate evidence)", StringComparison.Ordinal);
        var electrolytes = text.IndexOf("- Low or high blood minerals (salts) (score", StringComparison.Ordinal);
        var potassium = text.IndexOf("Because: blood test 1: 3.2 mmol/L", StringComparison.Ordinal);
        Assert.True(medicines >= 0 && medicines < thiazide && thiazide < electrolytes && electrolytes < potassium, text);
        Assert.DoesNotContain("Thiazide or thiazide-like diuretic", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Electrolyte / mineral imbalance", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hypokalemia", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("most likely", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Assess_Json_IsTheLibraryResultOnOneLine()
    {
        var path = CrampsProcess.Example("thiazide-low-potassium.json");
        var run = await CrampsProcess.RunAsync(["assess", path, "--format", "json"]);

        var request = CrampJson.ParseRequest(File.ReadAllBytes(path)).Request!;
        var expected = JsonNode.Parse(CrampJson.Serialize(new CrampEvaluator().Evaluate(request, EvaluationOptions.WithTrace)));
        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.StdoutLines);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(run.Stdout)), run.Stdout);
    }

    [Theory]
    [InlineData("assess")]
    [InlineData("catalog")]
    public async Task Json_WritesApostrophesAsTheyAre(string command)
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(path, """{"schemaVersion":"1"}""");
        try
        {
            var run = await CrampsProcess.RunAsync(command == "assess" ? ["assess", path, "--format", "json"] : ["catalog", "--format", "json"]);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("Parkinson's disease", run.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("\\u0027", run.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Assess_JsonIndent_IsTheSameResultIndentedByTwoSpaces()
    {
        var oneLine = await CrampsProcess.RunAsync(["assess", "--example", "morning-cramps", "--format", "json"]);
        var indented = await CrampsProcess.RunAsync(["assess", "--example", "morning-cramps", "--format", "json", "--indent"]);

        Assert.Equal(0, indented.ExitCode);
        Assert.StartsWith("{\n  \"schemaVersion\": \"1\",\n", indented.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(oneLine.Stdout), JsonNode.Parse(indented.Stdout)));
    }

    [Fact]
    public async Task Assess_Dash_ReadsStandardInput()
    {
        var json = File.ReadAllText(CrampsProcess.Example("night-calf-cramps.json"));

        var run = await CrampsProcess.RunAsync(["assess", "-", "--format", "json"], json);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("self-care", JsonDocument.Parse(run.Stdout).RootElement.GetProperty("urgency").GetString());
    }

    [Fact]
    public async Task Assess_Emergency_StillExitsZero()
    {
        var run = await CrampsProcess.RunAsync(["assess", "-"], """{"schemaVersion":"1","patient":{"symptoms":{"chestPainOrBreathlessness":true}}}""");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("EMERGENCY\n  What to do now: Call emergency services (911 in the US) now.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_Emergency_ListsNoQuestionsAndDoesNotSuggestTheInterview()
    {
        var run = await CrampsProcess.RunAsync(["assess", "-"], """{"schemaVersion":"1","patient":{"symptoms":{"oneSidedLegSwelling":true,"chestPainOrBreathlessness":true}}}""");

        // Knowledge base principle 8: at emergency no question is open and the only next step is to act.
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("EMERGENCY\n", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Questions that would help", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("cramps interview", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("questions below", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Signs of a blood clot in the leg", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Possible blood clot in the leg", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_Text_RedFlagsInPlainNames()
    {
        var run = await CrampsProcess.RunAsync(["assess", "-"], """{"schemaVersion":"1","patient":{"symptoms":{"muscleTwitching":true}}}""");

        // flag-twitching is routine (2026.2); its plain name is shown, never the clinical "fasciculations".
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("ROUTINE\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  - Muscles that twitch\n", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("fasciculations", run.Stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Assess_Text_BaselineReasonsInPlainWords()
    {
        var run = await CrampsProcess.RunAsync(["assess", "-"], """{"schemaVersion":"1","patient":{"lifestyle":{"usedQuinineForCramps":true}}}""");

        // Knowledge base section 4: baseline-quinine-used and baseline-nothing-known make it routine; ids are not shown.
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("ROUTINE\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  Because of: quinine or tonic water taken for cramps; nothing is known yet about the cramps.", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("baseline-", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_InconsistentAnswers_ShownAsWarningsInPlainWords()
    {
        var run = await CrampsProcess.RunAsync(["assess", "-"], """{"schemaVersion":"1","patient":{"sex":"male","pregnant":true}}""");

        // Knowledge base section 9: pregnant-not-female, reported and never silently resolved.
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Please check these answers", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("- pregnant: you said you are pregnant and that your sex is male.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_NoWarnings_NoWarningsSection()
    {
        var run = await CrampsProcess.RunAsync(["assess", CrampsProcess.Example("night-calf-cramps.json")]);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("Please check these answers", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_InvalidValues_ExitsOneWithEveryErrorAndItsPathOnStderr()
    {
        var run = await CrampsProcess.RunAsync(["assess", "-"], """{"schemaVersion":"1","patient":{"ageYears":190,"sex":"yes"},"episodes":[{"muscles":["calf"],"painScore":11}]}""");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains("$.patient.ageYears: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("(out-of-range)", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("$.patient.sex: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("$.episodes[0].painScore: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("(3 errors)", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"schemaVersion\": \"1\", ")]
    [InlineData("not json at all")]
    [InlineData("")]
    public async Task Assess_UnreadableJson_ExitsOneWithAPathedError(string content)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, content);

            var run = await CrampsProcess.RunAsync(["assess", file]);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("$: ", run.Stderr, StringComparison.Ordinal);
            Assert.Contains("(malformed-json)", run.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Assess_InvalidWithJsonFormat_WritesTheErrorsAsJsonOnStderr()
    {
        var run = await CrampsProcess.RunAsync(["assess", "-", "--format", "json"], """{"schemaVersion":"2","patient":{"ageYear":70}}""");

        Assert.Equal(1, run.ExitCode);
        var errors = JsonDocument.Parse(run.Stderr).RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("path").GetString() == "$.schemaVersion" && e.GetProperty("code").GetString() == "unsupported-schema-version");
        Assert.Contains(errors, e => e.GetProperty("path").GetString() == "$.patient.ageYear" && e.GetProperty("code").GetString() == "unknown-property");
        Assert.All(errors, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("message").GetString())));
    }

    [Fact]
    public async Task Assess_MissingFile_ExitsTwoWithAClearMessage()
    {
        var run = await CrampsProcess.RunAsync(["assess", "no-such-request.json"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("cramps: file not found: 'no-such-request.json'.\n", run.Stderr);
    }

    [Fact]
    public async Task Assess_Directory_ExitsTwo()
    {
        var run = await CrampsProcess.RunAsync(["assess", AppContext.BaseDirectory]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a directory", run.Stderr, StringComparison.Ordinal);
    }
}
