using Cramps.Cli.Tests.Support;

namespace Cramps.Cli.Tests.Commands;

/// <summary>Plain text when redirected, rich layout when asked for, and no colour with NO_COLOR.</summary>
public sealed class OutputStyleTests
{
    private const char Escape = '\u001b';

    public static TheoryData<string[]> ReadableCommands() =>
    [
        ["assess", CrampsProcess.Example("thiazide-low-potassium.json")],
        ["catalog"],
    ];

    [Theory]
    [MemberData(nameof(ReadableCommands))]
    public async Task Redirected_Output_IsPlainText(string[] args)
    {
        var run = await CrampsProcess.RunAsync(args);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(Escape, run.Stdout);
        Assert.DoesNotContain('│', run.Stdout);
        Assert.DoesNotContain('━', run.Stdout);
    }

    [Fact]
    public async Task ForceColor_Output_HasTablesAndColour()
    {
        var run = await CrampsProcess.RunAsync(
            ["assess", CrampsProcess.Example("thiazide-low-potassium.json")],
            environment: new Dictionary<string, string> { ["FORCE_COLOR"] = "1", ["TERM"] = "xterm-256color" });

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(Escape, run.Stdout);
        Assert.Contains('│', run.Stdout);
    }

    [Fact]
    public async Task NoColor_WithForcedLayout_HasTablesButNoEscapeSequences()
    {
        var run = await CrampsProcess.RunAsync(
            ["assess", CrampsProcess.Example("thiazide-low-potassium.json")],
            environment: new Dictionary<string, string> { ["FORCE_COLOR"] = "1", ["NO_COLOR"] = "1", ["TERM"] = "xterm-256color" });

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(Escape, run.Stdout);
        Assert.Contains('│', run.Stdout);
        Assert.Contains("See a doctor or nurse within a few days.", run.Stdout, StringComparison.Ordinal);
    }
}
