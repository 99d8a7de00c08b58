using System.Text;
using System.Text.Json;
using Cramps.Cli.Tests.Support;
using Cramps.Core;
using Cramps.Core.Serialization;

namespace Cramps.Cli.Tests.Commands;

/// <summary><c>cramps batch</c>: one output line per input line, in input order; error lines; blank lines; exit codes.</summary>
public sealed class BatchCommandTests
{
    private static readonly string[] Requests =
    [
        """{"schemaVersion":"1","patient":{"symptoms":{"chestPainOrBreathlessness":true}}}""",
        """{"schemaVersion":"1","asOf":"2026-11-25","patient":{"ageYears":67,"sex":"female"},"episodes":[{"startedAt":"2026-11-23T03:15:00+01:00","muscles":["calf"],"setting":"asleep","durationSeconds":200}]}""",
        """{"schemaVersion":"1","patient":{"symptoms":{"legPainWithWalkingEasedByRest":true}}}""",
        """{"schemaVersion":"1","patient":{"symptoms":{"tinglingAroundMouth":true}}}""",
        """{"schemaVersion":"1"}""",
    ];

    [Fact]
    public async Task Batch_ManyLines_WritesEachResultInInputOrder()
    {
        var lines = Enumerable.Range(0, 3000).Select(i => Requests[(i * 7) % Requests.Length]).ToList();

        var run = await CrampsProcess.RunAsync(["batch"], string.Join('\n', lines) + "\n");

        Assert.Equal(0, run.ExitCode);
        var evaluator = new CrampEvaluator();
        var expected = lines.Select(l => CrampJson.Serialize(evaluator.Evaluate(CrampJson.ParseRequest(l).Request!, EvaluationOptions.WithTrace))).ToList();
        Assert.Equal(expected, run.StdoutLines);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public async Task Batch_InvalidLines_WriteErrorLinesGoOnAndExitOne()
    {
        var input = new StringBuilder()
            .Append(Requests[0]).Append('\n')
            .Append("""{"schemaVersion":"1","patient":{"ageYears":-1}}""").Append('\n')
            .Append("{not json").Append('\n')
            .Append(Requests[2]).Append('\n')
            .ToString();

        var run = await CrampsProcess.RunAsync(["batch"], input);

        Assert.Equal(1, run.ExitCode);
        var output = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, output.Count);
        Assert.Equal("emergency", output[0].GetProperty("urgency").GetString());
        Assert.Equal(2, output[1].GetProperty("line").GetInt32());
        var error = Assert.Single(output[1].GetProperty("errors").EnumerateArray());
        Assert.Equal("$.patient.ageYears", error.GetProperty("path").GetString());
        Assert.Equal("out-of-range", error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        Assert.Equal(3, output[2].GetProperty("line").GetInt32());
        Assert.Equal("malformed-json", output[2].GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(["line", "errors"], output[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal("soon", output[3].GetProperty("urgency").GetString());
    }

    [Fact]
    public async Task Batch_BlankLinesAndCrLf_EachLineIsAnswered_BlankOnesWithEmptyLine()
    {
        var input = "\r\n" + Requests[0] + "\r\n   \n\n{\"schemaVersion\":\"9\"}\r\n" + Requests[1];

        var run = await CrampsProcess.RunAsync(["batch"], input);

        Assert.Equal(1, run.ExitCode);
        var output = run.Stdout.Split('\n')[..^1].Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(6, output.Count);
        Assert.Equal((1, "empty-line"), (output[0].GetProperty("line").GetInt32(), output[0].GetProperty("errors")[0].GetProperty("code").GetString()));
        Assert.Equal("emergency", output[1].GetProperty("urgency").GetString());
        Assert.Equal((3, "empty-line"), (output[2].GetProperty("line").GetInt32(), output[2].GetProperty("errors")[0].GetProperty("code").GetString()));
        Assert.Equal((4, "empty-line"), (output[3].GetProperty("line").GetInt32(), output[3].GetProperty("errors")[0].GetProperty("code").GetString()));
        Assert.Equal(5, output[4].GetProperty("line").GetInt32());
        Assert.Equal("self-care", output[5].GetProperty("urgency").GetString());
        Assert.Equal("4 of 6 lines were invalid: 1, 3, 4, 5\n", run.Stderr);
    }

    [Fact]
    public async Task Batch_InputFile_IsReadInsteadOfStdin()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(file, Requests);

            var run = await CrampsProcess.RunAsync(["batch", "--input", file], "this stdin is ignored\n");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(Requests.Length, run.StdoutLines.Length);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Batch_MissingInputFile_ExitsTwo()
    {
        var run = await CrampsProcess.RunAsync(["batch", "--input", "no-such-batch.ndjson"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains("file not found", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_EmptyInput_WritesNothingAndExitsZero()
    {
        var run = await CrampsProcess.RunAsync(["batch"], string.Empty);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stdout);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Batch_Shards_AnswerEveryLineExactlyOnceBetweenThem(int count)
    {
        // Ten lines with a blank and an invalid one, the last without a newline: each shard answers the lines whose
        // index modulo COUNT is its INDEX, in order, exactly as the unsharded run answers them.
        string[] lines = [.. Requests, "", """{"schemaVersion":"1","patient":{"ageYears":-1}}""", Requests[1], Requests[3], Requests[0]];
        var input = string.Join('\n', lines);
        var whole = await CrampsProcess.RunAsync(["batch"], input);
        var wholeLines = whole.Stdout.Split('\n')[..^1];
        Assert.Equal(lines.Length, wholeLines.Length);

        var answered = new List<string>();
        for (var index = 0; index < count; index++)
        {
            var run = await CrampsProcess.RunAsync(["batch", "--shard", $"{index}/{count}"], input);

            var expected = wholeLines.Where((_, i) => i % count == index).ToList();
            Assert.Equal(expected, run.Stdout.Split('\n')[..^1]);
            Assert.Equal(expected.Any(l => l.StartsWith("{\"line\"", StringComparison.Ordinal)) ? 1 : 0, run.ExitCode);
            answered.AddRange(run.Stdout.Split('\n')[..^1]);
        }

        Assert.Equal(wholeLines.Order(StringComparer.Ordinal), answered.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Batch_Shard_KeepsInputLineNumbersInErrorsAndSummary()
    {
        // Line 6 (blank, index 5) falls in shard 1/2 and line 7 (invalid, index 6) in shard 0/2.
        string[] lines = [.. Requests, "", """{"schemaVersion":"1","patient":{"ageYears":-1}}"""];

        var first = await CrampsProcess.RunAsync(["batch", "--shard", "0/2"], string.Join('\n', lines) + "\n");
        var second = await CrampsProcess.RunAsync(["batch", "--shard", "1/2"], string.Join('\n', lines) + "\n");

        Assert.Equal(1, first.ExitCode);
        Assert.Equal(4, first.StdoutLines.Length);
        Assert.Equal(7, JsonDocument.Parse(first.StdoutLines[3]).RootElement.GetProperty("line").GetInt32());
        Assert.Equal("1 of 4 lines was invalid: 7\n", first.Stderr);
        Assert.Equal(1, second.ExitCode);
        Assert.Equal(3, second.StdoutLines.Length);
        var blank = JsonDocument.Parse(second.StdoutLines[2]).RootElement;
        Assert.Equal((6, "empty-line"), (blank.GetProperty("line").GetInt32(), blank.GetProperty("errors")[0].GetProperty("code").GetString()));
        Assert.Equal("1 of 3 lines was invalid: 6\n", second.Stderr);
    }

    [Theory]
    [InlineData("1/1")]
    [InlineData("2/2")]
    [InlineData("0/0")]
    [InlineData("-1/2")]
    [InlineData("+0/2")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("0/2/3")]
    [InlineData(" 0/2")]
    [InlineData("")]
    public async Task Batch_ShardNotIndexOverCount_IsAUsageError(string shard)
    {
        var run = await CrampsProcess.RunAsync(["batch", "--shard", shard], Requests[0] + "\n");

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("urgency", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--shard must be INDEX/COUNT", run.Stderr, StringComparison.Ordinal);
    }
}
