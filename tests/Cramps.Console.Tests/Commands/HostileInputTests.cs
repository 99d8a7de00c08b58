using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Cramps.Cli.Batch;
using Cramps.Cli.Interview;
using Cramps.Cli.Tests.Support;
using Cramps.Core;

namespace Cramps.Cli.Tests.Commands;

/// <summary>
/// Hostile requests and hostile terminals: escape sequences from a request, closed and failing output streams,
/// unbounded answers, and the batch's one-line-per-line contract over generated inputs.
/// </summary>
public sealed class HostileInputTests
{
    private const string Escapes = "\\u001b]0;pwned\\u0007\\u001b[2J";
    private const string EscapesShown = "\\u001b]0;pwned\\u0007\\u001b[2J";

    private static string TempFile(string content)
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, content);
        return file;
    }

    [Fact]
    public async Task Assess_TextReport_ShowsAnUnrecognisedMedicineEscaped()
    {
        var file = TempFile("{\"schemaVersion\":\"1\",\"patient\":{\"medications\":[{\"name\":\"" + Escapes + "\"}]}}");
        try
        {
            var run = await CrampsProcess.RunAsync(["assess", file]);

            Assert.Equal(0, run.ExitCode);
            Assert.DoesNotContain('\u001b', run.Stdout);
            Assert.DoesNotContain('\u0007', run.Stdout);
            Assert.Contains(EscapesShown, run.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Assess_Errors_ShowAnUnknownPropertyNameEscaped_AndTheTrueCount()
    {
        var members = string.Concat(Enumerable.Repeat(",\"x\":1", 5000));
        var file = TempFile("{\"schemaVersion\":\"1\",\"" + Escapes + "\\u202e\":1" + members + "}");
        try
        {
            var run = await CrampsProcess.RunAsync(["assess", file]);

            Assert.Equal(1, run.ExitCode);
            Assert.DoesNotContain('\u001b', run.Stderr);
            Assert.DoesNotContain('\u202E', run.Stderr);
            Assert.Contains("$['" + EscapesShown + "\\u202e']", run.Stderr, StringComparison.Ordinal);
            Assert.Contains("(5001 errors)", run.Stderr, StringComparison.Ordinal);
            Assert.Contains("Only the first 1000 of 5001 errors are listed.", run.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Interview_PromptWithATypedMedicineName_IsEscaped()
    {
        var named = false;
        var run = await CrampsProcess.InterviewAsync(["--as-of", "2026-11-25"], (prompt, _) =>
        {
            if (prompt.Contains("generic names", StringComparison.Ordinal) && !named)
            {
                named = true;
                return "zz\u001b]0;pwned\u0007\u001b[2J";
            }

            return prompt.Contains("When did you start", StringComparison.Ordinal) ? "done" : "skip";
        });

        Assert.True(named, run.Stderr);
        Assert.Contains("When did you start zz" + EscapesShown + "?", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Stderr);
        Assert.DoesNotContain('\u001b', run.Stdout);
    }

    [Fact]
    public void AnswerReader_AnswerPastTheLimit_IsDroppedUnread_AndAskedAgain()
    {
        // 20 million characters generated on demand: the reader must neither keep nor echo them.
        using var input = new GeneratedReader(20_000_000, "\nyes\n");
        using var prompts = new StringWriter();
        var reader = new AnswerReader(input, prompts, echo: true);
        Assert.Equal('x', input.Peek());
        Assert.True(reader.YesNo("warm up?") == Reply.Yes, prompts.ToString()[..Math.Min(3_000, prompts.ToString().Length)]);
        input.Reset();
        prompts.GetStringBuilder().Clear();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var reply = reader.YesNo("Any pain?");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(Reply.Yes, reply);
        Assert.Contains("longer than 4000 characters", prompts.ToString(), StringComparison.Ordinal);
        Assert.True(prompts.ToString().Length < 1_000, prompts.ToString()[..Math.Min(2_000, prompts.ToString().Length)]);
        Assert.True(allocated < 200_000, $"{allocated} bytes allocated reading a 20 MB answer");
    }

    [Theory]
    [InlineData(AnswerReader.MaxAnswerLength, true)]
    [InlineData(AnswerReader.MaxAnswerLength + 1, false)]
    public void AnswerReader_AnswerAtTheLimit_IsRead_AndOneCharacterMore_IsNot(int length, bool read)
    {
        using var input = new StringReader("yes".PadRight(length) + "\n");

        Assert.Equal(read ? Reply.Yes : Reply.Stop, new AnswerReader(input, TextWriter.Null, echo: false).YesNo("Any pain?"));
    }

    [Fact]
    public async Task Batch_ClosedStdout_StopsPromptlyAndQuietly_WithExitCode141()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(CrampsProcess.Dll);
        info.ArgumentList.Add("batch");
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var feed = Task.Run(async () =>
        {
            var line = Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1\",\"patient\":{\"ageYears\":70}}\n");
            try
            {
                // Endless input, as from `yes`: only the closed output can end the run.
                while (true)
                {
                    await process.StandardInput.BaseStream.WriteAsync(line);
                }
            }
            catch (IOException)
            {
            }
        });

        for (var i = 0; i < 10; i++)
        {
            Assert.NotNull(await process.StandardOutput.ReadLineAsync());
        }

        process.StandardOutput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        await feed;

        Assert.Equal(141, process.ExitCode);
        Assert.Equal(string.Empty, await stderr);
    }

    public static TheoryData<string, int> FailingStreams() => new()
    {
        { "assess {bad} 2>/dev/full", 1 },
        { "assess {bad} 2>&-", 1 },
        { "assess {good} >/dev/full", 74 },
        { "assess {good} >&-", 74 },
        { "assess {good} >/dev/full 2>/dev/full", 74 },
        { "catalog >&- 2>&-", 74 },
        { "batch --input {good} >/dev/full 2>&-", 74 },
    };

    [Theory]
    [MemberData(nameof(FailingStreams))]
    public async Task FailingOutputStreams_EndWithADocumentedCode_NeverAnAbort(string command, int expected)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var good = TempFile("{\"schemaVersion\":\"1\"}\n");
        var bad = TempFile("{\"x\":1}");
        try
        {
            var info = new ProcessStartInfo("sh") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("dotnet '" + CrampsProcess.Dll + "' " + command.Replace("{good}", "'" + good + "'", StringComparison.Ordinal).Replace("{bad}", "'" + bad + "'", StringComparison.Ordinal));
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.True(expected == process.ExitCode, $"exit {process.ExitCode}: {await output}{await error}");
        }
        finally
        {
            File.Delete(good);
            File.Delete(bad);
        }
    }

    [Fact]
    public async Task Batch_RequestIdOfAnInvalidLine_IsEchoed_AndAFinalLineWithoutNewlineIsALine()
    {
        var input = "\uFEFF{\"schemaVersion\":\"1\",\"requestId\":\"r-1\"}\r\n{\"schemaVersion\":\"1\",\"requestId\":\"r-2\",\"patient\":{\"ageYears\":-1}}\n \t";

        var run = await CrampsProcess.RunAsync(["batch"], input);

        var lines = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal("r-1", lines[0].GetProperty("requestId").GetString());
        Assert.Equal(["line", "requestId", "errors"], lines[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal((2, "r-2"), (lines[1].GetProperty("line").GetInt32(), lines[1].GetProperty("requestId").GetString()));
        Assert.Equal("empty-line", lines[2].GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("2 of 3 lines were invalid: 2, 3\n", run.Stderr);
    }

    [Fact]
    public void Summary_ListsTheFirstTwentyLines_ThenAnEllipsis()
    {
        var summary = new BatchSummary(1000, 25, [.. Enumerable.Range(1, 20).Select(i => (long)i * 3)]);

        Assert.Equal(
            "25 of 1000 lines were invalid: 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 42, 45, 48, 51, 54, 57, 60, …",
            BatchCommand.Summary(summary));
        Assert.Equal("1 of 1 line was invalid: 1", BatchCommand.Summary(new BatchSummary(1, 1, [1])));
    }

    /// <summary>
    /// Generated inputs mixing valid and invalid requests, blank and white-space lines, CRLF endings, a byte-order mark
    /// and a final line without a newline: output line N always answers input line N, in order.
    /// </summary>
    [Fact]
    public async Task Batch_OutputLineN_AnswersInputLineN_Meets_Specification()
    {
        var pipeline = new BatchPipeline(new CrampEvaluator(), workers: 3);
        string[] kinds = ["valid", "invalid", "blank", "spaces", "malformed"];
        ulong state = 12;
        int Next(int bound)
        {
            state = (state * 6364136223846793005UL) + 1442695040888963407UL;
            return (int)((state >> 33) % (ulong)bound);
        }

        for (var run = 0; run < 60; run++)
        {
            var count = 1 + Next(300);
            var expected = new List<string>();
            var input = new StringBuilder(Next(4) == 0 ? "\uFEFF" : string.Empty);
            for (var line = 1; line <= count; line++)
            {
                var kind = kinds[Next(kinds.Length)];
                expected.Add(kind);
                input.Append(kind switch
                {
                    "valid" => $"{{\"schemaVersion\":\"1\",\"requestId\":\"id-{line}\"}}",
                    "invalid" => $"{{\"schemaVersion\":\"1\",\"requestId\":\"id-{line}\",\"patient\":{{\"ageYears\":-1}}}}",
                    "blank" => string.Empty,
                    "spaces" => " \t ",
                    _ => "{not json",
                });
                if (line < count || Next(2) == 0 || kind == "blank")
                {
                    input.Append(Next(3) == 0 ? "\r\n" : "\n");
                }
            }

            using var output = new MemoryStream();
            var summary = await pipeline.RunAsync(new MemoryStream(Encoding.UTF8.GetBytes(input.ToString())), output, null, CancellationToken.None);

            var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n')[..^1];
            Assert.Equal(count, lines.Length);
            Assert.Equal(count, summary.Lines);
            Assert.Equal(expected.Count(k => k != "valid"), summary.Invalid);
            for (var i = 0; i < count; i++)
            {
                var json = JsonDocument.Parse(lines[i]).RootElement;
                var number = i + 1;
                switch (expected[i])
                {
                    case "valid":
                        Assert.Equal("id-" + number, json.GetProperty("requestId").GetString());
                        Assert.True(json.TryGetProperty("urgency", out _));
                        break;
                    case "invalid":
                        Assert.Equal(number, json.GetProperty("line").GetInt32());
                        Assert.Equal("id-" + number, json.GetProperty("requestId").GetString());
                        break;
                    case "blank" or "spaces":
                        Assert.Equal(number, json.GetProperty("line").GetInt32());
                        Assert.Equal("empty-line", json.GetProperty("errors")[0].GetProperty("code").GetString());
                        break;
                    default:
                        Assert.Equal(number, json.GetProperty("line").GetInt32());
                        Assert.Equal("malformed-json", json.GetProperty("errors")[0].GetProperty("code").GetString());
                        break;
                }
            }
        }
    }

    /// <summary>A reader of one very long line, produced on demand, then a tail.</summary>
    private sealed class GeneratedReader(int length, string tail) : TextReader
    {
        private int _position;

        public void Reset() => _position = 0;

        public override int Peek() => Current();

        public override int Read()
        {
            var c = Current();
            if (c >= 0)
            {
                _position++;
            }

            return c;
        }

        private int Current() =>
            _position < length ? 'x' : _position - length < tail.Length ? tail[_position - length] : -1;
    }
}
