using System.CommandLine;
using Cramps.Cli.Output;
using Cramps.Core;
using Cramps.Core.Serialization;

namespace Cramps.Cli.Commands;

/// <summary><c>cramps assess FILE|-</c>: assesses one request and prints it for a person, or as the result JSON.</summary>
internal static class AssessCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="host">The console.</param>
    /// <returns>The command.</returns>
    public static Command Create(ConsoleHost host)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The request JSON file, or '-' to read it from standard input.",
        };
        var format = CrampsCommand.FormatOption("a readable assessment", "the result JSON of the contract, one line");
        var command = new Command("assess", "Assess one request and print it for a person, urgency first (or the result JSON).")
        {
            file,
            format,
        };
        command.SetAction(parse => Run(host, parse.GetRequiredValue(file), parse.GetRequiredValue(format) == "json"));
        return command;
    }

    private static int Run(ConsoleHost host, string path, bool json)
    {
        var exit = RequestInput.TryRead(host, path, json, out var request);
        if (request is null)
        {
            return exit;
        }

        var assessment = new CrampEvaluator().Evaluate(request);
        Print(host, assessment, json);
        return ExitCodes.Success;
    }

    /// <summary>Prints an assessment to stdout: the result JSON on one line, or the readable report in the output's style.</summary>
    /// <param name="host">The console.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="json">Whether to print JSON.</param>
    public static void Print(ConsoleHost host, CrampAssessment assessment, bool json)
    {
        if (json)
        {
            host.Out.WriteLine(CrampJson.Serialize(assessment));
            return;
        }

        AssessmentReport.Write(ReportWriter.Create(host.Out, host.OutputStyle(), TerminalWidth(host)), assessment);
    }

    /// <summary>Gets the terminal's width when stdout is a terminal.</summary>
    /// <param name="host">The console.</param>
    /// <returns>The width in columns, or <see langword="null"/>.</returns>
    public static int? TerminalWidth(ConsoleHost host)
    {
        if (!host.OutputIsTerminal)
        {
            return null;
        }

        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
