using Cramps.Cli.Tests.Support;

namespace Cramps.Cli.Tests.Commands;

/// <summary>The command line as a whole: help, version and usage errors (exit code 2).</summary>
public sealed class CrampsCommandTests
{
    public static TheoryData<string> Commands() => ["assess", "batch", "interview", "catalog", "schema"];

    [Fact]
    public async Task Help_Root_ListsEveryCommandAndExitsZero()
    {
        var run = await CrampsProcess.RunAsync(["--help"]);

        Assert.Equal(0, run.ExitCode);
        foreach (var command in Commands())
        {
            Assert.Contains(command, run.Stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_EachCommand_DescribesItAndExitsZero(string command)
    {
        var run = await CrampsProcess.RunAsync([command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(command, run.Stdout, StringComparison.Ordinal);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public async Task Version_Root_PrintsAVersionAndExitsZero()
    {
        var run = await CrampsProcess.RunAsync(["--version"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Stdout);
    }

    public static TheoryData<string[]> UsageErrors() =>
    [
        [],
        ["diagnose"],
        ["assess"],
        ["assess", "a.json", "b.json"],
        ["assess", "a.json", "--format", "xml"],
        ["catalog", "--colour"],
        ["batch", "--input"],
        ["interview", "--as-of", "25/11/2026"],
        ["interview", "--from", "-"],
    ];

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public async Task UsageError_AnyCommand_ExitsTwoWithAMessageOnStderr(string[] args)
    {
        var run = await CrampsProcess.RunAsync(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.NotEmpty(run.Stderr);
    }
}
