using Cramps.Cli.Tests.Support;

namespace Cramps.Cli.Tests.Commands;

/// <summary>
/// <c>cramps examples</c> and <c>cramps assess --example</c>: the bundled requests are embedded in the tool, so an
/// installed tool (which has no examples folder beside the user) reaches them.
/// </summary>
public sealed class ExamplesCommandTests
{
    private static readonly string[] Bundled = ["morning-cramps", "night-calf-cramps", "thiazide-low-potassium"];

    [Fact]
    public async Task Examples_ListsEveryBundledExampleWithWhatItIs()
    {
        var run = await CrampsProcess.RunAsync(["examples"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(Bundled, run.StdoutLines.Take(3).Select(l => l.Split(' ')[0]));
        Assert.All(run.StdoutLines.Take(3), l => Assert.Matches(@"^\S+ +\S.*\((routine|soon|self-care)\)$", l));
        Assert.Equal("Assess one with: cramps assess --example morning-cramps", run.StdoutLines[^1]);
    }

    [Theory]
    [InlineData("morning-cramps")]
    [InlineData("night-calf-cramps.json")]
    public async Task Examples_Name_PrintsTheBundledFileByteForByte(string name)
    {
        var run = await CrampsProcess.RunAsync(["examples", name]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var file = name.EndsWith(".json", StringComparison.Ordinal) ? name : name + ".json";
        Assert.Equal(await File.ReadAllTextAsync(CrampsProcess.Example(file)), run.Stdout);
    }

    [Fact]
    public async Task Examples_Output_WritesEveryExampleToTheFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cramps-examples-" + Guid.NewGuid().ToString("N"));
        try
        {
            var run = await CrampsProcess.RunAsync(["examples", "--output", folder]);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(Bundled.Select(n => n + ".json"), Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            foreach (var name in Bundled)
            {
                Assert.Equal(await File.ReadAllTextAsync(CrampsProcess.Example(name + ".json")), await File.ReadAllTextAsync(Path.Combine(folder, name + ".json")));
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Examples_UnknownName_IsAUsageErrorNamingTheExamples()
    {
        var run = await CrampsProcess.RunAsync(["examples", "morning-cramp"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Equal("cramps: no such example; the examples are: morning-cramps, night-calf-cramps, thiazide-low-potassium.\n", run.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task AssessExample_GivesTheAssessmentOfTheBundledFile()
    {
        var fromExample = await CrampsProcess.RunAsync(["assess", "--example", "thiazide-low-potassium", "--format", "json"]);
        var fromFile = await CrampsProcess.RunAsync(["assess", CrampsProcess.Example("thiazide-low-potassium.json"), "--format", "json"]);

        Assert.True(fromExample.ExitCode == 0, fromExample.ToString());
        Assert.Equal(fromFile.Stdout, fromExample.Stdout);
        Assert.Contains("\"urgency\":\"soon\"", fromExample.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("request.json --example morning-cramps")]
    public async Task Assess_NeitherOrBothFileAndExample_IsAUsageError(string arguments)
    {
        var run = await CrampsProcess.RunAsync(["assess", .. arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--example NAME", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssessExample_UnknownName_IsAUsageError()
    {
        var run = await CrampsProcess.RunAsync(["assess", "--example", "nope"]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("cramps: no such example", run.Stderr, StringComparison.Ordinal);
    }
}
